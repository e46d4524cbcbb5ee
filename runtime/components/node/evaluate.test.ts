import { describe, expect, it } from 'vitest';
import { compileApp } from '../../server/compile';
import type { Project } from '../../schema/project';
import { projectCatalog } from './evaluate';

const project: Project = { format: 'dashwright', version: 1, name: 'P', layout: { cols: 12, rowHeight: 40 }, components: [], values: [], callbacks: [] };

const GAUGE = `import { defineComponent, z } from 'dashwright/component';
export default defineComponent({
  type: 'gauge',
  label: 'Gauge', size: { w: 3, h: 3 },
  props: z.object({ value: z.number().default(0), max: z.number().default(100) }),
  inputs: ['value'],
  View({ props, setProp }) {
    return <meter value={props.value} max={props.max} onClick={() => setProp('value', 0)} />;
  },
});
`;

async function compiled(components: Record<string, string>) {
  return compileApp({ project, callbacks: {}, components });
}

describe('project components on Node', () => {
  it('compiles a component and reads its props schema into the catalogue', async () => {
    const app = await compiled({ gauge: GAUGE });
    expect(app.problems).toEqual([]);
    expect(app.components?.map((c) => c.type)).toEqual(['gauge']);
    const { catalog, problems } = projectCatalog(app.components);
    expect(problems).toEqual([]);
    const gauge = catalog.get('gauge');
    expect(gauge?.props).toEqual(['value', 'max']);
    expect(gauge?.inputProps).toEqual(['value']);
    expect(gauge?.propTsType('value')).toBe('number');
    expect(gauge?.propsSchema.parse({})).toEqual({ value: 0, max: 100 });
    // The built-ins are still there.
    expect(catalog.get('slider')).toBeDefined();
  });

  it('names the file and line of a syntax error, and the other components still compile', async () => {
    const app = await compiled({ gauge: GAUGE, broken: `import { defineComponent } from 'dashwright/component';\nexport default defineComponent({\n  type: 'broken',,\n});\n` });
    expect(app.components?.map((c) => c.type)).toEqual(['gauge']);
    expect(app.problems).toEqual([expect.objectContaining({ path: 'components/broken/index.tsx:3', severity: 'error', line: 3 })]);
  });

  it('refuses packages the project cannot have and Node modules', async () => {
    const app = await compiled({ a: `import _ from 'lodash';\nexport default _;\n`, b: `import fs from 'node:fs';\nexport default fs;\n` });
    expect(app.problems.map((p) => p.message).join('\n')).toMatch(/"lodash" is a package[^\n]*"dashwright\/component"/);
    expect(app.problems.map((p) => p.message).join('\n')).toMatch(/"node:fs" is a Node module/);
  });

  it('reports a module that loops at load, a wrong type name and a built-in name, and keeps the rest', async () => {
    const app = await compiled({
      gauge: GAUGE,
      spin: `while (true) {}\nexport default 1;\n`,
      named: GAUGE.replace("type: 'gauge'", "type: 'other'"),
      slider: GAUGE.replace("type: 'gauge'", "type: 'slider'"),
    });
    const { catalog, problems } = projectCatalog(app.components);
    expect(catalog.get('gauge')).toBeDefined();
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['components/spin/index.tsx']).toMatch(/longer than 2 s/);
    expect(byPath['components/named/index.tsx']).toMatch(/must be the folder's name, "named"/);
    expect(byPath['components/slider/index.tsx']).toMatch(/built-in component type/);
  });
});

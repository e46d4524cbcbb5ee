import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectText, projectJsonSchema, serializeProject } from './index';

const hello = {
  format: 'dashwright',
  version: 1,
  name: 'Hello',
  layout: { cols: 12, rowHeight: 40 },
  components: [
    { id: 'n', type: 'slider', props: { min: 0, max: 10, step: 1, value: 3 }, grid: { x: 0, y: 0, w: 6, h: 2 } },
    { id: 'out', type: 'text', props: { text: '' }, grid: { x: 6, y: 0, w: 6, h: 2 } },
  ],
  callbacks: [
    { id: 'double', inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'out', prop: 'text', as: 'text' }], placement: 'server' },
  ],
};

describe('project format v1', () => {
  it('reads the DESIGN.md example and fills defaults', () => {
    const r = parseProject(hello);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.project.values).toEqual([]);
    expect(r.project.callbacks[0].placement).toBe('server');
    const minimal = parseProject({ format: 'dashwright', version: 1, name: 'x' });
    expect(minimal.ok && minimal.project.layout).toEqual({ cols: 12, rowHeight: 40 });
  });

  it('reports every problem with its path', () => {
    const bad = structuredClone(hello) as Record<string, any>;
    bad.components[1].grid.w = 0;
    bad.components[0].id = '9lives';
    bad.callbacks[0].outputs = 'none';
    const r = parseProject(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path).sort()).toEqual(['callbacks[0].outputs', 'components[0].id', 'components[1].grid.w']);
  });

  it('refuses a newer version with a clear message', () => {
    const r = parseProject({ ...hello, version: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ path: 'version', code: 'version' });
    expect(r.problems[0].message).toMatch(/newer than this Dashwright reads/);
  });

  it('explains JSON syntax errors and wrong format markers', () => {
    const r = parseProjectText('{ "format": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toMatch(/not valid JSON/);
    const other = parseProject({ format: 'plotly', version: 1 });
    expect(other.ok).toBe(false);
  });

  it('round-trips through its serialized form', () => {
    const r = parseProject(hello);
    if (!r.ok) throw new Error('hello should parse');
    const again = parseProjectText(serializeProject(r.project));
    expect(again.ok && again.project).toEqual(r.project);
  });

  it('exports a JSON Schema that describes the manifest', () => {
    const schema = projectJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['format', 'version', 'components', 'callbacks', 'values']));
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'name']));
  });
});

describe('docs/dashwright.schema.json', () => {
  it('is the schema generated from the zod schema (run `npm run schema` after changing it)', async () => {
    const { readFileSync } = await import('node:fs');
    const committed = JSON.parse(readFileSync(new URL('../../docs/dashwright.schema.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(projectJsonSchema());
  });
});

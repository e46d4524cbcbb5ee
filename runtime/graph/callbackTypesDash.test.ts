/** The generated types of ctx.patch(), ctx.setProps and callbacks without outputs type-check as a callback uses them. */
import { describe, expect, it } from 'vitest';
import { typecheckCallbacks } from '../../export/typecheck';
import { callbackTemplate } from './callbackTypes';
import { createCatalog } from '../components/catalog';
import { projectSchema } from '../schema/project';

const catalog = createCatalog();
const at = (y: number) => ({ x: 0, y, w: 4, h: 2 });

const project = projectSchema.parse({
  format: 'dashwright',
  version: 1,
  name: 'Dash model',
  components: [
    { id: 'go', type: 'button', props: {}, grid: at(0) },
    { id: 'chart', type: 'graph', props: {}, grid: at(2) },
    { id: 'note', type: 'text', props: {}, grid: at(4) },
    { id: 'n', type: 'slider', props: {}, grid: at(6) },
  ],
  callbacks: [
    { id: 'grow', inputs: [{ id: 'go', prop: 'clicks', as: 'clicks' }], outputs: [{ id: 'chart', prop: 'figure', as: 'figure' }] },
    { id: 'effect', inputs: [{ id: 'go', prop: 'clicks', as: 'clicks' }], outputs: [] },
  ],
});

const check = (sources: Record<string, string>) =>
  typecheckCallbacks(project, { grow: 'export default () => ({ data: [], layout: {} });\n', effect: 'export default () => {};\n', ...sources }, catalog).map((p) => `${p.path}: ${p.message}`);

describe('callback types of Patch and setProps', () => {
  it('a Patch is a valid output value, chainable, with typed paths', () => {
    const grow = 'export default function grow({ clicks }: Inputs, ctx: Ctx): Outputs {\n  return ctx.patch().append(["data", 0, "x"], clicks).merge(["layout"], { title: "t" });\n}\n';
    expect(check({ grow })).toEqual([]);
    expect(check({ grow: 'export default (_: Inputs, ctx: Ctx) => ctx.patch().append("data", 1);\n' }).join('\n')).toMatch(/callbacks\/grow\.ts:1/);
  });

  it('ctx.setProps knows the components and their props; a callback without outputs returns nothing', () => {
    const effect = 'export default function effect({ clicks }: Inputs, ctx: Ctx) {\n  ctx.setProps("note", { text: `clicked ${clicks}` });\n  ctx.setProps("n", { value: clicks, max: 10 });\n  ctx.setProps("chart", { figure: ctx.patch().append(["data"], {}) });\n}\n';
    expect(check({ effect })).toEqual([]);
    const wrongProp = check({ effect: 'export default (_: Inputs, ctx: Ctx) => { ctx.setProps("note", { txt: "x" }); };\n' }).join('\n');
    expect(wrongProp).toMatch(/'txt' does not exist/);
    const wrongType = check({ effect: 'export default (_: Inputs, ctx: Ctx) => { ctx.setProps("n", { value: "high" }); };\n' }).join('\n');
    expect(wrongType).toMatch(/not assignable to type 'number \| Patch/);
    const wrongId = check({ effect: 'export default (_: Inputs, ctx: Ctx) => { ctx.setProps("ghost", { text: "x" }); };\n' }).join('\n');
    expect(wrongId).toMatch(/"ghost"/);
  });

  it("a callback without outputs starts from a template that checks", () => {
    const effect = callbackTemplate(project, catalog, 'effect');
    expect(effect).toMatch(/ctx\.setProps\("go"/);
    expect(check({ effect })).toEqual([]);
  });
});

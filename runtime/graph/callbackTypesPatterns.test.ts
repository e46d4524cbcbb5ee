import { describe, expect, it } from 'vitest';
import { typecheckCallbacks } from '../../export/typecheck';
import { createCatalog } from '../components/catalog';
import { parseProject } from '../schema/parse';
import type { Project } from '../schema/project';

const catalog = createCatalog();

function project(): Project {
  const parsed = parseProject({
    format: 'dashwright',
    version: 1,
    name: 'Patterns',
    components: [
      { id: 'btn-a', type: 'button', pattern: { type: 'btn', index: 'a' }, grid: { x: 0, y: 0, w: 2, h: 1 } },
      { id: 'btn-b', type: 'button', pattern: { type: 'btn', index: 'b' }, grid: { x: 2, y: 0, w: 2, h: 1 } },
      { id: 'lbl-a', type: 'text', pattern: { type: 'lbl', index: 'a' }, grid: { x: 0, y: 1, w: 2, h: 1 } },
      { id: 'lbl-b', type: 'text', pattern: { type: 'lbl', index: 'b' }, grid: { x: 2, y: 1, w: 2, h: 1 } },
      { id: 'total', type: 'text', grid: { x: 0, y: 2, w: 4, h: 1 } },
    ],
    callbacks: [
      { id: 'per', inputs: [{ pattern: { type: 'btn', index: 'MATCH' }, prop: 'clicks', as: 'clicks' }], outputs: [{ pattern: { type: 'lbl', index: 'MATCH' }, prop: 'text', as: 'text' }] },
      { id: 'sum', inputs: [{ pattern: { type: 'btn', index: 'ALL' }, prop: 'clicks', as: 'all' }], outputs: [{ id: 'total', prop: 'text', as: 'text' }] },
      { id: 'all', inputs: [{ id: 'total', prop: 'text', as: 't' }], outputs: [{ pattern: { type: 'lbl', index: 'ALL' }, prop: 'text', as: 'labels' }] },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.project;
}

const errorsOf = (sources: Record<string, string>) => typecheckCallbacks(project(), sources, catalog).filter((p) => p.severity === 'error').map((p) => `${p.target?.id}: ${p.message}`);

describe('callback types of pattern bindings', () => {
  const good = {
    per: 'export default ({ clicks }: Inputs, ctx: Ctx): Outputs => `${String(ctx.match)}:${clicks.toFixed(0)}`;\n',
    sum: 'export default ({ all }: Inputs, ctx: Ctx): Outputs => {\n  ctx.setProps({ type: "lbl", index: "a" }, { text: "summed" });\n  return String(all.reduce((a, b) => a + b, 0));\n};\n',
    all: 'export default ({ t }: Inputs): Outputs => [t, t];\n',
  };

  it('types MATCH as one value, ALL as an array (inputs and outputs), ctx.match / ctx.triggeredId, ctx.setProps by pattern id', () => {
    expect(errorsOf(good)).toEqual([]);
  });

  it('reports an ALL input used as one value and an ALL output that is not an array', () => {
    const problems = errorsOf({ ...good, sum: 'export default ({ all }: Inputs): Outputs => all.toFixed(0);\n', all: 'export default ({ t }: Inputs): Outputs => t;\n' });
    expect(problems.some((p) => p.startsWith('sum:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('all:'))).toBe(true);
  });

  it('keeps a pattern binding out of the saved manifest as an id', async () => {
    const { serializeProject, parseProjectText } = await import('../schema/parse');
    const text = serializeProject(project());
    expect(text).not.toContain('"id": "btn[MATCH]"');
    expect(text).toContain('"index": "MATCH"');
    const again = parseProjectText(text);
    expect(again.ok && again.project.callbacks[0]!.inputs[0]!.id).toBe('btn[MATCH]');
  });
});

/**
 * Test fixture for saveCrash.test.ts: a sequence of project states, each naming which save it
 * is in its manifest and in every callback module, so a folder can be checked for a mix.
 * Shared by the test and the child process it kills.
 */
import { parseProject } from '../schema/parse';
import type { Project } from '../schema/project';

export interface SavedState {
  project: Project;
  callbacks: Record<string, string>;
}

/** Save number k: `double` plus k % 5 more callbacks (so saves add and remove modules), each module marked with k. */
export function savedState(k: number, padding = 40_000): SavedState {
  const ids = ['double', ...Array.from({ length: k % 5 }, (_, i) => `more${i + 1}`)];
  const parsed = parseProject({
    format: 'dashwright',
    version: 1,
    name: `save ${k}`,
    layout: { cols: 12, rowHeight: 40 },
    components: [
      { id: 'n', type: 'slider', props: { min: 0, max: 10, step: 1, value: 3 }, grid: { x: 0, y: 0, w: 6, h: 2 } },
      { id: 'out', type: 'text', props: { text: '' }, grid: { x: 6, y: 0, w: 6, h: 2 } },
    ],
    callbacks: ids.map((id) => ({ id, inputs: [{ id: 'n', prop: 'value', as: 'n' }], state: [], outputs: [{ id: 'out', prop: 'text', as: 'text' }], placement: 'server' })),
  });
  if (!parsed.ok) throw new Error(`save ${k} is not a valid project: ${parsed.problems.map((p) => p.message).join('; ')}`);
  const { project } = parsed;
  const callbacks = Object.fromEntries(ids.map((id) => [id, `// save ${k}\n// ${'x'.repeat(padding)}\nexport default ({ n }: { n: number }) => \`${id} ${k}: \${n}\`;\n`]));
  return { project, callbacks };
}

/** Which save a loaded folder holds, or what is mixed in it. */
export function whichSave(project: Project, callbacks: Record<string, string>): { k: number } | { mixed: string } {
  const k = Number(/^save (\d+)$/.exec(project.name)?.[1]);
  if (!Number.isInteger(k)) return { mixed: `manifest name "${project.name}" is not a save's` };
  const expected = savedState(k, 0);
  const ids = project.callbacks.map((cb) => cb.id).sort();
  const want = expected.project.callbacks.map((cb) => cb.id).sort();
  if (ids.join() !== want.join()) return { mixed: `manifest of save ${k} lists ${ids.join()}, save ${k} had ${want.join()}` };
  for (const id of ids) {
    const marker = /^\/\/ save (\d+)\n/.exec(callbacks[id] ?? '')?.[1];
    if (marker !== String(k)) return { mixed: `manifest of save ${k} with callbacks/${id}.ts of save ${marker ?? '(missing)'}` };
  }
  return { k };
}

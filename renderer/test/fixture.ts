import type { Project } from '../../runtime/schema';
import { editor, resetEditor } from '../state/editorStore';

/** The DESIGN.md hello project, with a second callback reading the text. */
export function helloProject(): Project {
  return {
    format: 'dashwright',
    version: 1,
    name: 'Hello',
    layout: { cols: 12, rowHeight: 40 },
    components: [
      { id: 'n', type: 'slider', props: { label: '', min: 0, max: 10, step: 1, value: 3 }, grid: { x: 0, y: 0, w: 6, h: 2 } },
      { id: 'out', type: 'text', props: { text: '' }, grid: { x: 6, y: 0, w: 6, h: 2 } },
    ],
    values: [],
    callbacks: [
      {
        id: 'double',
        inputs: [{ id: 'n', prop: 'value', as: 'n' }],
        state: [],
        outputs: [{ id: 'out', prop: 'text', as: 'text' }],
        placement: 'server',
      },
    ],
  };
}

export const doubleSource = 'export default function double({ n }: { n: number }): string {\n  return `twice ${n} is ${n * 2}`;\n}\n';

/** A fresh store with the hello project open. */
export function openHello(): void {
  resetEditor();
  editor().loadDocument({ dir: '/tmp/hello', project: helloProject(), callbacks: { double: doubleSource }, components: {} });
}

/** Beyond Dash: a newer cascade supersedes an older one; the older's results never overwrite the newer's. */
import { cb, comp, type Scenario } from '../scenario';

/** Slow for the first value (1), quick for the rest: the older cascade finishes last. */
const slowForOne = (result: string): string =>
  `export default async ({ n }: { n: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, n === 1 ? 400 : 5));\n  return ${result};\n};\n`;

export const concurrency: Scenario[] = [
  {
    name: 'a newer cascade supersedes an older one',
    description: 'n=1 (slow) then n=2 (quick): the output shows n=2 and never goes back to n=1 when the older answer arrives.',
    project: { components: [comp('n', 'slider', { value: 0 }), comp('out', 'text', { text: '' })], callbacks: [cb('echo', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' } })] },
    callbacks: { echo: slowForOne('`n=${n}`') },
    initial: { expect: { 'out.text': 'n=0' } },
    steps: [{ burst: [['n.value', 1], ['n.value', 2]], expect: { 'out.text': 'n=2', 'n.value': 2 }, seen: { 'out.text': ['n=2'] }, ran: ['echo', 'echo'], requests: 2 }],
  },
  {
    name: 'a superseded chain never overwrites the newer chain\'s end',
    description: 'n → A (slow for 1) → B: every output of the chain ends with n=2\'s values, and none shows n=1\'s.',
    project: {
      components: [comp('n', 'slider', { value: 0 }), comp('a', 'text', { text: '' }), comp('b', 'text', { text: '' })],
      callbacks: [
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('B', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' } }),
      ],
    },
    callbacks: { A: slowForOne('`a${n}`'), B: 'export default ({ x }: { x: string }) => `B(${x})`;\n' },
    steps: [{ burst: [['n.value', 1], ['n.value', 2]], expect: { 'a.text': 'a2', 'b.text': 'B(a2)' }, seen: { 'a.text': ['a2'], 'b.text': ['B(a2)'] } }],
  },
  {
    name: 'a user change is never overwritten by an older cascade\'s output',
    description: 'A slow callback writes the slider m; the user moves m meanwhile: the user\'s value stays.',
    project: {
      components: [comp('n', 'slider', { value: 0 }), comp('m', 'slider', { value: 0 })],
      callbacks: [cb('suggest', { inputs: { n: 'n.value' }, outputs: { value: 'm.value' }, preventInitialCall: true })],
    },
    callbacks: { suggest: 'export default async ({ n }: { n: number }): Promise<number> => {\n  await new Promise((r) => setTimeout(r, 300));\n  return n * 10;\n};\n' },
    steps: [
      { burst: [['n.value', 1], ['m.value', 8]], expect: { 'm.value': 8 }, seen: { 'm.value': [8] }, ran: ['suggest'] },
      { set: { 'n.value': 2 }, expect: { 'm.value': 20 }, ran: ['suggest'] },
    ],
  },
  {
    name: 'independent cascades that overlap both land',
    description: 'Changes to two unrelated inputs in quick succession: each output gets its own result, slow or not.',
    project: {
      components: [comp('a', 'slider', { value: 0 }), comp('b', 'slider', { value: 0 }), comp('outA', 'text', { text: '' }), comp('outB', 'text', { text: '' })],
      callbacks: [
        cb('slow', { inputs: { n: 'a.value' }, outputs: { text: 'outA.text' }, preventInitialCall: true }),
        cb('quick', { inputs: { n: 'b.value' }, outputs: { text: 'outB.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: { slow: slowForOne('`A${n}`'), quick: 'export default ({ n }: { n: number }) => `B${n}`;\n' },
    steps: [{ burst: [['a.value', 1], ['b.value', 2]], expect: { 'outA.text': 'A1', 'outB.text': 'B2' }, seen: { 'outA.text': ['A1'], 'outB.text': ['B2'] }, ran: ['quick', 'slow'], requests: 2 }],
  },
  {
    name: 'a superseded mixed cascade does not overwrite the newer one at its client step',
    description: 'n → S (server, slow for 1) → C (browser): C\'s output ends with the newer value.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 0 }), comp('a', 'text', { text: '' }), comp('b', 'text', { text: '' })],
      callbacks: [
        cb('S', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('C', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' }, placement: 'client' }),
      ],
    },
    callbacks: { S: slowForOne('`a${n}`'), C: 'export default ({ x }: { x: string }) => `C(${x})`;\n' },
    steps: [{ burst: [['n.value', 1], ['n.value', 2]], expect: { 'a.text': 'a2', 'b.text': 'C(a2)' }, seen: { 'a.text': ['a2'], 'b.text': ['C(a2)'] } }],
  },
];

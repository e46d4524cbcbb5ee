/** Dash parity: chains and diamonds, in dependency order, each callback at most once. */
import { cb, comp, type Scenario } from '../scenario';

const append = (tag: string): string => `export default ({ x }: { x: string }) => \`${tag}(\${x})\`;\n`;

export const chains: Scenario[] = [
  {
    name: 'chain A → B → C runs in order',
    description: 'Each callback sees its upstream\'s new output; every output of the chain is loading while it runs.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text'), comp('c', 'text')],
      callbacks: [
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('B', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('C', { inputs: { x: 'b.text' }, outputs: { text: 'c.text' } }),
      ],
    },
    callbacks: { A: 'export default ({ n }: { n: number }) => `a${n}`;\n', B: append('B'), C: append('C') },
    initial: { expect: { 'c.text': 'C(B(a1))' }, ran: ['A', 'B', 'C'], requests: 1 },
    steps: [{ set: { 'n.value': 2 }, loading: ['a', 'b', 'c'], expect: { 'a.text': 'a2', 'b.text': 'B(a2)', 'c.text': 'C(B(a2))' }, ran: ['A', 'B', 'C'], requests: 1, seen: { 'c.text': ['C(B(a2))'] } }],
  },
  {
    name: 'diamond: D runs once, after B and C, with both new values',
    description: 'A → B, A → C, B + C → D: D never sees one new and one old value, and runs once per change.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text'), comp('c', 'text'), comp('d', 'text')],
      callbacks: [
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('B', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('C', { inputs: { x: 'a.text' }, outputs: { text: 'c.text' } }),
        cb('D', { inputs: { b: 'b.text', c: 'c.text' }, outputs: { text: 'd.text' } }),
      ],
    },
    callbacks: {
      A: 'export default ({ n }: { n: number }) => `a${n}`;\n',
      B: 'export default async ({ x }: { x: string }) => {\n  await new Promise((r) => setTimeout(r, 40));\n  return `B(${x})`;\n};\n',
      C: append('C'),
      D: 'export default ({ b, c }: { b: string; c: string }, ctx: { triggered: string[] }) => `${b}+${c} ${JSON.stringify(ctx.triggered.slice().sort())}`;\n',
    },
    initial: { ran: ['A', 'B', 'C', 'D'] },
    steps: [
      {
        set: { 'n.value': 2 },
        expect: { 'd.text': 'B(a2)+C(a2) ["b.text","c.text"]' },
        ran: ['A', 'B', 'C', 'D'],
        requests: 1,
        seen: { 'd.text': ['B(a2)+C(a2) ["b.text","c.text"]'] },
      },
    ],
  },
  {
    name: 'state written earlier in the same cascade is read fresh',
    description: 'C takes b as input and a as state; both come from this cascade, so C sees the new a.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text'), comp('c', 'text')],
      callbacks: [
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('B', { inputs: { x: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('C', { inputs: { b: 'b.text' }, state: { a: 'a.text' }, outputs: { text: 'c.text' } }),
      ],
    },
    callbacks: { A: 'export default ({ n }: { n: number }) => `a${n}`;\n', B: append('B'), C: 'export default ({ a, b }: { a: string; b: string }) => `${b} with ${a}`;\n' },
    steps: [{ set: { 'n.value': 5 }, expect: { 'c.text': 'B(a5) with a5' }, ran: ['A', 'B', 'C'], requests: 1 }],
  },
  {
    name: 'a callback reading a state written in the cascade waits for it',
    description: 'B has n as input and a (written by A in the same cascade) as state: B runs after A and reads the new a.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text')],
      callbacks: [
        cb('B', { inputs: { n: 'n.value' }, state: { a: 'a.text' }, outputs: { text: 'b.text' } }),
        cb('A', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
      ],
    },
    callbacks: {
      A: 'export default async ({ n }: { n: number }) => {\n  await new Promise((r) => setTimeout(r, 30));\n  return `a${n}`;\n};\n',
      B: 'export default ({ n, a }: { n: number; a: string }) => `n${n} sees ${a}`;\n',
    },
    initial: { expect: { 'b.text': 'n1 sees a1' }, ran: ['A', 'B'] },
    steps: [{ set: { 'n.value': 3 }, expect: { 'b.text': 'n3 sees a3' }, ran: ['A', 'B'], requests: 1 }],
  },
  {
    name: 'a callback downstream of a preventInitialCall callback still runs on load',
    description: 'Only the marked callback is skipped; its reader runs on the initial load with the manifest value.',
    project: {
      components: [comp('btn', 'button'), comp('status', 'text', { text: 'idle' }), comp('shown', 'text', { text: '' })],
      callbacks: [
        cb('click', { inputs: { clicks: 'btn.clicks' }, outputs: { text: 'status.text' }, preventInitialCall: true }),
        cb('show', { inputs: { status: 'status.text' }, outputs: { text: 'shown.text' } }),
      ],
    },
    callbacks: { click: 'export default ({ clicks }: { clicks: number }) => `busy ${clicks}`;\n', show: 'export default ({ status }: { status: string }) => `status: ${status}`;\n' },
    initial: { expect: { 'status.text': 'idle', 'shown.text': 'status: idle' }, ran: ['show'], requests: 1 },
    steps: [{ set: { 'btn.clicks': 1 }, expect: { 'status.text': 'busy 1', 'shown.text': 'status: busy 1' }, ran: ['click', 'show'], requests: 1 }],
  },
  {
    name: 'a chain through an input prop',
    description: 'A callback sets a dropdown\'s options and value; the new value sets off the dropdown\'s own consumer in the same cascade.',
    project: {
      components: [comp('region', 'dropdown', { options: ['Europe', 'Asia'], value: 'Europe' }), comp('country', 'dropdown', { options: [], value: null }), comp('out', 'text')],
      callbacks: [
        cb('countries', { inputs: { region: 'region.value' }, outputs: { options: 'country.options', value: 'country.value' } }),
        cb('pick', { inputs: { country: 'country.value' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      countries: 'const by: Record<string, string[]> = { Europe: ["France", "Spain"], Asia: ["Japan", "Nepal"] };\nexport default ({ region }: { region: string }) => ({ options: by[region] ?? [], value: (by[region] ?? [])[0] ?? null });\n',
      pick: 'export default ({ country }: { country: string | null }) => `picked ${country}`;\n',
    },
    initial: { expect: { 'country.options': ['France', 'Spain'], 'country.value': 'France', 'out.text': 'picked France' }, ran: ['countries', 'pick'] },
    steps: [
      { set: { 'region.value': 'Asia' }, expect: { 'country.options': ['Japan', 'Nepal'], 'country.value': 'Japan', 'out.text': 'picked Japan' }, ran: ['countries', 'pick'], requests: 1 },
      { set: { 'country.value': 'Nepal' }, expect: { 'out.text': 'picked Nepal' }, ran: ['pick'], requests: 1 },
    ],
  },
  {
    name: 'a branch that is not reached does not run',
    description: 'Changing one root runs its chain only; an unrelated chain stays as it was.',
    project: {
      components: [comp('x', 'slider', { value: 1 }), comp('y', 'slider', { value: 1 }), comp('x1', 'text'), comp('x2', 'text'), comp('y1', 'text')],
      callbacks: [
        cb('X1', { inputs: { n: 'x.value' }, outputs: { text: 'x1.text' } }),
        cb('X2', { inputs: { x: 'x1.text' }, outputs: { text: 'x2.text' } }),
        cb('Y1', { inputs: { n: 'y.value' }, outputs: { text: 'y1.text' } }),
      ],
    },
    callbacks: { X1: 'export default ({ n }: { n: number }) => `x${n}`;\n', X2: append('X2'), Y1: 'export default ({ n }: { n: number }) => `y${n}`;\n' },
    initial: { ran: ['X1', 'X2', 'Y1'] },
    steps: [
      { set: { 'y.value': 4 }, loading: ['y1'], expect: { 'y1.text': 'y4', 'x2.text': 'X2(x1)' }, ran: ['Y1'], requests: 1 },
      { set: { 'x.value': 6 }, loading: ['x1', 'x2'], expect: { 'x2.text': 'X2(x6)', 'y1.text': 'y4' }, ran: ['X1', 'X2'], requests: 1 },
    ],
  },
];

/** Dash parity: inputs, state, outputs, preventInitialCall, initial load, async. */
import { cb, comp, type Scenario } from '../scenario';

export const basics: Scenario[] = [
  {
    name: 'one input, one output',
    description: 'The initial load runs the callback with the manifest value; a change reruns it in one round trip.',
    project: {
      components: [comp('n', 'slider', { value: 3 }), comp('out', 'text', { text: '' })],
      callbacks: [cb('double', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { double: 'export default ({ n }: { n: number }): string => `twice ${n} is ${n * 2}`;\n' },
    initial: { expect: { 'out.text': 'twice 3 is 6' }, ran: ['double'], requests: 1 },
    steps: [{ set: { 'n.value': 7 }, loading: ['out'], expect: { 'out.text': 'twice 7 is 14' }, ran: ['double'], requests: 1 }],
  },
  {
    name: 'several inputs',
    description: 'A change to any input reruns the callback with the current value of every input.',
    project: {
      components: [comp('a', 'slider', { value: 1 }), comp('b', 'input', { value: 'x' }), comp('c', 'dropdown', { options: ['p', 'q'], value: 'p' }), comp('out', 'text')],
      callbacks: [cb('join', { inputs: { a: 'a.value', b: 'b.value', c: 'c.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { join: 'export default ({ a, b, c }: { a: number; b: string; c: string }) => `${a}|${b}|${c}`;\n' },
    initial: { expect: { 'out.text': '1|x|p' } },
    steps: [
      { set: { 'a.value': 4 }, expect: { 'out.text': '4|x|p' }, ran: ['join'] },
      { set: { 'b.value': 'hello' }, expect: { 'out.text': '4|hello|p' }, ran: ['join'] },
      { set: { 'c.value': 'q' }, expect: { 'out.text': '4|hello|q' }, ran: ['join'] },
    ],
  },
  {
    name: 'state is read but does not trigger',
    description: 'Changing a state prop runs nothing and sends nothing; the next input change reads its new value.',
    project: {
      components: [comp('go', 'button'), comp('name', 'input', { value: 'Ada' }), comp('out', 'text', { text: '' })],
      callbacks: [cb('greet', { inputs: { clicks: 'go.clicks' }, state: { name: 'name.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { greet: 'export default ({ clicks, name }: { clicks: number; name: string }) => `${clicks}: hello ${name}`;\n' },
    initial: { expect: { 'out.text': '0: hello Ada' } },
    steps: [
      { set: { 'name.value': 'Grace' }, expect: { 'out.text': '0: hello Ada' }, ran: [], requests: 0, loading: [] },
      { set: { 'go.clicks': 1 }, expect: { 'out.text': '1: hello Grace' }, ran: ['greet'], requests: 1 },
    ],
  },
  {
    name: 'several outputs from one callback',
    description: 'A callback returns an object keyed by its outputs\' names; each output gets its value.',
    project: {
      components: [comp('n', 'slider', { value: 2 }), comp('out', 'text'), comp('btn', 'button'), comp('s', 'slider')],
      callbacks: [cb('spread', { inputs: { n: 'n.value' }, outputs: { text: 'out.text', label: 'btn.label', max: 's.max' } })],
    },
    callbacks: { spread: 'export default ({ n }: { n: number }) => ({ text: `n=${n}`, label: `Add ${n}`, max: n * 10 });\n' },
    initial: { expect: { 'out.text': 'n=2', 'btn.label': 'Add 2', 's.max': 20 }, ran: ['spread'] },
    steps: [{ set: { 'n.value': 5 }, loading: ['btn', 'out', 's'], expect: { 'out.text': 'n=5', 'btn.label': 'Add 5', 's.max': 50 }, ran: ['spread'], requests: 1 }],
  },
  {
    name: 'preventInitialCall skips the initial load only',
    description: 'The output keeps its manifest value on load; the first click runs the callback.',
    project: {
      components: [comp('btn', 'button'), comp('out', 'text', { text: 'never clicked' })],
      callbacks: [cb('clicked', { inputs: { clicks: 'btn.clicks' }, outputs: { text: 'out.text' }, preventInitialCall: true })],
    },
    callbacks: { clicked: 'export default ({ clicks }: { clicks: number }) => `clicked ${clicks} times`;\n' },
    initial: { expect: { 'out.text': 'never clicked' }, ran: [], requests: 0 },
    steps: [
      { set: { 'btn.clicks': 1 }, expect: { 'out.text': 'clicked 1 times' }, ran: ['clicked'], requests: 1 },
      { set: { 'btn.clicks': 2 }, expect: { 'out.text': 'clicked 2 times' }, ran: ['clicked'], requests: 1 },
    ],
  },
  {
    name: 'a callback without inputs runs once, on the initial load',
    description: 'Nothing can trigger it later; other callbacks keep running.',
    project: {
      components: [comp('title', 'markdown', { source: '' }), comp('n', 'slider', { value: 1 }), comp('out', 'text')],
      callbacks: [
        cb('heading', { outputs: { source: 'title.source' } }),
        cb('show', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      heading: 'export default (): string => "# Sales";\n',
      show: 'export default ({ n }: { n: number }) => String(n);\n',
    },
    initial: { expect: { 'title.source': '# Sales', 'out.text': '1' }, ran: ['heading', 'show'], requests: 1 },
    steps: [{ set: { 'n.value': 2 }, expect: { 'out.text': '2' }, ran: ['show'], requests: 1 }],
  },
  {
    name: 'two callbacks on one input both run, in one round trip',
    description: 'Every consumer of a changed prop runs once per change, in declaration order.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text')],
      callbacks: [
        cb('first', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('second', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' } }),
      ],
    },
    callbacks: {
      first: 'export default ({ n }: { n: number }) => `first ${n}`;\n',
      second: 'export default ({ n }: { n: number }) => `second ${n}`;\n',
    },
    initial: { ran: ['first', 'second'], requests: 1 },
    steps: [{ set: { 'n.value': 9 }, loading: ['a', 'b'], expect: { 'a.text': 'first 9', 'b.text': 'second 9' }, ran: ['first', 'second'], requests: 1 }],
  },
  {
    name: 'async callbacks',
    description: 'A callback may be async: awaited timers and promise chains resolve to the output.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text')],
      callbacks: [
        cb('waits', { inputs: { n: 'n.value' }, outputs: { text: 'a.text' } }),
        cb('chains', { inputs: { n: 'n.value' }, outputs: { text: 'b.text' } }),
      ],
    },
    callbacks: {
      waits: 'export default async ({ n }: { n: number }): Promise<string> => {\n  await new Promise((r) => setTimeout(r, 30));\n  return `waited for ${n}`;\n};\n',
      chains: 'export default ({ n }: { n: number }) => Promise.resolve(n).then((v) => v * 3).then((v) => `tripled ${v}`);\n',
    },
    initial: { expect: { 'a.text': 'waited for 1', 'b.text': 'tripled 3' } },
    steps: [{ set: { 'n.value': 4 }, loading: ['a', 'b'], expect: { 'a.text': 'waited for 4', 'b.text': 'tripled 12' }, ran: ['waits', 'chains'], requests: 1 }],
  },
  {
    name: 'setting a prop to the value it has starts no cascade',
    description: 'Only a real change sets a cascade off.',
    project: {
      components: [comp('n', 'slider', { value: 3 }), comp('out', 'text')],
      callbacks: [cb('show', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { show: 'export default ({ n }: { n: number }) => `n=${n}`;\n' },
    steps: [
      { set: { 'n.value': 3 }, expect: { 'out.text': 'n=3' }, ran: [], requests: 0 },
      { set: { 'n.value': 4 }, expect: { 'out.text': 'n=4' }, ran: ['show'], requests: 1 },
    ],
  },
];

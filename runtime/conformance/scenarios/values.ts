/** Beyond Dash: named intermediate values (computed once, memoized, kept on the server). */
import { cb, comp, type Scenario } from '../scenario';

/** n → filter → filtered.value → chartA (with colour) and chartB. */
const filterProject = {
  components: [comp('n', 'slider', { value: 3 }), comp('colour', 'dropdown', { options: ['red', 'blue'], value: 'red' }), comp('chartA', 'text'), comp('chartB', 'text')],
  values: ['filtered'],
  callbacks: [
    cb('filter', { inputs: { n: 'n.value' }, outputs: { value: 'filtered.value' } }),
    cb('chartA', { inputs: { rows: 'filtered.value', colour: 'colour.value' }, outputs: { text: 'chartA.text' } }),
    cb('chartB', { inputs: { rows: 'filtered.value' }, outputs: { text: 'chartB.text' } }),
  ],
};
const filterSources = {
  filter: 'export default ({ n }: { n: number }) => {\n  // stands for an expensive query\n  const rows: Array<{ i: number; sq: number }> = [];\n  for (let i = 0; i < n; i++) rows.push({ i, sq: i * i });\n  return rows;\n};\n',
  chartA: 'export default ({ rows, colour }: { rows: Array<{ sq: number }>; colour: string }) => `A ${colour}: ${rows.map((r) => r.sq).join(",")}`;\n',
  chartB: 'export default ({ rows }: { rows: Array<{ sq: number }> }) => `B: ${rows.length} rows, sum ${rows.reduce((s, r) => s + r.sq, 0)}`;\n',
};

export const values: Scenario[] = [
  {
    name: 'a named value is computed once per change, read by two charts, and not sent to the browser',
    description: 'The expensive filter runs once per change of its input; both readers get its result in the same round trip; the value never reaches the page.',
    project: filterProject,
    callbacks: filterSources,
    initial: { expect: { 'chartA.text': 'A red: 0,1,4', 'chartB.text': 'B: 3 rows, sum 5' }, ran: ['filter', 'chartA', 'chartB'], requests: 1, notSent: ['filtered.value'] },
    steps: [
      { set: { 'n.value': 4 }, loading: ['chartA', 'chartB', 'filtered'], expect: { 'chartA.text': 'A red: 0,1,4,9', 'chartB.text': 'B: 4 rows, sum 14' }, ran: ['filter', 'chartA', 'chartB'], requests: 1, notSent: ['filtered.value'] },
      { set: { 'n.value': 5 }, expect: { 'chartB.text': 'B: 5 rows, sum 30' }, ran: ['filter', 'chartA', 'chartB'], requests: 1, notSent: ['filtered.value'] },
    ],
  },
  {
    name: 'a reader\'s own input change reuses the named value',
    description: 'Changing only chartA\'s colour reruns chartA alone, with the value for the current n: the filter does not run again.',
    project: filterProject,
    callbacks: filterSources,
    steps: [
      { set: { 'n.value': 4 }, expect: { 'chartA.text': 'A red: 0,1,4,9' }, ran: ['filter', 'chartA', 'chartB'] },
      { set: { 'colour.value': 'blue' }, expect: { 'chartA.text': 'A blue: 0,1,4,9', 'chartB.text': 'B: 4 rows, sum 14' }, ran: ['chartA'], requests: 1, notSent: ['filtered.value'] },
    ],
    knownBug: {
      server: 'the browser does not send n.value (chartA does not read it), so the server recomputes filtered.value on demand from the manifest n=3: chartA shows "A blue: 0,1,4" for n=4',
    },
  },
  {
    name: 'a named value is memoized by its inputs on the server',
    description: 'Going back to an input value seen before takes the memoized result: the filter does not run (the browser, without a memo, recomputes).',
    project: filterProject,
    callbacks: filterSources,
    steps: [
      { set: { 'n.value': 6 }, ran: ['filter', 'chartA', 'chartB'] },
      {
        set: { 'n.value': 3 },
        expect: { 'chartA.text': 'A red: 0,1,4', 'chartB.text': 'B: 3 rows, sum 5' },
        ran: ['chartA', 'chartB'],
        requests: 1,
        byPlacement: { client: { ran: ['filter', 'chartA', 'chartB'] } },
      },
    ],
  },
  {
    name: 'a named value read by a client callback is sent to the browser',
    description: 'filter and chartB on the server, chartA in the browser: the value comes along with the one request, and chartA runs after it.',
    placements: ['mixed'],
    project: { ...filterProject, callbacks: filterProject.callbacks.map((c) => (c.id === 'chartA' ? { ...c, placement: 'client' as const } : c)) },
    callbacks: filterSources,
    initial: { expect: { 'filtered.value': [{ i: 0, sq: 0 }, { i: 1, sq: 1 }, { i: 2, sq: 4 }], 'chartA.text': 'A red: 0,1,4' }, ran: ['filter', 'chartB', 'chartA'], requests: 1 },
    steps: [
      { set: { 'n.value': 2 }, expect: { 'filtered.value': [{ i: 0, sq: 0 }, { i: 1, sq: 1 }], 'chartA.text': 'A red: 0,1', 'chartB.text': 'B: 2 rows, sum 1' }, ran: ['filter', 'chartB', 'chartA'], requests: 1 },
      { set: { 'colour.value': 'blue' }, expect: { 'chartA.text': 'A blue: 0,1' }, ran: ['chartA'], requests: 0 },
    ],
  },
  {
    name: 'a named value computed in the browser is sent to a server reader',
    description: 'A client callback produces the value; the server callback that reads it gets it in the request.',
    placements: ['mixed'],
    project: {
      components: [comp('q', 'input', { value: '  Hello ' }), comp('out', 'text')],
      values: ['clean'],
      callbacks: [
        cb('normalize', { inputs: { q: 'q.value' }, outputs: { value: 'clean.value' }, placement: 'client' }),
        cb('lookup', { inputs: { clean: 'clean.value' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      normalize: 'export default ({ q }: { q: string }) => ({ word: q.trim().toLowerCase(), length: q.trim().length });\n',
      lookup: 'export default ({ clean }: { clean: { word: string; length: number } }) => `${clean.word} (${clean.length})`;\n',
    },
    initial: { expect: { 'out.text': 'hello (5)' }, ran: ['normalize', 'lookup'], requests: 1 },
    steps: [{ set: { 'q.value': 'WORLD ' }, expect: { 'out.text': 'world (5)' }, ran: ['normalize', 'lookup'], requests: 1 }],
  },
  {
    name: 'a chain of named values',
    description: 'v1 → v2 → out: each runs once, in order, in one round trip; neither value reaches the browser.',
    project: {
      components: [comp('n', 'slider', { value: 2 }), comp('out', 'text')],
      values: ['base', 'scaled'],
      callbacks: [
        cb('mkBase', { inputs: { n: 'n.value' }, outputs: { value: 'base.value' } }),
        cb('mkScaled', { inputs: { base: 'base.value' }, outputs: { value: 'scaled.value' } }),
        cb('show', { inputs: { scaled: 'scaled.value' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      mkBase: 'export default ({ n }: { n: number }) => Array.from({ length: n }, (_, i) => i + 1);\n',
      mkScaled: 'export default ({ base }: { base: number[] }) => base.map((x) => x * 10);\n',
      show: 'export default ({ scaled }: { scaled: number[] }) => scaled.join(" ");\n',
    },
    initial: { expect: { 'out.text': '10 20' }, ran: ['mkBase', 'mkScaled', 'show'], requests: 1, notSent: ['base.value', 'scaled.value'] },
    steps: [{ set: { 'n.value': 4 }, expect: { 'out.text': '10 20 30 40' }, ran: ['mkBase', 'mkScaled', 'show'], requests: 1, notSent: ['base.value', 'scaled.value'] }],
  },
  {
    name: 'a failing value producer: its readers do not run',
    description: 'One error for the producer; every reader keeps its output; the next good change recovers.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text')],
      values: ['v'],
      callbacks: [
        cb('produce', { inputs: { n: 'n.value' }, outputs: { value: 'v.value' } }),
        cb('readA', { inputs: { v: 'v.value' }, outputs: { text: 'a.text' } }),
        cb('readB', { inputs: { v: 'v.value' }, outputs: { text: 'b.text' } }),
      ],
    },
    callbacks: {
      produce: 'export default ({ n }: { n: number }) => {\n  if (n === 7) throw new Error("no data for 7");\n  return { n };\n};\n',
      readA: 'export default ({ v }: { v: { n: number } }) => `A${v.n}`;\n',
      readB: 'export default ({ v }: { v: { n: number } }) => `B${v.n}`;\n',
    },
    initial: { expect: { 'a.text': 'A1', 'b.text': 'B1' } },
    steps: [
      { set: { 'n.value': 7 }, expect: { 'a.text': 'A1', 'b.text': 'B1' }, ran: ['produce'], errors: [{ callback: 'produce', message: 'no data for 7' }] },
      { set: { 'n.value': 8 }, expect: { 'a.text': 'A8', 'b.text': 'B8' }, ran: ['produce', 'readA', 'readB'] },
    ],
  },
];

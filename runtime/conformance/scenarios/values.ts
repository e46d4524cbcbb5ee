/** Beyond Dash: named intermediate values (computed once, memoized, kept on the server). */
import { cb, comp, type Scenario } from '../scenario';

/** n → filter → filtered.value → chartA (with colour) and chartB. */
const filterProject = {
  components: [comp('n', 'slider', { value: 3 }), comp('colour', 'dropdown', { options: ['red', 'blue'], value: 'red' }), comp('chartA', 'text'), comp('chartB', 'text')],
  values: ['filtered'],
  callbacks: [
    cb('filter', { inputs: { n: 'n.value' }, outputs: { value: 'filtered.value' } }),
    cb('drawA', { inputs: { rows: 'filtered.value', colour: 'colour.value' }, outputs: { text: 'chartA.text' } }),
    cb('drawB', { inputs: { rows: 'filtered.value' }, outputs: { text: 'chartB.text' } }),
  ],
};
const filterSources = {
  filter: 'export default ({ n }: { n: number }) => {\n  // stands for an expensive query\n  const rows: Array<{ i: number; sq: number }> = [];\n  for (let i = 0; i < n; i++) rows.push({ i, sq: i * i });\n  return rows;\n};\n',
  drawA: 'export default ({ rows, colour }: { rows: Array<{ sq: number }>; colour: string }) => `A ${colour}: ${rows.map((r) => r.sq).join(",")}`;\n',
  drawB: 'export default ({ rows }: { rows: Array<{ sq: number }> }) => `B: ${rows.length} rows, sum ${rows.reduce((s, r) => s + r.sq, 0)}`;\n',
};

export const values: Scenario[] = [
  {
    name: 'a named value is computed once per change, read by two charts, and not sent to the browser',
    description: 'The expensive filter runs once per change of its input; both readers get its result in the same round trip; the value never reaches the page.',
    project: filterProject,
    callbacks: filterSources,
    initial: { expect: { 'chartA.text': 'A red: 0,1,4', 'chartB.text': 'B: 3 rows, sum 5' }, ran: ['filter', 'drawA', 'drawB'], requests: 1, notSent: ['filtered.value'] },
    steps: [
      { set: { 'n.value': 4 }, loading: ['chartA', 'chartB', 'filtered'], expect: { 'chartA.text': 'A red: 0,1,4,9', 'chartB.text': 'B: 4 rows, sum 14' }, ran: ['filter', 'drawA', 'drawB'], requests: 1, notSent: ['filtered.value'] },
      { set: { 'n.value': 5 }, expect: { 'chartB.text': 'B: 5 rows, sum 30' }, ran: ['filter', 'drawA', 'drawB'], requests: 1, notSent: ['filtered.value'] },
    ],
  },
  {
    name: 'a reader\'s own input change reuses the named value',
    description: 'Changing only chartA\'s colour reruns its drawing callback alone, with the value for the current n: the filter does not run again.',
    project: filterProject,
    callbacks: filterSources,
    steps: [
      { set: { 'n.value': 4 }, expect: { 'chartA.text': 'A red: 0,1,4,9' }, ran: ['filter', 'drawA', 'drawB'] },
      { set: { 'colour.value': 'blue' }, expect: { 'chartA.text': 'A blue: 0,1,4,9', 'chartB.text': 'B: 4 rows, sum 14' }, ran: ['drawA'], requests: 1, notSent: ['filtered.value'] },
    ],
  },
  {
    name: 'a named value is memoized by its inputs on the server',
    description: 'Going back to an input value seen before takes the memoized result: the filter does not run (the browser, without a memo, recomputes).',
    project: filterProject,
    callbacks: filterSources,
    steps: [
      { set: { 'n.value': 6 }, ran: ['filter', 'drawA', 'drawB'] },
      {
        set: { 'n.value': 3 },
        expect: { 'chartA.text': 'A red: 0,1,4', 'chartB.text': 'B: 3 rows, sum 5' },
        ran: ['drawA', 'drawB'],
        requests: 1,
        byPlacement: { client: { ran: ['filter', 'drawA', 'drawB'] } },
      },
    ],
  },
  {
    name: 'a named value read by a client callback is sent to the browser',
    description: 'filter and chartB on the server, chartA in the browser: the value comes along with the one request, and chartA runs after it.',
    placements: ['mixed'],
    project: { ...filterProject, callbacks: filterProject.callbacks.map((c) => (c.id === 'drawA' ? { ...c, placement: 'client' as const } : c)) },
    callbacks: filterSources,
    initial: { expect: { 'filtered.value': [{ i: 0, sq: 0 }, { i: 1, sq: 1 }, { i: 2, sq: 4 }], 'chartA.text': 'A red: 0,1,4' }, ran: ['filter', 'drawB', 'drawA'], requests: 1 },
    steps: [
      { set: { 'n.value': 2 }, expect: { 'filtered.value': [{ i: 0, sq: 0 }, { i: 1, sq: 1 }], 'chartA.text': 'A red: 0,1', 'chartB.text': 'B: 2 rows, sum 1' }, ran: ['filter', 'drawB', 'drawA'], requests: 1 },
      { set: { 'colour.value': 'blue' }, expect: { 'chartA.text': 'A blue: 0,1' }, ran: ['drawA'], requests: 0 },
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
  {
    name: 'a button reads a named value as state',
    description: 'The Dash "store + button" pattern: the report reads the filtered rows for the current n, not the manifest\'s.',
    project: {
      ...filterProject,
      components: [...filterProject.components, comp('go', 'button'), comp('report', 'text', { text: '' })],
      callbacks: [...filterProject.callbacks, cb('summarize', { inputs: { go: 'go.clicks' }, state: { rows: 'filtered.value' }, outputs: { text: 'report.text' }, preventInitialCall: true })],
    },
    callbacks: { ...filterSources, summarize: 'export default ({ go, rows }: { go: number; rows: unknown[] }) => `click ${go}: ${rows.length} rows`;\n' },
    steps: [
      { set: { 'n.value': 6 }, expect: { 'chartB.text': 'B: 6 rows, sum 55' } },
      { set: { 'go.clicks': 1 }, expect: { 'report.text': 'click 1: 6 rows' }, ran: ['summarize'], requests: 1, notSent: ['filtered.value'] },
    ],
  },
  {
    name: 'a named value used after a client step keeps its inputs\' current values',
    description: 'Request 1 computes filtered (server) and prep (server); tag runs in the browser on prep\'s output; request 2 runs combine on tag\'s output and filtered: it sees the value for the new n.',
    placements: ['mixed'],
    project: {
      components: [comp('n', 'slider', { value: 3 }), comp('prepped', 'text'), comp('tagged', 'text'), comp('out', 'text')],
      values: ['filtered'],
      callbacks: [
        cb('filter', { inputs: { n: 'n.value' }, outputs: { value: 'filtered.value' } }),
        cb('prep', { inputs: { n: 'n.value' }, outputs: { text: 'prepped.text' } }),
        cb('tag', { inputs: { p: 'prepped.text' }, outputs: { text: 'tagged.text' }, placement: 'client' }),
        cb('combine', { inputs: { rows: 'filtered.value', tag: 'tagged.text' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      filter: filterSources.filter,
      prep: 'export default ({ n }: { n: number }) => `n=${n}`;\n',
      tag: 'export default ({ p }: { p: string }) => `[${p}]`;\n',
      combine: 'export default ({ rows, tag }: { rows: unknown[]; tag: string }) => `${tag}: ${rows.length} rows`;\n',
    },
    initial: { expect: { 'out.text': '[n=3]: 3 rows' }, requests: 2, notSent: ['filtered.value'] },
    steps: [{ set: { 'n.value': 5 }, expect: { 'out.text': '[n=5]: 5 rows' }, ran: ['filter', 'prep', 'tag', 'combine'], requests: 2, notSent: ['filtered.value'] }],
  },
  {
    name: 'a callback writing a named value and a component prop',
    description: 'The prop reaches the page; the value stays on the server and still feeds its reader.',
    project: {
      components: [comp('n', 'slider', { value: 2 }), comp('count', 'text'), comp('out', 'text')],
      values: ['items'],
      callbacks: [
        cb('make', { inputs: { n: 'n.value' }, outputs: { items: 'items.value', count: 'count.text' } }),
        cb('list', { inputs: { items: 'items.value' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      make: 'export default ({ n }: { n: number }) => {\n  const items = Array.from({ length: n }, (_, i) => `item${i}`);\n  return { items, count: `${items.length} items` };\n};\n',
      list: 'export default ({ items }: { items: string[] }) => items.join(" ");\n',
    },
    initial: { expect: { 'count.text': '2 items', 'out.text': 'item0 item1' }, notSent: ['items.value'] },
    steps: [{ set: { 'n.value': 3 }, expect: { 'count.text': '3 items', 'out.text': 'item0 item1 item2' }, ran: ['make', 'list'], requests: 1, notSent: ['items.value'] }],
  },
];

/** More of Dash's callback model (DESIGN §4b): Patch (partial updates), ctx.setProps, callbacks without outputs, allowDuplicate. */
import type { CallbackSpec } from '../../schema/project';
import { cb, comp, type Scenario } from '../scenario';

/** A callback writing `key` with allowDuplicate. */
function duplicateWriter(id: string, input: string, key: string, placement: 'server' | 'client'): CallbackSpec {
  const spec = cb(id, { inputs: { clicks: input }, outputs: { text: key }, placement, preventInitialCall: true });
  return { ...spec, outputs: spec.outputs.map((o) => ({ ...o, allowDuplicate: true })) };
}

const line = { data: [{ type: 'scatter', x: [0], y: [0] }], layout: { title: { text: 'growing' } } };

export const dashModel: Scenario[] = [
  {
    name: 'a Patch appends a point to a figure; a later callback of the cascade reads the whole figure',
    description: 'Only the operations travel; the page applies them to the figure it holds, and the server to the figure it was sent, for the reader after it.',
    project: {
      components: [comp('go', 'button'), comp('chart', 'graph', { figure: line }), comp('count', 'text')],
      callbacks: [
        cb('grow', { inputs: { clicks: 'go.clicks' }, outputs: { figure: 'chart.figure' }, preventInitialCall: true }),
        cb('points', { inputs: { figure: 'chart.figure' }, outputs: { text: 'count.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      grow: 'export default function grow({ clicks }: Inputs, ctx: Ctx): Outputs {\n  return ctx.patch().append(["data", 0, "x"], clicks).append(["data", 0, "y"], clicks * clicks).assign(["layout", "title", "text"], `${clicks + 1} points`);\n}\n',
      points: 'export default ({ figure }: Inputs) => `${(figure.data[0] as { x: number[] }).x.length} points, last x ${String((figure.data[0] as { x: number[] }).x.at(-1))}`;\n',
    },
    initial: { ran: [], requests: 0 },
    steps: [
      {
        set: { 'go.clicks': 1 },
        expect: { 'chart.figure': { data: [{ type: 'scatter', x: [0, 1], y: [0, 1] }], layout: { title: { text: '2 points' } } }, 'count.text': '2 points, last x 1' },
        ran: ['grow', 'points'],
        requests: 1,
      },
      { set: { 'go.clicks': 2 }, expect: { 'chart.figure': { data: [{ type: 'scatter', x: [0, 1, 2], y: [0, 1, 4] }], layout: { title: { text: '3 points' } } }, 'count.text': '3 points, last x 2' } },
    ],
  },
  {
    name: "every Patch operation, chained, beside a plain output",
    description: 'insert, remove, reverse, merge, delete, prepend, extend and clear on a store\'s data, and a text set whole in the same result.',
    project: {
      components: [comp('go', 'button'), comp('kept', 'store', { data: { items: ['a', 'b', 'c'], meta: { n: 1 } } }), comp('said', 'text')],
      callbacks: [cb('edit', { inputs: { clicks: 'go.clicks' }, outputs: { data: 'kept.data', text: 'said.text' }, preventInitialCall: true })],
    },
    callbacks: {
      edit: [
        'export default function edit({ clicks }: Inputs, ctx: Ctx): Outputs {',
        '  const p = ctx.patch();',
        '  if (clicks === 1) p.insert(["items"], 1, "x").remove(["items"], "c").reverse(["items"]).merge(["meta"], { m: 2 }).delete(["meta", "n"]);',
        '  else p.prepend(["items"], "first").extend(["items"], ["y", "z"]).clear(["meta"]).assign(["extra", "deep"], [1]);',
        '  return { data: p, text: `edit ${clicks}` };',
        '}',
        '',
      ].join('\n'),
    },
    initial: { ran: [] },
    steps: [
      { set: { 'go.clicks': 1 }, expect: { 'kept.data': { items: ['b', 'x', 'a'], meta: { m: 2 } }, 'said.text': 'edit 1' }, ran: ['edit'] },
      { set: { 'go.clicks': 2 }, expect: { 'kept.data': { items: ['first', 'b', 'x', 'a', 'y', 'z'], meta: {}, extra: { deep: [1] } }, 'said.text': 'edit 2' } },
    ],
  },
  {
    name: 'a Patch that does not fit its prop is an error, and the prop keeps its value',
    description: 'Appending to a text (a string) is reported, naming the callback and where the patch failed.',
    project: {
      components: [comp('go', 'button'), comp('out', 'text', { text: 'plain' })],
      callbacks: [cb('wrong', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'out.text' }, preventInitialCall: true })],
    },
    callbacks: { wrong: 'export default (_: Inputs, ctx: Ctx) => ctx.patch().append([], "x");\n' },
    steps: [{ set: { 'go.clicks': 1 }, expect: { 'out.text': 'plain' }, errors: [{ callback: 'wrong', message: /the patch of out\.text does not apply: append: the prop is a string, not a list/ }] }],
  },
  {
    name: 'a Patch to a named value is applied where the value lives',
    description: 'On the server the value is built from the patch and never sent; its reader gets the whole value.',
    project: {
      components: [comp('n', 'slider', { value: 2 }), comp('out', 'text')],
      values: ['summary'],
      callbacks: [
        cb('summarise', { inputs: { n: 'n.value' }, outputs: { value: 'summary.value' } }),
        cb('show', { inputs: { summary: 'summary.value' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      summarise: 'export default ({ n }: { n: number }, ctx: Ctx) => ctx.patch().assign(["count"], n).assign(["label"], `n=${n}`);\n',
      show: 'export default ({ summary }: { summary: { count: number; label: string } }) => `${summary.label} (${summary.count})`;\n',
    },
    initial: { expect: { 'out.text': 'n=2 (2)' }, ran: ['summarise', 'show'], notSent: ['summary.value'] },
    steps: [{ set: { 'n.value': 5 }, expect: { 'out.text': 'n=5 (5)' }, ran: ['summarise', 'show'], requests: 1, notSent: ['summary.value'] }],
  },
  {
    name: 'a cached callback stores its Patch: a hit applies it again',
    description: 'The cache keeps the operations, not the value they made, so the same input appends again from the cache.',
    placements: ['server'],
    project: {
      components: [comp('pick', 'dropdown', { options: ['a', 'b'], value: 'a' }), comp('kept', 'store', { data: [] })],
      callbacks: [cb('add', { inputs: { pick: 'pick.value' }, outputs: { data: 'kept.data' }, preventInitialCall: true }, { cache: { ttlSeconds: 60 } })],
    },
    callbacks: { add: 'export default ({ pick }: { pick: string }, ctx: Ctx) => ctx.patch().append([], pick);\n' },
    steps: [
      { set: { 'pick.value': 'b' }, expect: { 'kept.data': ['b'] }, ran: ['add'] },
      { set: { 'pick.value': 'a' }, expect: { 'kept.data': ['b', 'a'] }, ran: ['add'] },
      { set: { 'pick.value': 'b' }, expect: { 'kept.data': ['b', 'a', 'b'] }, ran: ['add'] },
    ],
  },
  {
    name: 'ctx.setProps sets other components, and the callbacks that read them run',
    description: "Dash's set_props: the slider it resets sets off its consumer once the cascade is done; a text is set beside the output.",
    placements: ['server', 'client', 'mixed'],
    project: {
      components: [comp('go', 'button'), comp('n', 'slider', { value: 0 }), comp('status', 'text'), comp('note', 'text'), comp('shown', 'text')],
      callbacks: [
        cb('reset', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'status.text' }, placement: 'client', preventInitialCall: true }),
        cb('show', { inputs: { n: 'n.value' }, outputs: { text: 'shown.text' } }),
      ],
    },
    callbacks: {
      reset: 'export default function reset({ clicks }: Inputs, ctx: Ctx): Outputs {\n  ctx.setProps("n", { value: 7 });\n  ctx.setProps("note", { text: "reset to 7" });\n  return `reset ${clicks}`;\n}\n',
      show: 'export default ({ n }: Inputs) => `n=${n}`;\n',
    },
    initial: { expect: { 'shown.text': 'n=0' }, ran: ['show'] },
    steps: [
      {
        set: { 'go.clicks': 1 },
        expect: { 'status.text': 'reset 1', 'note.text': 'reset to 7', 'n.value': 7, 'shown.text': 'n=7' },
        ran: ['reset', 'show'],
        byPlacement: { server: { requests: 2 }, mixed: { requests: 1 } },
      },
    ],
  },
  {
    name: 'a callback without outputs runs for its ctx.setProps calls; bad targets are refused',
    description: '"outputs": [] — it runs on load and when its input changes; setting an unknown component or a named value is an error, the rest is taken.',
    project: {
      components: [comp('n', 'slider', { value: 3 }), comp('note', 'text')],
      values: ['v'],
      callbacks: [
        cb('log', { inputs: { n: 'n.value' }, outputs: {} }, {}),
        cb('makeV', { inputs: { n: 'n.value' }, outputs: { value: 'v.value' } }),
      ],
    },
    callbacks: {
      log: 'export default function log({ n }: Inputs, ctx: Ctx) {\n  ctx.setProps("note", { text: `n is ${n}` });\n  if (n > 4) (ctx.setProps as (id: string, props: object) => void)("ghost", { text: "boo" });\n  if (n > 5) (ctx.setProps as (id: string, props: object) => void)("v", { value: 1 });\n}\n',
      makeV: 'export default ({ n }: Inputs) => n;\n',
    },
    initial: { expect: { 'note.text': 'n is 3' }, ran: ['log', 'makeV'] },
    steps: [
      { set: { 'n.value': 4 }, expect: { 'note.text': 'n is 4' }, ran: ['log', 'makeV'] },
      { set: { 'n.value': 5 }, expect: { 'note.text': 'n is 5' }, errors: [{ callback: 'log', message: 'ctx.setProps("ghost", …): there is no component "ghost"' }] },
      {
        set: { 'n.value': 6 },
        expect: { 'note.text': 'n is 6' },
        errors: [
          { callback: 'log', message: 'ctx.setProps("ghost", …): there is no component "ghost"' },
          { callback: 'log', message: /cannot set named value "v"/ },
        ],
      },
    ],
  },
  {
    name: 'a background callback\'s ctx.setProps arrive with its job result',
    description: 'The job carries what it set; the page takes it and runs the consumers, as for its outputs.',
    placements: ['server'],
    project: {
      components: [comp('go', 'button'), comp('n', 'slider', { value: 0 }), comp('status', 'text'), comp('shown', 'text')],
      callbacks: [
        cb('slow', { inputs: { clicks: 'go.clicks' }, outputs: { text: 'status.text' }, preventInitialCall: true }, { background: true }),
        cb('show', { inputs: { n: 'n.value' }, outputs: { text: 'shown.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      slow: 'export default async function slow({ clicks }: Inputs, ctx: Ctx): Promise<Outputs> {\n  await new Promise((r) => setTimeout(r, 20));\n  ctx.setProps("n", { value: clicks * 3 });\n  return "done";\n}\n',
      show: 'export default ({ n }: Inputs) => `n=${n}`;\n',
    },
    steps: [{ set: { 'go.clicks': 2 }, expect: { 'status.text': 'done', 'n.value': 6, 'shown.text': 'n=6' } }],
  },
  {
    name: 'allowDuplicate: two callbacks write one prop, its reader follows either',
    description: 'Both writers mark the output; whichever ran last sets it, and the callback reading it runs after each.',
    placements: ['server', 'client', 'mixed'],
    project: {
      components: [comp('a', 'button'), comp('b', 'button'), comp('out', 'text', { text: 'none' }), comp('len', 'text')],
      callbacks: [
        duplicateWriter('fromA', 'a.clicks', 'out.text', 'client'),
        duplicateWriter('fromB', 'b.clicks', 'out.text', 'server'),
        cb('measure', { inputs: { text: 'out.text' }, outputs: { text: 'len.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      fromA: 'export default ({ clicks }: Inputs) => `a clicked ${clicks}`;\n',
      fromB: 'export default ({ clicks }: Inputs) => `b ${clicks}`;\n',
      measure: 'export default ({ text }: Inputs) => `${text.length} chars`;\n',
    },
    initial: { ran: [] },
    steps: [
      { set: { 'a.clicks': 1 }, expect: { 'out.text': 'a clicked 1', 'len.text': '11 chars' }, ran: ['fromA', 'measure'] },
      { set: { 'b.clicks': 1 }, expect: { 'out.text': 'b 1', 'len.text': '3 chars' }, ran: ['fromB', 'measure'] },
    ],
  },
];

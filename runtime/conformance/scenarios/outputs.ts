/** Dash parity: every prop of every component type can be an output; input props of every type trigger. */
import { cb, comp, type Scenario } from '../scenario';

/**
 * A value for every prop of every component type, from each type's `samples.ts` (so adding a type
 * stays one folder and one line; scenarios.test.ts checks the samples cover the catalogue).
 */
const sampleModules = import.meta.glob<{ default: Record<string, unknown> }>('../../components/*/samples.ts', { eager: true });
export const propSamples: Record<string, Record<string, unknown>> = Object.fromEntries(
  Object.entries(sampleModules).map(([path, mod]) => [path.split('/').at(-2)!, mod.default]),
);

const everyPropComponents = Object.keys(propSamples).map((type) => comp(`the_${type}`, type, type === 'button' ? { clicks: 3 } : {}));

/** One callback per type, each writing all of that type's props from one trigger. */
const everyPropCallbacks = Object.entries(propSamples).map(([type, props]) =>
  cb(`set_${type}`, { inputs: { go: 'go.clicks' }, outputs: Object.fromEntries(Object.keys(props).map((prop) => [prop, `the_${type}.${prop}`])), preventInitialCall: true }),
);

const everyPropSources = Object.fromEntries(
  Object.entries(propSamples).map(([type, props]) => {
    const values = Object.values(props);
    // One output: return its value; several: an object keyed by their names.
    const result = values.length === 1 ? values[0] : props;
    return [`set_${type}`, `export default () => (${JSON.stringify(result)});\n`];
  }),
);

const everyPropExpect = Object.fromEntries(
  Object.entries(propSamples).flatMap(([type, props]) => Object.entries(props).map(([prop, value]) => [`the_${type}.${prop}`, value])),
);

export const outputs: Scenario[] = [
  {
    name: 'every prop of every component type can be an output',
    description: 'One click sets every prop of a text, markdown, button, slider, dropdown, input and graph.',
    project: { components: [comp('go', 'button'), ...everyPropComponents], callbacks: everyPropCallbacks },
    callbacks: everyPropSources,
    initial: { ran: [], requests: 0 },
    steps: [{ set: { 'go.clicks': 1 }, expect: everyPropExpect, ran: everyPropCallbacks.map((c) => c.id), requests: 1 }],
  },
  {
    name: 'a dropdown\'s options and value set together, then read back',
    description: 'Options as {label, value} objects; the new value is sent back to a server callback as state and passes its type check.',
    project: {
      components: [comp('kind', 'dropdown', { options: ['fruit', 'veg'], value: 'fruit' }), comp('item', 'dropdown', { options: [], value: null }), comp('go', 'button'), comp('out', 'text')],
      callbacks: [
        cb('fill', { inputs: { kind: 'kind.value' }, outputs: { options: 'item.options', value: 'item.value', placeholder: 'item.placeholder' } }),
        cb('report', { inputs: { clicks: 'go.clicks' }, state: { item: 'item.value', options: 'item.options' }, outputs: { text: 'out.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      fill: 'export default ({ kind }: { kind: string }) => kind === "fruit"\n  ? { options: [{ label: "Apple", value: 1 }, { label: "Pear", value: 2 }], value: 2, placeholder: "Fruit" }\n  : { options: [{ label: "Leek", value: "leek" }], value: "leek", placeholder: "Veg" };\n',
      report: 'export default ({ item, options }: { item: string | number | null; options: Array<{ label: string; value: string | number }> }) => `${JSON.stringify(item)} of ${options.map((o) => o.label).join(",")}`;\n',
    },
    initial: { expect: { 'item.value': 2, 'item.placeholder': 'Fruit', 'item.options': [{ label: 'Apple', value: 1 }, { label: 'Pear', value: 2 }] } },
    steps: [
      { set: { 'go.clicks': 1 }, expect: { 'out.text': '2 of Apple,Pear' } },
      { set: { 'kind.value': 'veg' }, expect: { 'item.value': 'leek', 'item.options': [{ label: 'Leek', value: 'leek' }] }, ran: ['fill'] },
      { set: { 'go.clicks': 2 }, expect: { 'out.text': '"leek" of Leek' } },
    ],
  },
  {
    name: 'a graph\'s figure from a slider, and its clickData and selectedData as inputs',
    description: 'The figure (nested data and layout) arrives intact; clicking or selecting points sets off their consumers.',
    project: {
      components: [comp('n', 'slider', { value: 2 }), comp('chart', 'graph'), comp('clicked', 'text', { text: 'none' }), comp('picked', 'text', { text: 'none' })],
      callbacks: [
        cb('draw', { inputs: { n: 'n.value' }, outputs: { figure: 'chart.figure' } }),
        cb('onClick', { inputs: { click: 'chart.clickData' }, outputs: { text: 'clicked.text' }, preventInitialCall: true }),
        cb('onSelect', { inputs: { sel: 'chart.selectedData' }, state: { figure: 'chart.figure' }, outputs: { text: 'picked.text' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      draw: 'export default ({ n }: { n: number }) => ({\n  data: [{ type: "scatter", mode: "lines", x: Array.from({ length: n }, (_, i) => i), y: Array.from({ length: n }, (_, i) => i * i), name: `n=${n}` }],\n  layout: { title: { text: `Squares to ${n}` }, xaxis: { range: [0, n] } },\n});\n',
      onClick: 'type Ev = { points: Array<Record<string, unknown>> } | null;\nexport default ({ click }: { click: Ev }) => (click ? `x=${String(click.points[0]?.x)} y=${String(click.points[0]?.y)}` : "none");\n',
      onSelect: 'type Ev = { points: Array<Record<string, unknown>> } | null;\nexport default ({ sel, figure }: { sel: Ev; figure: { layout?: { title?: { text?: string } } } }) => `${sel?.points.length ?? 0} points of ${figure.layout?.title?.text}`;\n',
    },
    initial: { expect: { 'chart.figure': { data: [{ type: 'scatter', mode: 'lines', x: [0, 1], y: [0, 1], name: 'n=2' }], layout: { title: { text: 'Squares to 2' }, xaxis: { range: [0, 2] } } } }, ran: ['draw'] },
    steps: [
      { set: { 'n.value': 3 }, expect: { 'chart.figure': { data: [{ type: 'scatter', mode: 'lines', x: [0, 1, 2], y: [0, 1, 4], name: 'n=3' }], layout: { title: { text: 'Squares to 3' }, xaxis: { range: [0, 3] } } } } },
      { set: { 'chart.clickData': { points: [{ x: 2, y: 4, curveNumber: 0 }] } }, expect: { 'clicked.text': 'x=2 y=4' }, ran: ['onClick'] },
      { set: { 'chart.selectedData': { points: [{ x: 1 }, { x: 2 }] } }, expect: { 'picked.text': '2 points of Squares to 3' }, ran: ['onSelect'] },
    ],
  },
  {
    name: 'a button\'s label, and its clicks reset by another callback',
    description: 'clicks is an input prop and an output: a reset button writes it back to 0, which sets off its consumer.',
    project: {
      components: [comp('add', 'button', { label: 'Add' }), comp('reset', 'button', { label: 'Reset' }), comp('count', 'text', { text: '' })],
      callbacks: [
        cb('show', { inputs: { clicks: 'add.clicks' }, outputs: { text: 'count.text' } }),
        cb('zero', { inputs: { r: 'reset.clicks' }, outputs: { clicks: 'add.clicks', label: 'add.label' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      show: 'export default ({ clicks }: { clicks: number }) => `${clicks} added`;\n',
      zero: 'export default ({ r }: { r: number }) => ({ clicks: 0, label: `Add (reset ${r}x)` });\n',
    },
    initial: { expect: { 'count.text': '0 added' } },
    steps: [
      { set: { 'add.clicks': 2 }, expect: { 'count.text': '2 added' }, ran: ['show'] },
      { set: { 'reset.clicks': 1 }, expect: { 'add.clicks': 0, 'add.label': 'Add (reset 1x)', 'count.text': '0 added' }, ran: ['zero', 'show'], requests: 1 },
    ],
  },
  {
    name: 'a slider\'s min, max and step; an input\'s placeholder; a markdown source',
    description: 'Layout-ish props are outputs like any other, and the slider\'s new value flows on.',
    project: {
      components: [comp('unit', 'dropdown', { options: ['m', 'km'], value: 'm' }), comp('dist', 'slider', { min: 0, max: 10, value: 5 }), comp('name', 'input'), comp('help', 'markdown'), comp('out', 'text')],
      callbacks: [
        cb('range', { inputs: { unit: 'unit.value' }, outputs: { min: 'dist.min', max: 'dist.max', step: 'dist.step', value: 'dist.value', placeholder: 'name.placeholder', source: 'help.source' } }),
        cb('echo', { inputs: { d: 'dist.value' }, state: { max: 'dist.max' }, outputs: { text: 'out.text' } }),
      ],
    },
    callbacks: {
      range: 'export default ({ unit }: { unit: string }) => unit === "km"\n  ? { min: 0, max: 40, step: 0.5, value: 20, placeholder: "distance in km", source: "**kilometres**" }\n  : { min: 0, max: 1000, step: 10, value: 100, placeholder: "distance in m", source: "**metres**" };\n',
      echo: 'export default ({ d, max }: { d: number; max: number }) => `${d} of ${max}`;\n',
    },
    initial: { expect: { 'dist.max': 1000, 'dist.step': 10, 'out.text': '100 of 1000', 'help.source': '**metres**' } },
    steps: [
      {
        set: { 'unit.value': 'km' },
        expect: { 'dist.min': 0, 'dist.max': 40, 'dist.step': 0.5, 'dist.value': 20, 'name.placeholder': 'distance in km', 'help.source': '**kilometres**', 'out.text': '20 of 40' },
        ran: ['range', 'echo'],
        requests: 1,
      },
    ],
  },
];

/** What a callback's result means: falsy values, JSON, undefined, names that are not outputs. The same on every placement. */
import { cb, comp, type Scenario } from '../scenario';

export const results: Scenario[] = [
  {
    name: 'falsy results are updates, not skips',
    description: '"", 0 and null are values: they replace the outputs (only ctx.noUpdate or a missing key leaves one unchanged).',
    project: {
      components: [comp('go', 'button'), comp('t', 'text', { text: 'full' }), comp('s', 'slider', { value: 7 }), comp('d', 'dropdown', { options: ['x'], value: 'x' })],
      callbacks: [cb('clear', { inputs: { go: 'go.clicks' }, outputs: { text: 't.text', value: 's.value', choice: 'd.value' }, preventInitialCall: true })],
    },
    callbacks: { clear: 'export default () => ({ text: "", value: 0, choice: null });\n' },
    steps: [{ set: { 'go.clicks': 1 }, expect: { 't.text': '', 's.value': 0, 'd.value': null }, ran: ['clear'] }],
  },
  {
    name: 'nested results arrive unchanged',
    description: 'Deep objects, arrays, unicode and large numbers survive the trip to the output.',
    project: { components: [comp('go', 'button'), comp('g', 'graph')], callbacks: [cb('fig', { inputs: { go: 'go.clicks' }, outputs: { figure: 'g.figure' }, preventInitialCall: true })] },
    callbacks: {
      fig: 'export default () => ({\n  data: [{ type: "bar", x: ["été", "日本", "😀"], y: [1.5, -2, 9007199254740991], customdata: [[1, [2, { deep: true }]], null, []] }],\n  layout: { title: { text: "Ünïcode \\"quoted\\"\\n" }, annotations: [] },\n});\n',
    },
    steps: [
      {
        set: { 'go.clicks': 1 },
        expect: {
          'g.figure': {
            data: [{ type: 'bar', x: ['été', '日本', '😀'], y: [1.5, -2, 9007199254740991], customdata: [[1, [2, { deep: true }]], null, []] }],
            layout: { title: { text: 'Ünïcode "quoted"\n' }, annotations: [] },
          },
        },
      },
    ],
  },
  {
    name: 'results are JSON: a Date arrives as its ISO string',
    description: 'Outputs hold JSON (as the wire carries it): a Date becomes its ISO string, NaN becomes null, whatever the placement.',
    project: {
      components: [comp('go', 'button'), comp('when', 'text', { text: '' }), comp('g', 'graph')],
      callbacks: [cb('stamp', { inputs: { go: 'go.clicks' }, outputs: { when: 'when.text', figure: 'g.figure' }, preventInitialCall: true })],
    },
    callbacks: { stamp: 'export default () => ({\n  when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) as unknown as string,\n  figure: { data: [{ y: [1, Number.NaN, 3] }] },\n});\n' },
    steps: [{ set: { 'go.clicks': 1 }, expect: { 'when.text': '2024-01-02T03:04:05.000Z', 'g.figure': { data: [{ y: [1, null, 3] }] } } }],
  },
  {
    name: 'undefined from a one-output callback is an error',
    description: 'A forgotten return is reported (return ctx.noUpdate to leave the output), and the output stays.',
    project: { components: [comp('n', 'slider', { value: 1 }), comp('out', 'text', { text: 'kept' })], callbacks: [cb('forgot', { inputs: { n: 'n.value' }, outputs: { text: 'out.text' }, preventInitialCall: true })] },
    callbacks: { forgot: 'export default ({ n }: { n: number }): string => {\n  if (n > 100) return "big";\n  return undefined as unknown as string;\n};\n' },
    steps: [{ set: { 'n.value': 2 }, expect: { 'out.text': 'kept' }, errors: [{ callback: 'forgot', message: /undefined/ }] }],
  },
  {
    name: 'a name that is not an output is an error',
    description: 'A multi-output result with a misspelt key is reported instead of being dropped silently; nothing updates.',
    project: {
      components: [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: 'a?' }), comp('b', 'text', { text: 'b?' })],
      callbacks: [cb('typo', { inputs: { n: 'n.value' }, outputs: { a: 'a.text', b: 'b.text' }, preventInitialCall: true })],
    },
    callbacks: { typo: 'export default ({ n }: { n: number }) => ({ a: `a${n}`, bb: `b${n}` } as unknown as { a: string; b: string });\n' },
    steps: [{ set: { 'n.value': 2 }, expect: { 'a.text': 'a?', 'b.text': 'b?' }, errors: [{ callback: 'typo', message: /"bb"/ }] }],
  },
  {
    name: 'a result JSON cannot carry is an error',
    description: 'A Map (or a function) as an output value is reported with a hint, instead of reaching the output.',
    project: { components: [comp('n', 'slider', { value: 1 }), comp('d', 'dropdown', { options: ['a'], value: 'a' })], callbacks: [cb('mapped', { inputs: { n: 'n.value' }, outputs: { options: 'd.options' }, preventInitialCall: true })] },
    callbacks: { mapped: 'export default () => new Map([["a", 1]]) as unknown as string[];\n' },
    steps: [{ set: { 'n.value': 2 }, expect: { 'd.options': ['a'] }, errors: [{ callback: 'mapped', message: /Map/ }] }],
  },
];

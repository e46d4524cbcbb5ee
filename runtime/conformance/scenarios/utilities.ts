/** Input props of upload, store and interval: the value a callback receives, and ctx.parseCsv on an upload. */
import { cb, comp, type Scenario } from '../scenario';

const b64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

const csv = 'city,year,pop\nZürich,2000,0.36\nGenève,2000,0.18\n';
const csvFile = { name: 'cities.csv', size: Buffer.byteLength(csv), type: 'text/csv', lastModified: 1_700_000_000_000, dataUrl: `data:text/csv;base64,${b64(csv)}` };
const textFile = { name: 'note.txt', size: 2, type: 'text/plain', lastModified: 1_600_000_000_000, dataUrl: 'data:text/plain;base64,aGk=' };

/** The slice of ctx these callbacks use, as their parameter type. */
const csvCtx = '{ parseCsv(textOrDataUrl: string): Array<Record<string, unknown>> }';

export const utilities: Scenario[] = [
  {
    name: 'upload.files: the chosen files reach a callback as they were set',
    description: 'Name, size, type, lastModified and the data URL of each file, in order; clearing the files sends [].',
    project: {
      components: [comp('up', 'upload', { multiple: true }), comp('out', 'text', { text: '' })],
      callbacks: [cb('echo', { inputs: { files: 'up.files' }, outputs: { text: 'out.text' } })],
    },
    callbacks: { echo: 'export default ({ files }: { files: unknown[] }) => JSON.stringify(files);\n' },
    initial: { expect: { 'out.text': '[]' } },
    steps: [
      { set: { 'up.files': [csvFile, textFile] }, expect: { 'out.text': JSON.stringify([csvFile, textFile]) }, ran: ['echo'] },
      { set: { 'up.files': [] }, expect: { 'out.text': '[]' }, ran: ['echo'] },
    ],
  },
  {
    name: 'ctx.parseCsv reads an uploaded CSV data URL as ctx.data.csv reads a file',
    description: 'The upload\'s base64 data URL (UTF-8 text) becomes rows with typed numbers; plain CSV text parses the same.',
    project: {
      components: [comp('up', 'upload', { accept: '.csv' }), comp('rows', 'text', { text: '' }), comp('total', 'text', { text: '' })],
      callbacks: [cb('parse', { inputs: { files: 'up.files' }, outputs: { rows: 'rows.text', total: 'total.text' }, preventInitialCall: true })],
    },
    callbacks: {
      parse: `type File = { name: string; dataUrl: string };\nexport default ({ files }: { files: File[] }, ctx: ${csvCtx}) => {\n  const rows = ctx.parseCsv(files[0]!.dataUrl);\n  const same = JSON.stringify(ctx.parseCsv("city,year,pop\\nZürich,2000,0.36\\nGenève,2000,0.18\\n")) === JSON.stringify(rows);\n  const total = rows.reduce((s, r) => s + (r.pop as number), 0);\n  return { rows: JSON.stringify(rows), total: \`\${files[0]!.name}: \${total.toFixed(2)} \${typeof rows[0]!.year} \${same}\` };\n};\n`,
    },
    initial: { ran: [] },
    steps: [
      {
        set: { 'up.files': [csvFile] },
        expect: { 'rows.text': JSON.stringify([{ city: 'Zürich', year: 2000, pop: 0.36 }, { city: 'Genève', year: 2000, pop: 0.18 }]), 'total.text': 'cities.csv: 0.54 number true' },
        ran: ['parse'],
      },
    ],
  },
  {
    name: 'store.data: any JSON a user (or the page) sets reaches a callback as it is',
    description: 'Objects, arrays, nulls and numbers arrive intact; a callback writing the store sets off the store\'s readers.',
    project: {
      components: [comp('st', 'store', { data: { n: 0 }, storage: 'local' }), comp('go', 'button'), comp('out', 'text', { text: '' })],
      callbacks: [
        cb('echo', { inputs: { data: 'st.data' }, outputs: { text: 'out.text' } }),
        cb('bump', { inputs: { clicks: 'go.clicks' }, state: { data: 'st.data' }, outputs: { data: 'st.data' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      echo: 'export default ({ data }: { data: unknown }) => JSON.stringify(data);\n',
      bump: 'export default ({ clicks, data }: { clicks: number; data: { n?: number } | null }) => ({ n: (data?.n ?? 0) + clicks, at: [clicks, null] });\n',
    },
    initial: { expect: { 'out.text': '{"n":0}' } },
    steps: [
      { set: { 'st.data': { list: [1, 'a', null, { deep: [true] }], n: 2.5 } }, expect: { 'out.text': '{"list":[1,"a",null,{"deep":[true]}],"n":2.5}' }, ran: ['echo'] },
      { set: { 'st.data': null }, expect: { 'out.text': 'null' }, ran: ['echo'] },
      { set: { 'go.clicks': 3 }, expect: { 'st.data': { n: 3, at: [3, null] }, 'out.text': '{"n":3,"at":[3,null]}' }, ran: ['bump', 'echo'] },
    ],
  },
  {
    name: 'interval.ticks: each tick reaches a callback, which can stop the interval',
    description: 'The count arrives as the page sets it (Dash n_intervals); the callback disables the interval from tick 3 on.',
    project: {
      components: [comp('clock', 'interval', { intervalMs: 1000, maxTicks: 5 }), comp('out', 'text', { text: '' })],
      callbacks: [cb('tick', { inputs: { ticks: 'clock.ticks' }, outputs: { text: 'out.text', disabled: 'clock.disabled' } })],
    },
    callbacks: { tick: 'export default ({ ticks }: { ticks: number }) => ({ text: `tick ${ticks}`, disabled: ticks >= 3 });\n' },
    initial: { expect: { 'out.text': 'tick 0', 'clock.disabled': false } },
    steps: [
      { set: { 'clock.ticks': 1 }, expect: { 'out.text': 'tick 1', 'clock.disabled': false }, ran: ['tick'] },
      { set: { 'clock.ticks': 3 }, expect: { 'out.text': 'tick 3', 'clock.disabled': true }, ran: ['tick'] },
    ],
  },
];

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
];

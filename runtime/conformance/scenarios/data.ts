/** ctx.data (server only): the project's data/ folder as JSON, typed CSV rows and text. */
import { cb, comp, type Scenario } from '../scenario';

const csv = 'country,year,pop,capital\nFrance,2000,60.9,Paris\nFrance,2020,67.4,Paris\nJapan,2000,126.8,Tokyo\nJapan,2020,125.8,Tokyo\n';

/** The slice of ctx these callbacks use, as their parameter type. */
const dataCtx = '{ data: { json(n: string): Promise<unknown>; csv(n: string): Promise<Array<Record<string, unknown>>>; text(n: string): Promise<string> } }';

export const data: Scenario[] = [
  {
    name: 'ctx.data.json reads a JSON file of data/',
    description: 'A dropdown picks a key of a JSON document; the callback reads the file and returns the entry.',
    placements: ['server'],
    data: { 'regions.json': JSON.stringify({ eu: { name: 'Europe', countries: ['France', 'Spain'] }, as: { name: 'Asia', countries: ['Japan'] } }) },
    project: {
      components: [comp('region', 'dropdown', { options: ['eu', 'as'], value: 'eu' }), comp('out', 'text'), comp('list', 'dropdown', { options: [], value: null })],
      callbacks: [cb('load', { inputs: { region: 'region.value' }, outputs: { text: 'out.text', options: 'list.options' } })],
    },
    callbacks: {
      load: `type Regions = Record<string, { name: string; countries: string[] }>;\nexport default async ({ region }: { region: string }, ctx: ${dataCtx}) => {\n  const all = (await ctx.data.json("regions.json")) as Regions;\n  return { text: all[region]!.name, options: all[region]!.countries };\n};\n`,
    },
    initial: { expect: { 'out.text': 'Europe', 'list.options': ['France', 'Spain'] } },
    steps: [{ set: { 'region.value': 'as' }, expect: { 'out.text': 'Asia', 'list.options': ['Japan'] }, ran: ['load'], requests: 1 }],
  },
  {
    name: 'ctx.data.csv gives rows with typed numbers',
    description: 'CSV rows are objects; numeric columns are numbers (summing works), text columns strings.',
    placements: ['server'],
    data: { 'pop.csv': csv },
    project: {
      components: [comp('year', 'slider', { min: 2000, max: 2020, step: 20, value: 2000 }), comp('total', 'text'), comp('types', 'text'), comp('chart', 'graph')],
      callbacks: [cb('sum', { inputs: { year: 'year.value' }, outputs: { total: 'total.text', types: 'types.text', figure: 'chart.figure' } })],
    },
    callbacks: {
      sum: `export default async ({ year }: { year: number }, ctx: ${dataCtx}) => {\n  const rows = (await ctx.data.csv("pop.csv")).filter((r) => r.year === year);\n  const total = rows.reduce((s, r) => s + (r.pop as number), 0);\n  return {\n    total: total.toFixed(1),\n    types: [typeof rows[0]!.year, typeof rows[0]!.pop, typeof rows[0]!.capital].join(","),\n    figure: { data: [{ type: "bar", x: rows.map((r) => r.country), y: rows.map((r) => r.pop) }] },\n  };\n};\n`,
    },
    initial: { expect: { 'total.text': '187.7', 'types.text': 'number,number,string', 'chart.figure': { data: [{ type: 'bar', x: ['France', 'Japan'], y: [60.9, 126.8] }] } } },
    steps: [{ set: { 'year.value': 2020 }, expect: { 'total.text': '193.2', 'chart.figure': { data: [{ type: 'bar', x: ['France', 'Japan'], y: [67.4, 125.8] }] } }, ran: ['sum'] }],
  },
  {
    name: 'ctx.data.text, and a missing file is an error',
    description: 'Text files are read as they are; a file that does not exist is reported as the callback\'s error.',
    placements: ['server'],
    data: { 'intro.md': '# Population\n\nBy country.\n' },
    project: {
      components: [comp('file', 'input', { value: 'intro.md' }), comp('doc', 'markdown', { source: '' })],
      callbacks: [cb('read', { inputs: { file: 'file.value' }, outputs: { source: 'doc.source' } })],
    },
    callbacks: { read: `export default ({ file }: { file: string }, ctx: ${dataCtx}) => ctx.data.text(file);\n` },
    initial: { expect: { 'doc.source': '# Population\n\nBy country.\n' } },
    steps: [{ set: { 'file.value': 'missing.md' }, expect: { 'doc.source': '# Population\n\nBy country.\n' }, errors: [{ callback: 'read', message: /missing\.md/ }] }],
  },
  {
    name: 'an expensive CSV filter as a named value, read by two charts',
    description: 'The filter over the data file runs once per change; both charts use its rows; the rows stay on the server.',
    placements: ['server'],
    data: { 'pop.csv': csv },
    project: {
      components: [comp('country', 'dropdown', { options: ['France', 'Japan'], value: 'France' }), comp('line', 'graph'), comp('latest', 'text')],
      values: ['rows'],
      callbacks: [
        cb('filterRows', { inputs: { country: 'country.value' }, outputs: { value: 'rows.value' } }),
        cb('drawLine', { inputs: { rows: 'rows.value' }, outputs: { figure: 'line.figure' } }),
        cb('showLatest', { inputs: { rows: 'rows.value' }, outputs: { text: 'latest.text' } }),
      ],
    },
    callbacks: {
      filterRows: `export default async ({ country }: { country: string }, ctx: ${dataCtx}) =>\n  (await ctx.data.csv("pop.csv")).filter((r) => r.country === country).map((r) => ({ year: r.year as number, pop: r.pop as number }));\n`,
      drawLine: 'export default ({ rows }: { rows: Array<{ year: number; pop: number }> }) => ({ data: [{ x: rows.map((r) => r.year), y: rows.map((r) => r.pop) }] });\n',
      showLatest: 'export default ({ rows }: { rows: Array<{ year: number; pop: number }> }) => `${rows.at(-1)!.year}: ${rows.at(-1)!.pop}`;\n',
    },
    initial: { expect: { 'latest.text': '2020: 67.4' }, ran: ['filterRows', 'drawLine', 'showLatest'], requests: 1, notSent: ['rows.value'] },
    steps: [{ set: { 'country.value': 'Japan' }, expect: { 'latest.text': '2020: 125.8', 'line.figure': { data: [{ x: [2000, 2020], y: [126.8, 125.8] }] } }, ran: ['filterRows', 'drawLine', 'showLatest'], requests: 1, notSent: ['rows.value'] }],
  },
];

/** Dash DataTable parity: the table's input props (selectedRows, activeCell, sortBy, page) reach callbacks as set. */
import { cb, comp, type Scenario } from '../scenario';

const rows = [
  { name: 'Ada', age: 36 },
  { name: 'Grace', age: 85 },
  { name: 'Alan', age: 41 },
];

/** A table and a text echoing one of its props as JSON. */
function echo(prop: string, tsType: string, table: Record<string, unknown>, values: unknown[]): Scenario {
  return {
    name: `a table's ${prop} is a callback input`,
    description: `The user changes ${prop} (sorting, paging, selecting or clicking a cell); the callback receives exactly that value.`,
    project: {
      components: [comp('tbl', 'table', { data: rows, ...table }), comp('out', 'text')],
      callbacks: [cb('show', { inputs: { v: `tbl.${prop}` }, outputs: { text: 'out.text' } })],
    },
    callbacks: { show: `export default ({ v }: { v: ${tsType} }) => JSON.stringify(v);\n` },
    initial: { expect: { 'out.text': JSON.stringify(table[prop]) }, ran: ['show'] },
    steps: values.map((value) => ({ set: { [`tbl.${prop}`]: value }, expect: { 'out.text': JSON.stringify(value) }, ran: ['show'] })),
  };
}

export const table: Scenario[] = [
  echo('selectedRows', 'number[]', { rowSelection: 'multi', selectedRows: [] }, [[0, 2], [1], []]),
  echo('activeCell', '{ row: number; column: string } | null', { activeCell: null }, [{ row: 1, column: 'age' }, { row: 2, column: 'name' }, null]),
  echo('sortBy', 'Array<{ column: string; direction: "asc" | "desc" }>', { sortBy: [] }, [[{ column: 'age', direction: 'asc' }], [{ column: 'age', direction: 'desc' }, { column: 'name', direction: 'asc' }], []]),
  echo('page', 'number', { page: 0, pageSize: 1 }, [1, 2, 0]),
  {
    name: 'a table filled by a callback; its selection read back with its data, its sort and page set by another',
    description: 'data comes from a callback (as from data/); the selected rows index that data; a button sorts by a column and returns to the first page.',
    project: {
      components: [comp('n', 'slider', { value: 3 }), comp('tbl', 'table', { data: [], rowSelection: 'multi', pageSize: 2, page: 1 }), comp('sort', 'button'), comp('out', 'text')],
      callbacks: [
        cb('fill', { inputs: { n: 'n.value' }, outputs: { data: 'tbl.data' } }),
        cb('picked', { inputs: { rows: 'tbl.selectedRows' }, state: { data: 'tbl.data' }, outputs: { text: 'out.text' }, preventInitialCall: true }),
        cb('byScore', { inputs: { clicks: 'sort.clicks' }, outputs: { sortBy: 'tbl.sortBy', page: 'tbl.page' }, preventInitialCall: true }),
      ],
    },
    callbacks: {
      fill: 'export default ({ n }: { n: number }) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, score: (i * 7) % 5 }));\n',
      picked: 'export default ({ rows, data }: { rows: number[]; data: Array<Record<string, unknown>> }) => rows.map((i) => String(data[i]?.id)).join(",");\n',
      byScore: 'export default () => ({ sortBy: [{ column: "score", direction: "desc" as const }], page: 0 });\n',
    },
    initial: { expect: { 'tbl.data': [{ id: 'r0', score: 0 }, { id: 'r1', score: 2 }, { id: 'r2', score: 4 }] }, ran: ['fill'] },
    steps: [
      { set: { 'tbl.selectedRows': [2, 0] }, expect: { 'out.text': 'r2,r0' }, ran: ['picked'] },
      { set: { 'sort.clicks': 1 }, expect: { 'tbl.sortBy': [{ column: 'score', direction: 'desc' }], 'tbl.page': 0 }, ran: ['byScore'] },
    ],
  },
];

import { defineComponent } from '../define';
import { tableProps } from './props';
import { TableView } from './view';

export default defineComponent({
  type: 'table',
  label: 'Table',
  icon: 'Table',
  group: 'Data',
  description: 'Rows with sorting, filtering, paging, row selection and an active cell; 100,000 rows scroll smoothly with pageSize 0 (Dash DataTable)',
  size: { w: 8, h: 8 },
  props: tableProps,
  inputs: ['selectedRows', 'activeCell', 'sortBy', 'page'],
  inspector: {
    data: { editor: 'json', help: 'Rows as objects; usually set by a callback reading data/' },
    columns: { editor: 'json', help: '[{ "id", "name", "type": "numeric", "format": ",.2f" }]; empty = the keys of the first row' },
    pageSize: { label: 'Page size', help: 'Rows per page; 0 = every row in one scrolling list' },
    rowSelection: { label: 'Row selection' },
    sortBy: { editor: 'json', label: 'Sort by', help: '[{ "column", "direction": "asc" | "desc" }]' },
    selectedRows: { editor: 'json', label: 'Selected rows', help: 'Indices into data' },
    activeCell: { hidden: true },
    page: { help: 'The page shown, from 0' },
  },
  View: TableView,
});

import { z } from 'zod';
import { tsAs, tsNamed } from '../tsType';

/** A column as Dash's DataTable takes it: `id` is the row key, `name` its header. */
export const tableColumnSchema = tsNamed(
  z.object({
    id: z.string(),
    /** The header text (the id when absent). */
    name: z.string().optional(),
    /** Dash's column types: "numeric" sorts, filters and aligns as numbers (detected from the data when absent). */
    type: z.enum(['any', 'numeric', 'text', 'datetime']).optional(),
    /** A d3-format specifier for numbers (",.2f", ".1%", "$,.0f"), or Dash's `{ specifier }`. */
    format: z.union([z.string(), z.object({ specifier: z.string() })]).optional(),
  }),
  'TableColumn',
);
export type TableColumn = z.output<typeof tableColumnSchema>;

export type TableRow = Record<string, unknown>;
/**
 * A row: any plain object. A check rather than z.record, which would copy every row: parsing
 * 100,000 rows that way takes ~300 ms, this ~25 ms, and the rows stay the callback's objects.
 */
export const tableRowSchema = tsAs(
  z.custom<TableRow>((v) => v !== null && typeof v === 'object' && !Array.isArray(v), { message: 'a row must be an object' }),
  'Record<string, unknown>',
);

/** A cell: `row` indexes `data`, `column` is a column id. */
export const tableCellSchema = tsNamed(z.object({ row: z.number().int().min(0), column: z.string() }), 'TableCell');
export type TableCell = z.output<typeof tableCellSchema>;

export const tableSortSchema = tsNamed(z.object({ column: z.string(), direction: z.enum(['asc', 'desc']) }), 'TableSort');
export type TableSort = z.output<typeof tableSortSchema>;

export const tableProps = z.object({
  label: z.string().default(''),
  data: z.array(tableRowSchema).default([
    { region: 'North', product: 'Widgets', units: 1240, revenue: 18600.5 },
    { region: 'South', product: 'Gadgets', units: 860, revenue: 21500 },
    { region: 'West', product: 'Widgets', units: 415, revenue: 6225.75 },
  ]),
  /** Empty: one column per key of the first row. */
  columns: z.array(tableColumnSchema).default([]),
  /** Rows per page; 0 = every row in one scrolling (virtualized) list. */
  pageSize: z.number().int().min(0).default(10),
  sortable: z.boolean().default(true),
  filterable: z.boolean().default(false),
  rowSelection: z.enum(['none', 'single', 'multi']).default('none'),
  /** Indices into `data` (Dash's selected_rows). */
  selectedRows: z.array(z.number().int().min(0)).default([]),
  /** The cell last clicked or moved to with the arrow keys (Dash's active_cell). */
  activeCell: tableCellSchema.nullable().default(null),
  /** Sort keys, first one first (Dash's sort_by); clicking a header cycles asc → desc → none. */
  sortBy: z.array(tableSortSchema).default([]),
  /** The page shown, 0-based (Dash's page_current). */
  page: z.number().int().min(0).default(0),
});
export type TableProps = z.output<typeof tableProps>;

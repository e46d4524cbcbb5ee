import { memo, useLayoutEffect, useRef, type MouseEventHandler, type ReactElement } from 'react';
import { cellOf, cellText, type ResolvedColumn } from './model';
import type { TableProps, TableSort } from './props';

type Selection = TableProps['rowSelection'];

/**
 * A selection input left uncontrolled, its `checked` kept in step with the prop here: React
 * would put a controlled checkbox back during the click, before the native 'change' the view
 * listens to, which then read the old state.
 */
function usePicked(selected: boolean) {
  const ref = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (ref.current && ref.current.checked !== selected) ref.current.checked = selected;
  }, [selected]);
  return ref;
}

export interface RowProps {
  /** Index into `data`. */
  index: number;
  row: unknown;
  columns: readonly ResolvedColumn[];
  selection: Selection;
  selected: boolean;
  /** The active cell's column when it is in this row. */
  activeColumn: string | null;
  radioName: string;
  design: boolean;
}

/** One data row; memoized so scrolling renders only the rows that come into view. */
export const Row = memo(function Row({ index, row, columns, selection, selected, activeColumn, radioName, design }: RowProps): ReactElement {
  const pick = usePicked(selected);
  return (
    <tr data-row={index} data-selected={selected ? 'true' : undefined}>
      {selection === 'none' ? null : (
        <td className="dw-table-pick">
          <input
            ref={pick}
            type={selection === 'single' ? 'radio' : 'checkbox'}
            name={selection === 'single' ? radioName : undefined}
            data-row={index}
            defaultChecked={selected}
            aria-label={`Select row ${index + 1}`}
            tabIndex={design ? -1 : undefined}
          />
        </td>
      )}
      {columns.map((c) => {
        const active = activeColumn === c.id;
        return (
          <td key={c.id} data-col={c.id} className={c.numeric ? 'dw-num' : undefined} data-active={active ? 'true' : undefined} tabIndex={active && !design ? -1 : undefined}>
            {cellText(cellOf(row, c.id), c)}
          </td>
        );
      })}
    </tr>
  );
});

function SortIcon({ direction }: { direction: TableSort['direction'] | undefined }): ReactElement {
  return (
    <svg className="dw-table-sort-icon" data-direction={direction ?? 'none'} width="10" height="12" viewBox="0 0 10 12" aria-hidden="true" focusable="false">
      <path className="dw-up" d="M5 1 9 5H1z" />
      <path className="dw-down" d="M5 11 1 7h8z" />
    </svg>
  );
}

export interface HeadProps {
  columns: readonly ResolvedColumn[];
  sortBy: readonly TableSort[];
  sortable: boolean;
  filterable: boolean;
  selection: Selection;
  /** Of the rows shown: how many are selected, out of how many. */
  picked: { selected: number; of: number };
  onSort: MouseEventHandler<HTMLButtonElement>;
  design: boolean;
}

/** The header: one `th` per column (a sort button inside when sortable), then the filter inputs. */
export function Head({ columns, sortBy, sortable, filterable, selection, picked, onSort, design }: HeadProps): ReactElement {
  const everything = picked.of > 0 && picked.selected === picked.of;
  const all = usePicked(everything);
  useLayoutEffect(() => {
    if (all.current) all.current.indeterminate = picked.selected > 0 && !everything;
  });
  const tab = design ? -1 : undefined;
  const pickCell =
    selection === 'none' ? null : (
      <td className="dw-table-pick">
        {selection === 'multi' ? <input ref={all} type="checkbox" data-row="all" defaultChecked={everything} aria-label="Select all shown rows" tabIndex={tab} /> : null}
      </td>
    );
  return (
    <thead>
      <tr>
        {pickCell}
        {columns.map((c, i) => {
          const sort = sortBy.find((s) => s.column === c.id);
          const primary = sortBy[0]?.column === c.id;
          return (
            <th
              key={c.id}
              scope="col"
              className={c.numeric ? 'dw-num' : undefined}
              aria-sort={sort && primary ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              data-col={c.id}
              data-index={i}
            >
              {sortable ? (
                <button type="button" className="dw-table-sort" data-column={c.id} onClick={onSort} tabIndex={tab} title="Sort (shift: add to the sort)">
                  <span className="dw-table-name">{c.name}</span>
                  <SortIcon direction={sort?.direction} />
                  {sort && sortBy.length > 1 ? <span className="dw-table-sort-rank" aria-hidden="true">{sortBy.indexOf(sort) + 1}</span> : null}
                </button>
              ) : (
                <span className="dw-table-name">{c.name}</span>
              )}
            </th>
          );
        })}
      </tr>
      {filterable ? (
        <tr className="dw-table-filters">
          {selection === 'none' ? null : <td className="dw-table-pick" />}
          {columns.map((c) => (
            <td key={c.id}>
              <input type="text" className="dw-table-filter" data-filter={c.id} placeholder={c.numeric ? '> 20' : 'Filter…'} aria-label={`Filter ${c.name}`} tabIndex={tab} />
            </td>
          ))}
        </tr>
      ) : null}
    </thead>
  );
}

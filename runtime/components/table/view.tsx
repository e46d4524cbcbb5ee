import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { columnWidths, filteredOrder, nextSort, parseFilter, resolveColumns, sortedOrder, type CellTest } from './model';
import type { TableCell, TableProps } from './props';
import { Head, Row } from './rows';

/** Fixed row height (style.css sets it) for windowing when pageSize is 0. */
export const ROW_HEIGHT = 34;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 12;
/** The window moves in steps of this many rows, so most scroll events render nothing. */
const STEP = 8;

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * Dash's DataTable: sort (header buttons), filter (an input per column), pages or one
 * virtualized list (pageSize 0), row selection and an active cell. Sort, page, selection and
 * active cell are props (a callback reads and sets them); filter text stays in the view.
 * Rows are addressed by their index into `data`; the sorted and filtered order is an index
 * array computed once per change of data, sort or filters.
 */
export function TableView({ props, setProp, mode }: ViewProps<TableProps>): ReactElement {
  const { data, pageSize, sortable, filterable, rowSelection, selectedRows, activeCell, sortBy, label } = props;
  const design = mode === 'design';
  const radioName = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const columns = useMemo(() => resolveColumns(props.columns, data), [props.columns, data]);
  const widths = useMemo(() => columnWidths(columns, data), [columns, data]);
  const [filters, setFilters] = useState<Readonly<Record<string, string>>>({});
  const typed = useDeferredValue(filters);
  const sorted = useMemo(() => sortedOrder(data, sortBy), [data, sortBy]);
  const tests = useMemo(
    () =>
      columns.flatMap((c): Array<readonly [string, CellTest]> => {
        const test = parseFilter(typed[c.id] ?? '', c);
        return test ? [[c.id, test]] : [];
      }),
    [columns, typed],
  );
  const order = useMemo(() => filteredOrder(sorted, data, tests), [sorted, data, tests]);

  const paged = pageSize > 0;
  const pageCount = paged ? Math.max(1, Math.ceil(order.length / pageSize)) : 1;
  const page = Math.min(props.page, pageCount - 1);
  const [view, setView] = useState({ first: 0, height: 480 });
  const start = paged ? page * pageSize : Math.min(Math.max(0, Math.floor(view.first / STEP) * STEP - OVERSCAN), Math.max(0, order.length - 1));
  const end = paged ? Math.min(order.length, start + pageSize) : Math.min(order.length, start + Math.ceil(view.height / ROW_HEIGHT) + 2 * OVERSCAN + STEP);
  const pageRows = paged ? order.subarray(start, end) : order; // what "select all shown" selects
  const windowRows = order.subarray(start, end);
  const selected = useMemo(() => new Set(selectedRows), [selectedRows]);
  const picked = useMemo(() => {
    if (rowSelection !== 'multi' || selected.size === 0) return { selected: 0, of: pageRows.length };
    let n = 0;
    for (const i of pageRows) if (selected.has(i)) n++;
    return { selected: n, of: pageRows.length };
  }, [rowSelection, selected, pageRows]);

  const latest = useRef({ setProp, selectedRows, rowSelection, pageRows, page });
  useEffect(() => {
    latest.current = { setProp, selectedRows, rowSelection, pageRows, page };
  });

  // Native listeners (delegated: one for all rows), so a test setting `.checked` or `.value` and dispatching the event drives it.
  useEffect(() => {
    const root = rootRef.current!;
    const onChange = (e: Event): void => {
      const input = e.target as HTMLInputElement;
      const which = input.dataset?.row;
      if (which === undefined || input.tagName !== 'INPUT') return;
      const { setProp: commit, selectedRows: current, rowSelection: how, pageRows: shown } = latest.current;
      if (how === 'single') return commit('selectedRows', input.checked ? [Number(which)] : []);
      const next = new Set(current);
      const rows = which === 'all' ? shown : [Number(which)];
      for (const i of rows) {
        if (input.checked) next.add(i);
        else next.delete(i);
      }
      commit('selectedRows', [...next].sort((a, b) => a - b));
    };
    const onInput = (e: Event): void => {
      const input = e.target as HTMLInputElement;
      const column = input.dataset?.filter;
      if (column === undefined) return;
      setFilters((f) => ({ ...f, [column]: input.value }));
      if (latest.current.page !== 0) latest.current.setProp('page', 0);
    };
    root.addEventListener('change', onChange);
    root.addEventListener('input', onInput);
    return () => {
      root.removeEventListener('change', onChange);
      root.removeEventListener('input', onInput);
    };
  }, []);

  // The window of a virtualized list follows the scroll position and the viewport's height.
  useEffect(() => {
    if (paged) return;
    const el = scrollRef.current!;
    const measure = (): void => {
      const first = Math.floor(el.scrollTop / ROW_HEIGHT);
      const height = el.clientHeight || 480; // 0 before layout (and in happy-dom)
      setView((v) => (v.first === first && v.height === height ? v : { first, height }));
    };
    const onScroll = (): void => {
      const first = Math.floor(el.scrollTop / ROW_HEIGHT);
      setView((v) => (Math.floor(v.first / STEP) === Math.floor(first / STEP) ? v : { ...v, first }));
    };
    measure();
    el.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    resize?.observe(el);
    return () => {
      el.removeEventListener('scroll', onScroll);
      resize?.disconnect();
    };
  }, [paged]);

  useLayoutEffect(() => {
    if (paged && scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [paged, page]);

  // After a click or an arrow key, focus follows the active cell on a page. A virtualized list
  // keeps focus on its scroll area instead: the cell's row leaves the DOM when it scrolls away.
  const focusActive = useRef(false);
  useLayoutEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    if (paged) rootRef.current?.querySelector<HTMLElement>('td[data-active="true"]')?.focus();
    else scrollRef.current?.focus({ preventScroll: true });
  });

  const onSort = useCallback(
    (e: MouseEvent<HTMLButtonElement>) => {
      const column = e.currentTarget.dataset.column;
      if (column !== undefined) setProp('sortBy', nextSort(sortBy, column, e.shiftKey));
    },
    [setProp, sortBy],
  );

  const activate = (cell: TableCell): void => {
    focusActive.current = true;
    if (activeCell?.row !== cell.row || activeCell.column !== cell.column) setProp('activeCell', cell);
  };

  const onCellClick = (e: MouseEvent<HTMLTableSectionElement>): void => {
    const td = (e.target as Element).closest('td[data-col]');
    const tr = td?.closest('tr[data-row]');
    if (td && tr) activate({ row: Number(tr.getAttribute('data-row')), column: td.getAttribute('data-col')! });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const target = e.target as HTMLElement;
    if (design || order.length === 0 || columns.length === 0 || !(target === scrollRef.current || target.tagName === 'TD')) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    const at = activeCell ? order.indexOf(activeCell.row) : -1;
    const col = activeCell ? columns.findIndex((c) => c.id === activeCell.column) : -1;
    let pos = at < 0 ? start : Math.min(Math.max(at + move[0], 0), order.length - 1);
    if (at >= 0 && paged && (pos < start || pos >= end)) {
      const next = Math.floor(pos / pageSize);
      if (next !== page) setProp('page', next);
    }
    if (at < 0 && !paged) pos = Math.min(order.length - 1, Math.ceil((scrollRef.current?.scrollTop ?? 0) / ROW_HEIGHT));
    const c = col < 0 ? 0 : Math.min(Math.max(col + move[1], 0), columns.length - 1);
    if (!paged) reveal(pos);
    activate({ row: order[pos]!, column: columns[c]!.id });
  };

  /** Scrolls a virtualized list so the row at `pos` (in display order) is in view, and renders it now. */
  const reveal = (pos: number): void => {
    const el = scrollRef.current!;
    const head = el.querySelector('thead')?.getBoundingClientRect().height ?? ROW_HEIGHT;
    const top = pos * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT + head > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT + head - el.clientHeight;
    const first = Math.floor(el.scrollTop / ROW_HEIGHT);
    setView((v) => (Math.floor(v.first / STEP) === Math.floor(first / STEP) ? v : { ...v, first }));
  };

  const filtered = order.length !== data.length;
  const total = widths.reduce((s, w) => s + w, 0) + (rowSelection === 'none' ? 0 : 40);
  const activeRow = activeCell?.row ?? -1;
  const tab = design ? -1 : undefined;
  return (
    <div ref={rootRef} className="dw-table" data-virtual={paged ? undefined : 'true'}>
      {label ? <div className="dw-table-title">{label}</div> : null}
      <div ref={scrollRef} className="dw-table-scroll" tabIndex={design ? -1 : 0} onKeyDown={onKeyDown} aria-label={label ? `${label}: use the arrow keys to move between cells` : 'Table: use the arrow keys to move between cells'} role="region">
        <div style={paged ? undefined : { paddingTop: start * ROW_HEIGHT, paddingBottom: (order.length - end) * ROW_HEIGHT }}>
          <table aria-label={label || undefined} style={{ width: `max(100%, ${total}px)` }}>
            <colgroup>
              {rowSelection === 'none' ? null : <col style={{ width: 40 }} />}
              {widths.map((w, i) => (
                <col key={columns[i]!.id} style={{ width: w }} />
              ))}
            </colgroup>
            <Head columns={columns} sortBy={sortBy} sortable={sortable} filterable={filterable} selection={rowSelection} picked={picked} onSort={onSort} design={design} />
            <tbody onClick={design ? undefined : onCellClick}>
              {Array.from(windowRows, (i) => (
                <Row
                  key={i}
                  index={i}
                  row={data[i]}
                  columns={columns}
                  selection={rowSelection}
                  selected={selected.has(i)}
                  activeColumn={activeRow === i ? activeCell!.column : null}
                  radioName={radioName}
                  design={design}
                />
              ))}
            </tbody>
          </table>
        </div>
        {order.length === 0 ? <div className="dw-table-empty">{data.length === 0 ? 'No rows' : 'No rows match the filters'}</div> : null}
      </div>
      <div className="dw-table-footer">
        <span className="dw-table-count">{filtered ? `${count(order.length)} of ${count(data.length)} rows` : `${count(data.length)} ${data.length === 1 ? 'row' : 'rows'}`}</span>
        {paged ? (
          <div className="dw-table-pager">
            <button type="button" className="dw-table-page" disabled={page === 0} onClick={() => setProp('page', page - 1)} tabIndex={tab}>
              Previous page
            </button>
            <span className="dw-table-pages" aria-live="polite">
              Page {page + 1} of {pageCount}
            </span>
            <button type="button" className="dw-table-page" disabled={page >= pageCount - 1} onClick={() => setProp('page', page + 1)} tabIndex={tab}>
              Next page
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

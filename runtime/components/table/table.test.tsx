// @vitest-environment happy-dom
import { act, useState, type ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { dispatch, fire, flush, mount, mountComponent, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const people = [
  { name: 'Ada', age: 36, city: 'London' },
  { name: 'grace', age: 85, city: 'New York' },
  { name: 'Alan', age: 41, city: null },
  { name: 'Edsger', age: 72, city: 'Austin' },
  { name: 'Barbara', age: 12, city: 'Boston' },
];

/** A table whose setProp updates its own props, as the app runtime does. */
function Live({ initial, onSet }: { initial: Record<string, unknown>; onSet: (prop: string, value: unknown) => void }): ReactElement {
  const [props, setProps] = useState(() => builtinRegistry.withDefaults('table', initial));
  return (
    <ComponentFrame
      id="t"
      type="table"
      props={props}
      setProp={(prop, value) => {
        onSet(prop, value);
        setProps((p) => ({ ...p, [prop]: value }));
      }}
    />
  );
}

async function live(initial: Record<string, unknown>) {
  const onSet = vi.fn();
  mounted = await mount(<Live initial={initial} onSet={onSet} />);
  return { root: mounted.container.querySelector<HTMLElement>('#t')!, onSet };
}

async function frame(props: Record<string, unknown>, setProp = vi.fn()) {
  const result = await mountComponent('table', props, { setProp });
  mounted = result.mounted;
  return { root: result.root, setProp };
}

const column = (root: HTMLElement, id: string): string[] => [...root.querySelectorAll(`tbody td[data-col="${id}"]`)].map((td) => td.textContent ?? '');
const click = (el: Element) => dispatch(el, new MouseEvent('click', { bubbles: true }));
const button = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;

describe('table', () => {
  it('one th per column (the keys of the first row), one tbody tr per row', async () => {
    const { root } = await frame({ data: people });
    expect(root.querySelector('table')).not.toBeNull();
    expect([...root.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['name', 'age', 'city']);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(column(root, 'city')).toEqual(['London', 'New York', '', 'Austin', 'Boston']);
    expect(root.querySelector('td[data-col="age"]')!.className).toContain('dw-num');
  });

  it('sorts by clicking a header button: asc → desc → none; numbers numerically, text by locale, empty cells last', async () => {
    const { root, onSet } = await live({ data: people });
    const sortBy = (id: string) => root.querySelector(`th[data-col="${id}"] button`)!;
    await click(sortBy('age'));
    expect(onSet).toHaveBeenLastCalledWith('sortBy', [{ column: 'age', direction: 'asc' }]);
    expect(column(root, 'age')).toEqual(['12', '36', '41', '72', '85']);
    expect(root.querySelector('th[data-col="age"]')!.getAttribute('aria-sort')).toBe('ascending');
    await click(sortBy('age'));
    expect(column(root, 'age')).toEqual(['85', '72', '41', '36', '12']);
    expect(root.querySelector('th[data-col="age"]')!.getAttribute('aria-sort')).toBe('descending');
    await click(sortBy('age'));
    expect(onSet).toHaveBeenLastCalledWith('sortBy', []);
    expect(root.querySelector('th[aria-sort]')).toBeNull();
    await click(sortBy('name'));
    expect(column(root, 'name')).toEqual(['Ada', 'Alan', 'Barbara', 'Edsger', 'grace']);
    await click(sortBy('city'));
    await click(sortBy('city'));
    expect(column(root, 'city')).toEqual(['New York', 'London', 'Boston', 'Austin', '']);
  });

  it('sortBy set as a prop sorts, and marks its column', async () => {
    const { root } = await frame({ data: people, sortBy: [{ column: 'age', direction: 'desc' }] });
    expect(column(root, 'name')[0]).toBe('grace');
    expect(root.querySelectorAll('th[aria-sort]')).toHaveLength(1);
  });

  it('filters per column: "> 20" compares numbers, text matches case-insensitively, and the count says so', async () => {
    const data = Array.from({ length: 30 }, (_, i) => ({ id: i, label: i % 3 === 0 ? `Fizz ${i}` : `n${i}` }));
    const { root } = await live({ data, filterable: true, pageSize: 0 });
    const filter = (id: string) => root.querySelector<HTMLInputElement>(`thead input[data-filter="${id}"]`)!;
    expect(filter('id').getAttribute('aria-label')).toBe('Filter id');
    expect(root.querySelectorAll('th')).toHaveLength(2);
    await fire(filter('id'), '> 20');
    await flush();
    expect(column(root, 'id')).toEqual(['21', '22', '23', '24', '25', '26', '27', '28', '29']);
    expect(root.textContent).toContain('9 of 30 rows');
    await fire(filter('label'), 'fizz');
    await flush();
    expect(column(root, 'id')).toEqual(['21', '24', '27']);
    await fire(filter('id'), '<= 3');
    await flush();
    expect(column(root, 'id')).toEqual(['0', '3']);
    await fire(filter('label'), '');
    await fire(filter('id'), '7');
    await flush();
    expect(column(root, 'id')).toEqual(['7']);
    await fire(filter('id'), '!= 7');
    await flush();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(29);
  });

  it('pages: Previous page / Next page set page, "Page 2 of 3" with the row count', async () => {
    const data = Array.from({ length: 25 }, (_, i) => ({ n: i }));
    const { root, onSet } = await live({ data });
    expect(root.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(root.textContent).toContain('Page 1 of 3');
    expect(root.textContent).toContain('25 rows');
    expect(button(root, 'Previous page').disabled).toBe(true);
    await click(button(root, 'Next page'));
    expect(onSet).toHaveBeenLastCalledWith('page', 1);
    expect(root.textContent).toContain('Page 2 of 3');
    expect(column(root, 'n')[0]).toBe('10');
    await click(button(root, 'Next page'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(5);
    expect(button(root, 'Next page').disabled).toBe(true);
    await click(button(root, 'Previous page'));
    expect(onSet).toHaveBeenLastCalledWith('page', 1);
  });

  it('page set as a prop shows that page (clamped to the last)', async () => {
    const { root } = await frame({ data: Array.from({ length: 25 }, (_, i) => ({ n: i })), page: 9, pageSize: 5 });
    expect(root.textContent).toContain('Page 5 of 5');
    expect(column(root, 'n')).toEqual(['20', '21', '22', '23', '24']);
  });

  it('single selection: a radio first in each row sets selectedRows to that data index', async () => {
    const { root, onSet } = await live({ data: people, rowSelection: 'single', sortBy: [{ column: 'age', direction: 'asc' }] });
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.every((tr) => tr.querySelector('td input')?.getAttribute('type') === 'radio')).toBe(true);
    const radio = rows[0]!.querySelector<HTMLInputElement>('input')!; // Barbara, index 4
    await dispatch(radio, (radio.checked = true, new Event('change', { bubbles: true })));
    expect(onSet).toHaveBeenLastCalledWith('selectedRows', [4]);
    expect(rows[0]!.getAttribute('data-selected')).toBe('true');
    expect(root.querySelectorAll('th')).toHaveLength(3);
  });

  it('multi selection: checkboxes toggle rows; the header checkbox selects every shown row', async () => {
    const data = Array.from({ length: 12 }, (_, i) => ({ n: i }));
    const { root, onSet } = await live({ data, rowSelection: 'multi', pageSize: 5, selectedRows: [11] });
    const boxes = () => [...root.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')];
    await dispatch(boxes()[2]!, (boxes()[2]!.checked = true, new Event('change', { bubbles: true })));
    expect(onSet).toHaveBeenLastCalledWith('selectedRows', [2, 11]);
    const all = root.querySelector<HTMLInputElement>('thead input[type=checkbox]')!;
    expect(all.indeterminate).toBe(true);
    await dispatch(all, (all.checked = true, new Event('change', { bubbles: true })));
    expect(onSet).toHaveBeenLastCalledWith('selectedRows', [0, 1, 2, 3, 4, 11]);
    expect(boxes().every((b) => b.checked)).toBe(true);
    await dispatch(all, (all.checked = false, new Event('change', { bubbles: true })));
    expect(onSet).toHaveBeenLastCalledWith('selectedRows', [11]);
  });

  it('a real click on a row checkbox selects it (React does not put the checkbox back before the change event)', async () => {
    const { root, onSet } = await live({ data: people, rowSelection: 'multi' });
    const box = root.querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')[1]!;
    await act(async () => box.click());
    expect(onSet).toHaveBeenLastCalledWith('selectedRows', [1]);
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(onSet).toHaveBeenLastCalledWith('selectedRows', []);
    expect(box.checked).toBe(false);
  });

  it('callbacks see data as Array<Record<string, unknown>>', () => {
    expect(builtinRegistry.catalog.get('table')!.propTsType('data')).toBe('Array<Record<string, unknown>>');
    expect(builtinRegistry.catalog.get('table')!.propTsType('activeCell')).toBe('TableCell | null');
  });

  it('active cell: a click sets { row, column } (row = index into data); arrow keys move it', async () => {
    const { root, onSet } = await live({ data: people, sortBy: [{ column: 'age', direction: 'asc' }] });
    const td = root.querySelectorAll('tbody tr')[1]!.querySelector('td[data-col="name"]')!; // Ada, index 0
    await click(td);
    expect(onSet).toHaveBeenLastCalledWith('activeCell', { row: 0, column: 'name' });
    expect(td.getAttribute('data-active')).toBe('true');
    const key = (k: string) => dispatch(root.querySelector('td[data-active="true"]')!, new KeyboardEvent('keydown', { key: k, bubbles: true }));
    await key('ArrowDown');
    expect(onSet).toHaveBeenLastCalledWith('activeCell', { row: 2, column: 'name' }); // Alan, 41
    await key('ArrowRight');
    expect(onSet).toHaveBeenLastCalledWith('activeCell', { row: 2, column: 'age' });
    await key('ArrowUp');
    await key('ArrowUp');
    await key('ArrowUp');
    expect(onSet).toHaveBeenLastCalledWith('activeCell', { row: 4, column: 'age' });
    expect(document.activeElement?.getAttribute('data-active')).toBe('true');
  });

  it('number formats per column with d3-format; numeric columns by type', async () => {
    const { root } = await frame({
      data: [{ price: 1234.5, share: 0.256, code: '7' }],
      columns: [{ id: 'price', name: 'Price', format: '$,.2f' }, { id: 'share', name: 'Share', format: { specifier: '.1%' } }, { id: 'code', type: 'numeric' }, { id: 'bad', format: 'not a format' }],
    });
    expect([...root.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Price', 'Share', 'code', 'bad']);
    expect([...root.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['$1,234.50', '25.6%', '7', '']);
    expect(root.querySelector('td[data-col="code"]')!.className).toContain('dw-num');
  });

  it('renders rows of mixed shapes: missing cells blank, objects as JSON', async () => {
    const { root } = await frame({ data: [{ a: 1, b: 'x' }, { b: { deep: [1, 2] } }, {}, { a: true, c: 'not shown' }, { a: null, b: [1, 'two'] }] });
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([['1', 'x'], ['', '{"deep":[1,2]}'], ['', ''], ['true', ''], ['', '[1,"two"]']]);
  });

  it('pageSize 0 virtualizes: 100,000 rows render far fewer tr, and padding keeps the scroll height', async () => {
    const data = Array.from({ length: 100_000 }, (_, i) => ({ i, v: (i * 7919) % 1000 }));
    const { root, onSet } = await live({ data, pageSize: 0 });
    const trs = root.querySelectorAll('tbody tr');
    expect(trs.length).toBeGreaterThan(10);
    expect(trs.length).toBeLessThan(100);
    expect(root.textContent).toContain('100,000 rows');
    expect(root.textContent).not.toContain('Next page');
    const sizer = root.querySelector<HTMLElement>('.dw-table-scroll > div')!;
    expect(parseInt(sizer.style.paddingBottom)).toBe((100_000 - trs.length) * 34);
    await click(root.querySelector('th[data-col="v"] button')!);
    await click(root.querySelector('th[data-col="v"] button')!);
    expect(onSet).toHaveBeenLastCalledWith('sortBy', [{ column: 'v', direction: 'desc' }]);
    expect(column(root, 'v').slice(0, 3)).toEqual(['999', '999', '999']);
    const scroller = root.querySelector<HTMLElement>('.dw-table-scroll')!;
    scroller.scrollTop = 34 * 50_000;
    await dispatch(scroller, new Event('scroll'));
    const first = Number(root.querySelector('tbody tr')!.getAttribute('data-row'));
    expect(root.querySelectorAll('tbody tr').length).toBeLessThan(100);
    expect(parseInt(sizer.style.paddingTop)).toBeGreaterThan(34 * 49_000);
    expect(first).not.toBe(Number(trs[0]!.getAttribute('data-row')));
    // Arrow keys on the scroll area start at the first row in view and scroll the active row into view.
    await dispatch(scroller, new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    const active = onSet.mock.calls.at(-1)!;
    expect(active[0]).toBe('activeCell');
    expect(document.activeElement).toBe(scroller);
    expect(root.querySelector('td[data-active="true"]')).not.toBeNull();
    for (let i = 0; i < 40; i++) await dispatch(scroller, new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(root.querySelector('td[data-active="true"]')).not.toBeNull();
  });

  it('design mode: controls are out of the tab order and clicks change nothing', async () => {
    const result = await mountComponent('table', { rowSelection: 'multi', filterable: true }, { mode: 'design' });
    mounted = result.mounted;
    const focusable = [...result.root.querySelectorAll<HTMLElement>('input, button, .dw-table-scroll')];
    expect(focusable.length).toBeGreaterThan(3);
    expect(focusable.every((el) => el.tabIndex === -1)).toBe(true);
    expect(result.root.querySelectorAll('tbody tr')).toHaveLength(3); // the default sample rows
  });
});

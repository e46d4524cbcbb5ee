import { describe, expect, it } from 'vitest';
import { filteredOrder, nextSort, parseFilter, resolveColumns, sortedOrder } from './model';

const data = [{ v: 3, t: 'b' }, { v: null, t: 'B2' }, { v: 10, t: 'a10' }, { t: 'a2' }, { v: 1, t: null }, { v: 'x', t: 'c' }];
const sorted = (column: string, direction: 'asc' | 'desc') => [...sortedOrder(data, [{ column, direction }])];

describe('table model', () => {
  it('sorts numbers numerically, text by collation (numeric-aware, case-insensitive), empty cells last both ways', () => {
    expect(sorted('v', 'asc')).toEqual([4, 0, 2, 5, 1, 3]);
    expect(sorted('v', 'desc')).toEqual([2, 0, 4, 5, 1, 3]);
    expect(sorted('t', 'asc')).toEqual([3, 2, 0, 1, 5, 4]);
    expect(sorted('t', 'desc')).toEqual([5, 1, 0, 2, 3, 4]);
    expect([...sortedOrder([{ a: 1, b: 2 }, { a: 1, b: 1 }, { a: 0, b: 3 }], [{ column: 'a', direction: 'asc' }, { column: 'b', direction: 'asc' }])]).toEqual([2, 1, 0]);
  });

  it('parses filters as Dash users type them', () => {
    const [num, text] = resolveColumns([{ id: 'n' }, { id: 's' }], [{ n: 5, s: 'Paris' }]);
    const keep = (f: string, col: typeof num, values: unknown[]) => values.filter((v) => parseFilter(f, col!)!(v));
    expect(num!.numeric).toBe(true);
    expect(text!.numeric).toBe(false);
    expect(keep('>= 5', num, [4, 5, 6, null])).toEqual([5, 6]);
    expect(keep('< 3', num, [2, 3, '1'])).toEqual([2, '1']);
    expect(keep('= 4', num, [4, 40])).toEqual([4]);
    expect(keep('!= 4', num, [4, 40, null])).toEqual([40, null]);
    expect(keep('4', num, [4, 40])).toEqual([4]);
    expect(keep('4', text, ['a4', 'b'])).toEqual(['a4']);
    expect(keep('PAR', text, ['Paris', 'Lyon', null])).toEqual(['Paris']);
    expect(keep('= paris', text, ['Paris', 'Parisian'])).toEqual(['Paris']);
    expect(parseFilter('  ', text!)).toBeNull();
    expect(parseFilter('> ', num!)).toBeNull();
    const tests = [['n', parseFilter('> 1', num!)!] as const];
    expect([...filteredOrder(new Uint32Array([2, 0, 1]), [{ n: 1 }, { n: 2 }, { n: 3 }], tests)]).toEqual([2, 1]);
  });

  it('cycles a header click asc → desc → none; shift adds or cycles a key and keeps the others', () => {
    expect(nextSort([], 'a', false)).toEqual([{ column: 'a', direction: 'asc' }]);
    expect(nextSort([{ column: 'a', direction: 'asc' }], 'a', false)).toEqual([{ column: 'a', direction: 'desc' }]);
    expect(nextSort([{ column: 'a', direction: 'desc' }], 'a', false)).toEqual([]);
    expect(nextSort([{ column: 'a', direction: 'asc' }], 'b', false)).toEqual([{ column: 'b', direction: 'asc' }]);
    expect(nextSort([{ column: 'a', direction: 'asc' }], 'b', true)).toEqual([{ column: 'a', direction: 'asc' }, { column: 'b', direction: 'asc' }]);
    expect(nextSort([{ column: 'a', direction: 'desc' }, { column: 'b', direction: 'asc' }], 'a', true)).toEqual([{ column: 'b', direction: 'asc' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyPatch, isPatchUpdate, mergeUpdate, Patch, PatchError } from './patch';
import { baseContext, callOutcome, type ErrorOutcome } from './callbackResult';
import { toJsonSafe } from './jsonSafe';

const wire = (p: Patch) => JSON.parse(JSON.stringify(p)) as { $patch: unknown[] };
const apply = (value: unknown, p: Patch) => applyPatch(value, wire(p) as never);
const thrown = (err: unknown): ErrorOutcome => ({ kind: 'error', message: `thrown: ${String(err)}` });

describe('Patch', () => {
  it('travels as its operations only', () => {
    const p = new Patch().append(['data', 0, 'x'], 5).insert(['items'], 1, 'b').delete(['layout', 'title']);
    expect(wire(p)).toEqual({
      $patch: [
        { op: 'append', path: ['data', 0, 'x'], value: 5 },
        { op: 'insert', path: ['items'], index: 1, value: 'b' },
        { op: 'delete', path: ['layout', 'title'] },
      ],
    });
    expect(isPatchUpdate(wire(p))).toBe(true);
    expect(isPatchUpdate({ $patch: [{ op: 'append', path: [] }], other: 1 })).toBe(false);
    expect(isPatchUpdate({ $patch: [{ op: 'explode', path: [] }] })).toBe(false);
    expect(isPatchUpdate([1])).toBe(false);
  });

  it("applies Dash's operations, leaving the value it started from as it was", () => {
    const start = { list: [1, 2, 3, 2], obj: { a: 1 }, fig: { data: [{ x: [0, 1] }], layout: { title: 't' } } };
    const frozen = JSON.stringify(start);
    const cases: Array<[Patch, unknown]> = [
      [new Patch().append(['list'], 4), [1, 2, 3, 2, 4]],
      [new Patch().prepend(['list'], 0), [0, 1, 2, 3, 2]],
      [new Patch().insert(['list'], 1, 9), [1, 9, 2, 3, 2]],
      [new Patch().insert(['list'], -1, 9), [1, 2, 3, 9, 2]],
      [new Patch().insert(['list'], 99, 9), [1, 2, 3, 2, 9]],
      [new Patch().extend(['list'], [7, 8]), [1, 2, 3, 2, 7, 8]],
      [new Patch().remove(['list'], 2), [1, 3]],
      [new Patch().clear(['list']), []],
      [new Patch().reverse(['list']), [2, 3, 2, 1]],
      [new Patch().assign(['list', 0], 'one'), ['one', 2, 3, 2]],
      [new Patch().assign(['list', -1], 'last'), [1, 2, 3, 'last']],
      [new Patch().delete(['list', 1]), [1, 3, 2]],
    ];
    for (const [p, list] of cases) expect((apply(start, p) as { list: unknown }).list, JSON.stringify(wire(p))).toEqual(list);
    expect(apply(start, new Patch().merge(['obj'], { b: 2 }))).toMatchObject({ obj: { a: 1, b: 2 } });
    expect(apply(start, new Patch().delete(['obj', 'a']))).toMatchObject({ obj: {} });
    expect(apply(start, new Patch().append(['fig', 'data', 0, 'x'], 2).assign(['fig', 'layout', 'title'], 'u'))).toMatchObject({ fig: { data: [{ x: [0, 1, 2] }], layout: { title: 'u' } } });
    expect(apply(start, new Patch().assign([], 5))).toBe(5);
    expect(JSON.stringify(start)).toBe(frozen);
    // Untouched branches are shared, not copied.
    const after = apply(start, new Patch().append(['list'], 4)) as typeof start;
    expect(after.fig).toBe(start.fig);
  });

  it('creates missing objects and lists on the way; says where an operation does not fit', () => {
    expect(applyPatch(undefined, wire(new Patch().append(['a', 'b'], 1)) as never)).toEqual({ a: { b: [1] } });
    expect(applyPatch(null, wire(new Patch().merge([], { a: 1 })) as never)).toEqual({ a: 1 });
    expect(() => applyPatch({ s: 'text' }, wire(new Patch().append(['s'], 1)) as never)).toThrow(PatchError);
    expect(() => applyPatch({ s: 'text' }, wire(new Patch().append(['s'], 1)) as never)).toThrow(/append: s is a string, not a list/);
    expect(() => applyPatch({ l: [1] }, wire(new Patch().assign(['l', 3], 1)) as never)).toThrow(/index 3 is outside the list at l/);
    expect(() => new Patch().append('x' as never, 1)).toThrow(/array of keys/);
    expect(() => new Patch().delete([])).toThrow(/assign\(\[\], null\)/);
  });

  it('merges two updates of one prop: patches concatenate, a patch after a value applies to it', () => {
    const a = wire(new Patch().append([], 1));
    const b = wire(new Patch().append([], 2));
    expect(mergeUpdate(a, b)).toEqual({ $patch: [...a.$patch, ...b.$patch] });
    expect(mergeUpdate([0], b)).toEqual([0, 2]);
    expect(mergeUpdate(a, [9])).toEqual([9]);
  });

  it('is made JSON-safe (values checked) and returned from a callback as an output', async () => {
    expect(() => toJsonSafe(new Patch().append([], 1n), 'out')).toThrow(/bigint/);
    const ctx = baseContext([], {});
    expect(await callOutcome(() => ctx.patch().append(['x'], new Date(0)), ['figure'], thrown, ctx)).toEqual({
      kind: 'ok',
      outputs: { figure: { $patch: [{ op: 'append', path: ['x'], value: '1970-01-01T00:00:00.000Z' }] } },
    });
  });
});

describe('ctx.setProps', () => {
  it('travels with the outcome, JSON-safe, the last call for a prop winning', async () => {
    const ctx = baseContext([], {});
    const outcome = await callOutcome(
      () => {
        ctx.setProps('a', { text: 'one', hidden: undefined });
        ctx.setProps('a', { text: 'two' });
        ctx.setProps('fig', { figure: ctx.patch().append(['data'], 1), when: new Date(0) });
        return 'out';
      },
      ['text'],
      thrown,
      ctx,
    );
    expect(outcome).toEqual({
      kind: 'ok',
      outputs: { text: 'out' },
      setProps: { 'a.text': 'two', 'fig.figure': { $patch: [{ op: 'append', path: ['data'], value: 1 }] }, 'fig.when': '1970-01-01T00:00:00.000Z' },
    });
  });

  it('a callback without outputs: its return value is ignored; prevented or failed runs set nothing', async () => {
    const ctx = () => baseContext([], {});
    const c1 = ctx();
    expect(await callOutcome(() => { c1.setProps('a', { text: 'x' }); return 42; }, [], thrown, c1)).toEqual({ kind: 'ok', outputs: {}, setProps: { 'a.text': 'x' } });
    const c2 = ctx();
    expect(await callOutcome(() => { c2.setProps('a', { text: 'x' }); c2.preventUpdate(); }, [], thrown, c2)).toEqual({ kind: 'prevented' });
    const c3 = ctx();
    expect((await callOutcome(() => { c3.setProps('a', { text: 'x' }); throw new Error('no'); }, [], thrown, c3)).kind).toBe('error');
    const c4 = ctx();
    expect(await callOutcome(() => c4.setProps('a', { n: 1n } as never), [], thrown, c4)).toMatchObject({ kind: 'error', message: expect.stringContaining('ctx.setProps("a").n is a bigint') });
    const c5 = ctx();
    const { setProps } = c5;
    expect(await callOutcome(() => setProps('b', { value: 1 }), [], thrown, c5)).toEqual({ kind: 'ok', outputs: {}, setProps: { 'b.value': 1 } });
  });
});

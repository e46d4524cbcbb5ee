import { describe, expect, it } from 'vitest';
import { baseContext, callOutcome, type ErrorOutcome } from './callbackResult';

const thrown = (err: unknown): ErrorOutcome => ({ kind: 'error', message: `thrown: ${String(err)}` });
const ctx = baseContext([], {});

describe('what a callback call comes to', () => {
  it('noUpdate, a missing key and preventUpdate leave outputs unchanged; preventUpdate is not an error', async () => {
    expect(await callOutcome(() => ctx.noUpdate, ['text'], thrown)).toEqual({ kind: 'ok', outputs: {} });
    expect(await callOutcome(() => ({ a: ctx.noUpdate, b: 2 }), ['a', 'b', 'c'], thrown)).toEqual({ kind: 'ok', outputs: { b: 2 } });
    expect(await callOutcome(() => ctx.preventUpdate(), ['text'], thrown)).toEqual({ kind: 'prevented' });
    expect(await callOutcome(async () => new Date(0), ['text'], thrown)).toEqual({ kind: 'ok', outputs: { text: '1970-01-01T00:00:00.000Z' } });
  });

  it('a result that does not fit the outputs is an error without a stack; anything thrown goes to the runner', async () => {
    expect(await callOutcome(() => ({ x: 1 }), ['a', 'b'], thrown)).toMatchObject({ kind: 'error', message: expect.stringContaining('"x", which is not an output') });
    expect(await callOutcome(() => undefined, ['text'], thrown)).toEqual({ kind: 'error', message: expect.stringContaining('returned undefined') });
    expect(await callOutcome(() => Promise.reject('nope'), ['text'], thrown)).toEqual({ kind: 'error', message: 'thrown: nope' });
  });
});

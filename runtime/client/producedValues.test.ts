import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportProducedValues } from './producedValues';
import { createStore, initialState, type RuntimeState } from './store';
import type { AppSpec } from '../contracts/spec';

const spec = (name: string) => ({ name }) as unknown as AppSpec;

describe('reportProducedValues', () => {
  afterEach(() => vi.useRealTimers());

  it('sends the props the app changed since the spec loaded, batched, and starts over on a reload', () => {
    vi.useFakeTimers();
    const store = createStore(initialState);
    const sent: unknown[] = [];
    reportProducedValues(store, (m) => sent.push(m), 100);
    const loaded: RuntimeState['components'] = { out: { text: '' }, n: { value: 3, label: 'N' } };
    store.update((s) => ({ ...s, spec: spec('a'), components: loaded }));
    store.update((s) => ({ ...s, components: { ...s.components, out: { text: 'twice 3 is 6' } } }));
    store.update((s) => ({ ...s, components: { ...s.components, n: { ...s.components.n, value: 7 } } }));
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([{ reset: true, values: { out: { text: 'twice 3 is 6' }, n: { value: 7 } } }]);

    // Only what changed since travels next time; a label left alone never does.
    store.update((s) => ({ ...s, components: { ...s.components, out: { text: 'twice 7 is 14' } } }));
    vi.advanceTimersByTime(100);
    expect(sent[1]).toEqual({ reset: false, values: { out: { text: 'twice 7 is 14' } } });

    // A reload: the new spec's props are the start, earlier values are forgotten.
    store.update((s) => ({ ...s, spec: spec('b'), components: { out: { text: 'x' } } }));
    vi.advanceTimersByTime(100);
    expect(sent[2]).toEqual({ reset: true, values: {} });
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(3);
  });

  it('keeps going when a value cannot be posted', () => {
    vi.useFakeTimers();
    const store = createStore(initialState);
    const post = vi.fn().mockImplementationOnce(() => {
      throw new Error('DataCloneError');
    });
    reportProducedValues(store, post, 10);
    store.update((s) => ({ ...s, spec: spec('a'), components: { a: { v: 1 } } }));
    vi.advanceTimersByTime(10);
    store.update((s) => ({ ...s, components: { a: { v: 2 } } }));
    vi.advanceTimersByTime(10);
    expect(post).toHaveBeenLastCalledWith({ reset: false, values: { a: { v: 2 } } });
  });
});

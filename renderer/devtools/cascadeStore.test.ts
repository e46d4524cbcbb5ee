// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parsePreviewMessage } from '../../runtime/contracts/previewMessages';
import { listenToPreview, MAX_CASCADES, useCascades, type Cascade } from './cascadeStore';

const CASCADE_MESSAGE = 'dashwright:cascade';
const OPEN_CALLBACK_MESSAGE = 'dashwright:open-callback';
const parseCascadeMessage = (data: unknown): Cascade | null => parsePreviewMessage(CASCADE_MESSAGE, data)?.record ?? null;

function record(seq: number, over: Partial<Cascade> = {}): Cascade {
  return {
    seq,
    initial: false,
    trigger: ['year.value'],
    startedAt: 1_700_000_000_000 + seq,
    ms: 12.5,
    ran: [
      { callback: 'select_rows', placement: 'server', ms: 3 + seq },
      { callback: 'draw', placement: 'server', ms: 8, cache: 'hit' },
    ],
    requests: 1,
    errors: [],
    ...over,
  };
}

function post(target: Window, data: unknown, source: unknown): void {
  const event = new MessageEvent('message', { data });
  Object.defineProperty(event, 'source', { value: source });
  target.dispatchEvent(event);
}

beforeEach(() => useCascades.getState().clear());

describe('the cascade store', () => {
  it('keeps the last MAX_CASCADES cascades, oldest first, each with its own key', () => {
    const { add } = useCascades.getState();
    for (let i = 1; i <= MAX_CASCADES + 7; i++) add(record(i));
    const { cascades } = useCascades.getState();
    expect(cascades).toHaveLength(MAX_CASCADES);
    expect(cascades[0]!.seq).toBe(8);
    expect(cascades.at(-1)!.seq).toBe(MAX_CASCADES + 7);
    expect(new Set(cascades.map((c) => c.key)).size).toBe(MAX_CASCADES);
  });

  it('remembers each callback’s last run (duration, trigger, cache, failure) and duration', () => {
    const { add } = useCascades.getState();
    add(record(1, { initial: true, trigger: [], ran: [{ callback: 'summarize', placement: 'client', ms: 0.4 }] }));
    add(record(2, { errors: ['draw'] }));
    const { last, durations } = useCascades.getState();
    expect(last.summarize).toMatchObject({ ms: 0.4, placement: 'client', initial: true, trigger: [], failed: false });
    expect(last.draw).toMatchObject({ ms: 8, cache: 'hit', trigger: ['year.value'], failed: true });
    expect(durations).toEqual({ summarize: 0.4, select_rows: 5, draw: 8 });
    useCascades.getState().clear();
    expect(useCascades.getState()).toMatchObject({ cascades: [], last: {}, durations: {} });
  });

  it('parses only well-formed cascade messages', () => {
    expect(parseCascadeMessage({ type: CASCADE_MESSAGE, record: record(1) })).toMatchObject({ seq: 1, ran: [{ callback: 'select_rows' }, { cache: 'hit' }] });
    expect(parseCascadeMessage({ type: 'other', record: record(1) })).toBeNull();
    expect(parseCascadeMessage({ type: CASCADE_MESSAGE })).toBeNull();
    expect(parseCascadeMessage({ type: CASCADE_MESSAGE, record: { ...record(1), ran: [{ callback: 'x', placement: 'moon', ms: 1 }] } })).toBeNull();
    expect(parseCascadeMessage({ type: CASCADE_MESSAGE, record: { ...record(1), ms: 'fast' } })).toBeNull();
    expect(parseCascadeMessage('dashwright:cascade')).toBeNull();
    expect(parseCascadeMessage(null)).toBeNull();
    // What the runtime records about background jobs reaches the editor too.
    const withJob = record(2, { background: ['slow'], ran: [{ callback: 'slow', placement: 'server', ms: 900, background: true }] });
    expect(parseCascadeMessage({ type: CASCADE_MESSAGE, record: withJob })).toEqual(withJob);
  });

  it('listens to the preview frame only and ignores foreign messages', () => {
    const frame = {} as Window;
    const other = {} as Window;
    const onCascade = vi.fn();
    const onOpenCallback = vi.fn();
    const stop = listenToPreview(window, () => frame, { onCascade, onOpenCallback });
    post(window, { type: CASCADE_MESSAGE, record: record(1) }, frame);
    post(window, { type: CASCADE_MESSAGE, record: record(2) }, other); // another frame
    post(window, { type: CASCADE_MESSAGE, record: record(3) }, null); // e.g. the editor itself
    post(window, { type: 'webpackOk' }, frame); // shape not ours
    post(window, { type: OPEN_CALLBACK_MESSAGE, callback: 'draw' }, frame);
    post(window, { type: OPEN_CALLBACK_MESSAGE, callback: 'evil' }, other);
    expect(onCascade).toHaveBeenCalledTimes(1);
    expect(onCascade.mock.calls[0]![0]).toMatchObject({ seq: 1 });
    expect(onOpenCallback.mock.calls).toEqual([['draw']]);
    stop();
    post(window, { type: CASCADE_MESSAGE, record: record(4) }, frame);
    expect(onCascade).toHaveBeenCalledTimes(1);
  });

  it('ignores everything while there is no preview frame', () => {
    const onCascade = vi.fn();
    const stop = listenToPreview(window, () => null, { onCascade, onOpenCallback: vi.fn() });
    post(window, { type: CASCADE_MESSAGE, record: record(1) }, null);
    expect(onCascade).not.toHaveBeenCalled();
    stop();
  });
});

import { describe, expect, it } from 'vitest';
import type { WorkerAnswer, WorkerCall } from '../callbackWorkerProtocol';
import { createCallbackWorkerRunner } from '../callbackWorkerRunner';

/** A stand-in for a Web Worker: records what it is sent; the test answers for it. */
function fakeWorkers() {
  const made: Array<{ sent: WorkerCall[]; terminated: boolean; answer(seq: number, outcome: WorkerAnswer['outcome']): void }> = [];
  const create = () => {
    const w = {
      sent: [] as WorkerCall[],
      terminated: false,
      onmessage: null as ((e: MessageEvent<WorkerAnswer>) => void) | null,
      onerror: null as ((e: ErrorEvent) => void) | null,
      postMessage(call: WorkerCall) {
        w.sent.push(call);
      },
      terminate() {
        w.terminated = true;
      },
      answer(seq: number, outcome: WorkerAnswer['outcome']) {
        w.onmessage?.({ data: { seq, outcome } } as MessageEvent<WorkerAnswer>);
      },
    };
    made.push(w);
    return w;
  };
  return { made, create };
}

const call = (callback: string) => ({ moduleUrl: 'http://app.test/cb.js', callback, args: { n: 1 }, triggered: [], outputs: ['text'] });

describe('client callback worker runner', () => {
  it('runs calls one at a time in one worker, each getting its own answer', async () => {
    const { made, create } = fakeWorkers();
    const runner = createCallbackWorkerRunner('/w.js', create);
    const a = runner.run(call('a'), 1000);
    const b = runner.run(call('b'), 1000);
    await Promise.resolve();
    expect(made).toHaveLength(1);
    expect(made[0].sent.map((c) => c.callback)).toEqual(['a']); // b waits for a
    made[0].answer(made[0].sent[0].seq, { kind: 'ok', outputs: { text: 'A' } });
    expect(await a).toEqual({ kind: 'ok', outputs: { text: 'A' } });
    await Promise.resolve();
    made[0].answer(made[0].sent[1].seq, { kind: 'prevented' });
    expect(await b).toEqual({ kind: 'prevented' });
  });

  it('stops a call that runs past its limit, says so, and starts a new worker for the next', async () => {
    const { made, create } = fakeWorkers();
    const runner = createCallbackWorkerRunner('/w.js', create);
    expect(await runner.run(call('spin'), 30)).toEqual({ kind: 'error', message: 'client callback "spin" ran longer than its 30 ms time limit and was stopped' });
    expect(made[0].terminated).toBe(true);
    const next = runner.run(call('ok'), 1000);
    await Promise.resolve();
    expect(made).toHaveLength(2);
    made[1].answer(made[1].sent[0].seq, { kind: 'ok', outputs: { text: 'fine' } });
    expect(await next).toEqual({ kind: 'ok', outputs: { text: 'fine' } });
  });

  it('answers with an error when the worker itself fails (e.g. its script cannot load)', async () => {
    const { made, create } = fakeWorkers();
    const runner = createCallbackWorkerRunner('/w.js', create);
    const pending = runner.run(call('a'), 1000);
    await Promise.resolve();
    const worker = made[0] as unknown as { onerror: (e: Partial<ErrorEvent>) => void };
    worker.onerror({ message: 'Failed to fetch', preventDefault() {} });
    expect(await pending).toEqual({ kind: 'error', message: 'the client callback worker failed: Failed to fetch' });
    expect(made[0].terminated).toBe(true);
  });
});

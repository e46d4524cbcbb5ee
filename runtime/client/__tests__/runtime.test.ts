import { describe, expect, it, vi } from 'vitest';
import { createAppRuntime } from '../runtime';
import type { ClientCallback, ClientCallbackContext } from '../clientCallbacks';
import { appSpec, BASE, cb, comp, deferred, fakeServer, type ServerFn } from './fakeServer';

function setup(spec: ReturnType<typeof appSpec>, serverFns: Record<string, ServerFn>, clientFns: Record<string, ClientCallback> = {}) {
  const server = fakeServer(spec, serverFns);
  const logger = { error: vi.fn() };
  const imports: string[] = [];
  const runtime = createAppRuntime({
    baseUrl: BASE,
    fetch: server.fetch,
    logger,
    importModule: async (url) => {
      imports.push(url);
      return { default: clientFns };
    },
  });
  return { server, runtime, logger, imports };
}

describe('initial load', () => {
  it('fetches the spec, fills defaults and runs the initial cascade on the server', async () => {
    const spec = appSpec([comp('n', 'slider', { value: 3 }), comp('out', 'text', { text: '' })], [cb('double', ['n.value'], ['out.text'])]);
    const { server, runtime } = setup(spec, { double: ({ value }) => `twice ${String(value)} is ${Number(value) * 2}` });
    await runtime.load();
    expect(runtime.getState().status).toBe('ready');
    expect(runtime.get('n.max')).toBe(10); // default from the model
    expect(server.requests).toEqual([{ changed: [], values: { 'n.value': 3 }, callbacks: ['double'], initial: true }]);
    expect(runtime.get('out.text')).toBe('twice 3 is 6');
  });

  it('skips preventInitialCall callbacks on load', async () => {
    const spec = appSpec([comp('b', 'button'), comp('out', 'text')], [cb('clicked', ['b.clicks'], ['out.text'], { preventInitialCall: true })]);
    const { server, runtime } = setup(spec, { clicked: ({ clicks }) => `clicked ${String(clicks)}` });
    await runtime.load();
    expect(server.requests).toHaveLength(0);
    await runtime.setProp('b.clicks', 1);
    expect(runtime.get('out.text')).toBe('clicked 1');
  });

  it('reports a spec that cannot be loaded', async () => {
    const runtime = createAppRuntime({ baseUrl: BASE, fetch: async () => new Response('{"error":"boom"}', { status: 500 }), logger: { error: vi.fn() } });
    await runtime.load();
    expect(runtime.getState()).toMatchObject({ status: 'failed', loadError: 'HTTP 500: boom' });
  });
});

describe('cascades', () => {
  // n ─S1→ a ─C1→ b ─S2→ c, and n ─S3→ d independent of the client step
  const spec = appSpec(
    [comp('n', 'slider', { value: 1 }), comp('a', 'text'), comp('b', 'text'), comp('c', 'text'), comp('d', 'text')],
    [
      cb('S1', ['n.value'], ['a.text']),
      cb('C1', ['a.text'], ['b.text'], { placement: 'client' }),
      cb('S2', ['b.text'], ['c.text']),
      cb('S3', ['n.value'], ['d.text']),
    ],
    { clientCallbacksUrl: 'client-callbacks.js' },
  );
  const serverFns: Record<string, ServerFn> = {
    S1: ({ value }) => `a${String(value)}`,
    S2: ({ text }) => `c(${String(text)})`,
    S3: ({ value }) => `d${String(value)}`,
  };

  it('runs in dependency order and batches server callbacks around the client one', async () => {
    const order: string[] = [];
    const { server, runtime, imports } = setup(spec, serverFns, {
      C1: ({ text }) => {
        order.push('client:C1');
        return `b(${String(text)})`;
      },
    });
    await runtime.load();
    server.requests.length = 0;
    server.log.length = 0;
    order.length = 0;

    await runtime.setProp('n.value', 4);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]).toEqual({ changed: ['n.value'], values: { 'n.value': 4 }, callbacks: ['S1', 'S3'] });
    expect(server.requests[1]).toEqual({ changed: ['b.text'], values: { 'b.text': 'b(a4)' }, callbacks: ['S2'] });
    expect(runtime.get('c.text')).toBe('c(b(a4))');
    expect(runtime.get('d.text')).toBe('d4');
    expect(imports).toEqual([`${BASE}/client-callbacks.js?v=r1`]);
  });

  it('sends a server-only chain as one request', async () => {
    const chain = appSpec(
      [comp('n', 'slider'), comp('a', 'text'), comp('b', 'text')],
      [cb('first', ['n.value'], ['a.text']), cb('second', ['a.text'], ['b.text'], { state: ['n.value'] })],
    );
    const { server, runtime } = setup(chain, { first: ({ value }) => `v${String(value)}`, second: ({ text, value }) => `${String(text)}/${String(value)}` });
    await runtime.load();
    expect(server.requests).toHaveLength(1);
    await runtime.setProp('n.value', 8);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toMatchObject({ callbacks: ['first', 'second'], values: { 'n.value': 8, 'a.text': 'v5' } });
    expect(runtime.get('b.text')).toBe('v8/8');
  });

  it('never lets an older response overwrite a newer cascade', async () => {
    const { server, runtime } = setup(
      appSpec([comp('n', 'slider'), comp('out', 'text')], [cb('echo', ['n.value'], ['out.text'])]),
      { echo: ({ value }) => `n=${String(value)}` },
    );
    await runtime.load();
    const slow = deferred();
    server.holdWhen((req) => (req.values['n.value'] === 1 ? slow.promise : undefined));
    const first = runtime.setProp('n.value', 1);
    const second = runtime.setProp('n.value', 2);
    await second;
    expect(runtime.get('out.text')).toBe('n=2');
    slow.resolve();
    await first;
    expect(runtime.get('out.text')).toBe('n=2');
  });

  it('does not rerun for a value that did not change', async () => {
    const { server, runtime } = setup(appSpec([comp('n', 'slider'), comp('out', 'text')], [cb('echo', ['n.value'], ['out.text'])]), { echo: () => 'x' });
    await runtime.load();
    await runtime.setProp('n.value', 5);
    expect(server.requests).toHaveLength(1);
  });
});

describe('client callbacks', () => {
  const spec = appSpec(
    [comp('n', 'slider', { value: 1 }), comp('a', 'text', { text: 'A0' }), comp('b', 'text', { text: 'B0' }), comp('c', 'text', { text: 'C0' }), comp('d', 'text')],
    [
      {
        id: 'multi',
        placement: 'client',
        inputs: [{ id: 'n', prop: 'value', as: 'n' }],
        state: [{ id: 'c', prop: 'text', as: 'c' }],
        outputs: [
          { id: 'a', prop: 'text', as: 'a' },
          { id: 'b', prop: 'text', as: 'b' },
        ],
      },
      cb('after', ['a.text'], ['d.text'], { placement: 'client' }),
    ],
    { clientCallbacksUrl: 'cc.js' },
  );

  it('passes one argument object and ctx; noUpdate, missing keys and preventUpdate leave outputs unchanged', async () => {
    const contexts: ClientCallbackContext[] = [];
    const multi: ClientCallback = ({ n, c }, ctx) => {
      contexts.push(ctx);
      if (n === 2) return { a: 'A2', b: 'B2' };
      if (n === 3) return ctx.noUpdate;
      if (n === 4) ctx.preventUpdate();
      if (n === 5) return { a: ctx.noUpdate, b: 'B5' };
      return { a: `A${String(n)}:${String(c)}` }; // b missing: unchanged
    };
    let afterRuns = 0;
    const after: ClientCallback = ({ text }) => {
      afterRuns++;
      return `after ${String(text)}`;
    };
    const { runtime, server } = setup(spec, {}, { multi, after });
    await runtime.load();
    expect(server.requests).toHaveLength(0);
    expect([runtime.get('a.text'), runtime.get('b.text'), runtime.get('d.text')]).toEqual(['A1:C0', 'B0', 'after A1:C0']);
    expect(contexts[0]!.triggered).toEqual([]);

    await runtime.setProp('n.value', 2);
    expect(contexts.at(-1)!.triggered).toEqual(['n.value']);
    expect([runtime.get('a.text'), runtime.get('b.text'), runtime.get('d.text')]).toEqual(['A2', 'B2', 'after A2']);
    expect(afterRuns).toBe(2);

    await runtime.setProp('n.value', 3); // noUpdate: nothing changes, downstream does not run
    await runtime.setProp('n.value', 4); // preventUpdate: the same
    expect([runtime.get('a.text'), runtime.get('b.text')]).toEqual(['A2', 'B2']);
    expect(afterRuns).toBe(2);

    await runtime.setProp('n.value', 5); // noUpdate for one output only
    expect([runtime.get('a.text'), runtime.get('b.text')]).toEqual(['A2', 'B5']);
    expect(afterRuns).toBe(2);
    expect(runtime.getState().errors).toEqual([]);
  });

  it('maps multiple outputs by their as-names and reports ctx.data as server-only', async () => {
    const named = appSpec(
      [comp('n', 'slider'), comp('a', 'text'), comp('b', 'text')],
      [
        {
          id: 'split',
          placement: 'client',
          inputs: [{ id: 'n', prop: 'value', as: 'n' }],
          state: [],
          outputs: [
            { id: 'a', prop: 'text', as: 'left' },
            { id: 'b', prop: 'text', as: 'right' },
          ],
        },
      ],
      { clientCallbacksUrl: 'cc.js' },
    );
    const split: ClientCallback = ({ n }, ctx) => {
      if (n === 9) return ctx.data;
      return n === 7 ? { left: 'L7', right: ctx.noUpdate } : { left: `L${String(n)}`, right: `R${String(n)}` };
    };
    const { runtime, logger } = setup(named, {}, { split });
    await runtime.load();
    expect([runtime.get('a.text'), runtime.get('b.text')]).toEqual(['L5', 'R5']);
    await runtime.setProp('n.value', 7);
    expect([runtime.get('a.text'), runtime.get('b.text')]).toEqual(['L7', 'R5']);
    await runtime.setProp('n.value', 9);
    const [error] = runtime.getState().errors;
    expect(error).toMatchObject({ callback: 'split', source: 'client' });
    expect(error!.message).toMatch(/ctx\.data is only available in server callbacks/);
    expect(logger.error).toHaveBeenCalled();
  });
});

describe('errors', () => {
  it('shows server errors with the first mapped stack line and keeps the rest running', async () => {
    const spec = appSpec(
      [comp('n', 'slider'), comp('a', 'text'), comp('b', 'text')],
      [cb('bad', ['n.value'], ['a.text']), cb('good', ['n.value'], ['b.text'])],
    );
    const { runtime, logger } = setup(spec, {
      bad: () => {
        throw new Error('no such column');
      },
      good: ({ value }) => `ok ${String(value)}`,
    });
    await runtime.load();
    expect(runtime.get('b.text')).toBe('ok 5');
    expect(runtime.getState().errors).toEqual([
      { id: 1, callback: 'bad', message: 'no such column', location: 'at bad (callbacks/bad.ts:3:9)', source: 'server' },
    ]);
    expect(logger.error).toHaveBeenCalledTimes(1);
    runtime.dismissError(1);
    expect(runtime.getState().errors).toEqual([]);
  });

  it('clears a callback\'s errors once it runs fine again; a failed run keeps its outputs\' last good values', async () => {
    const spec = appSpec([comp('n', 'slider'), comp('a', 'text')], [cb('flaky', ['n.value'], ['a.text'])]);
    const { runtime } = setup(spec, {
      flaky: ({ value }) => {
        if (value === 3) throw new Error('three is bad');
        return `got ${String(value)}`;
      },
    });
    await runtime.load();
    expect(runtime.get('a.text')).toBe('got 5');
    await runtime.setProp('n.value', 3);
    expect(runtime.getState().errors.map((e) => e.message)).toEqual(['three is bad']);
    expect(runtime.get('a.text')).toBe('got 5');
    await runtime.setProp('n.value', 4);
    expect(runtime.getState().errors).toEqual([]);
    expect(runtime.get('a.text')).toBe('got 4');
  });

  it('reports a failed update request', async () => {
    const spec = appSpec([comp('n', 'slider'), comp('a', 'text')], [cb('s', ['n.value'], ['a.text'])]);
    const runtime = createAppRuntime({
      baseUrl: BASE,
      logger: { error: vi.fn() },
      fetch: async (url) => (url.endsWith('spec') ? Response.json(spec) : new Response('{"error":"unknown prop n.valu"}', { status: 400 })),
    });
    await runtime.load();
    expect(runtime.getState().errors[0]).toMatchObject({ callback: 's', source: 'network', message: 'update request failed: HTTP 400: unknown prop n.valu' });
  });
});

describe('reload', () => {
  it('keeps user-set values whose design-time value did not change, then reruns the initial cascade', async () => {
    const v1 = appSpec(
      [comp('n', 'slider', { value: 3 }), comp('m', 'slider', { value: 1 }), comp('out', 'text')],
      [cb('sum', ['n.value', 'm.value'], ['out.text'])],
    );
    const { server, runtime } = setup(v1, { sum: (args) => `sum ${String(args.value)}` });
    await runtime.load();
    await runtime.setProp('n.value', 7);
    await runtime.setProp('m.value', 9);
    const v2 = appSpec(
      [comp('n', 'slider', { value: 3, label: 'N' }), comp('m', 'slider', { value: 2 }), comp('out', 'text')],
      [cb('sum', ['n.value', 'm.value'], ['out.text'])],
      { revision: 'r2' },
    );
    server.setSpec(v2);
    server.requests.length = 0;
    await runtime.reload();
    expect(runtime.get('n.value')).toBe(7); // design value unchanged: the user's value stays
    expect(runtime.get('n.label')).toBe('N');
    expect(runtime.get('m.value')).toBe(2); // design value changed: the new one wins
    expect(server.requests).toEqual([{ changed: [], values: { 'n.value': 7, 'm.value': 2 }, callbacks: ['sum'], initial: true }]);
  });
});

describe('streamed answers', () => {
  it("shows a fast server callback's outputs while a slow one in the same cascade still runs", async () => {
    const spec = appSpec(
      [comp('n', 'slider', { value: 1 }), comp('fast', 'text'), comp('slow', 'text')],
      [cb('F', ['n.value'], ['fast.text'], { preventInitialCall: true }), cb('S', ['n.value'], ['slow.text'], { preventInitialCall: true })],
    );
    const server = fakeServer(spec, {});
    const lines: string[] = [];
    let push: (line: string) => void = (line) => lines.push(line);
    let close = (): void => {};
    const accepts: string[] = [];
    const fetchFn = async (url: string, init?: RequestInit): Promise<Response> => {
      if (!url.endsWith('_dashwright/update')) return server.fetch(url, init);
      accepts.push(new Headers(init?.headers).get('accept') ?? '');
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          push = (line) => controller.enqueue(encoder.encode(`${line}\n`));
          for (const line of lines) push(line);
          close = () => controller.close();
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
    };
    const runtime = createAppRuntime({ baseUrl: BASE, fetch: fetchFn, logger: { error: vi.fn() } });
    await runtime.load();
    const cascade = runtime.setProp('n.value', 2);
    await vi.waitFor(() => expect(accepts).toEqual(['application/x-ndjson, application/json']));
    push(JSON.stringify({ partial: true, updates: { 'fast.text': 'fast 2' }, ran: ['F'], errors: [] }));
    await vi.waitFor(() => expect(runtime.get('fast.text')).toBe('fast 2'));
    expect(runtime.getState().loading).toEqual({ slow: 1 }); // only the slow one still shows as loading
    push(JSON.stringify({ partial: true, updates: { 'slow.text': 'slow 2' }, ran: ['S'], errors: [] }));
    push(JSON.stringify({ updates: { 'fast.text': 'fast 2', 'slow.text': 'slow 2' }, ran: ['F', 'S'], errors: [] }));
    close();
    await cascade;
    expect(runtime.get('slow.text')).toBe('slow 2');
    expect(runtime.getState().loading).toEqual({});
  });
});

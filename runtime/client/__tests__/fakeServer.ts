import { argName, type CallbackSpec, type ComponentInstance } from '../../schema/project';
import type { AppSpec } from '../../contracts/spec';
import type { UpdateRequest, UpdateResponse } from '../../contracts/wire';
import type { FetchLike } from '../requests';

export const BASE = 'http://app.test';

function binding(key: string): { id: string; prop: string } {
  const [id, prop] = key.split('.') as [string, string];
  return { id, prop };
}

export function comp(id: string, type: string, props: Record<string, unknown> = {}, y = 0): ComponentInstance {
  return { id, type, props, grid: { x: 0, y, w: 6, h: 2 } };
}

export function cb(
  id: string,
  inputs: string[],
  outputs: string[],
  extra: Partial<Omit<CallbackSpec, 'inputs' | 'outputs' | 'state'>> & { state?: string[] } = {},
): CallbackSpec {
  const { state = [], ...rest } = extra;
  return { id, placement: 'server', ...rest, inputs: inputs.map(binding), state: state.map(binding), outputs: outputs.map(binding) };
}

export function appSpec(components: ComponentInstance[], callbacks: CallbackSpec[], extra: Partial<AppSpec> = {}): AppSpec {
  return { name: 'Test app', layout: { cols: 12, rowHeight: 40 }, components, values: [], callbacks, revision: 'r1', ...extra };
}

export type ServerFn = (args: Record<string, unknown>) => unknown;

export interface Deferred {
  promise: Promise<void>;
  resolve(): void;
}

export function deferred(): Deferred {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * A stand-in for runtime/server: serves the spec and runs the requested server callbacks in
 * the given order from `fns`, like the real one. `gate` lets a test hold a response back.
 */
export function fakeServer(initialSpec: AppSpec, fns: Record<string, ServerFn>) {
  let spec = initialSpec;
  const requests: UpdateRequest[] = [];
  const log: string[] = [];
  let gate: ((req: UpdateRequest) => Promise<void> | undefined) | null = null;

  function run(req: UpdateRequest): UpdateResponse {
    const values: Record<string, unknown> = { ...req.values };
    const updates: Record<string, unknown> = {};
    const ran: string[] = [];
    const errors: UpdateResponse['errors'] = [];
    for (const id of req.callbacks ?? []) {
      const c = spec.callbacks.find((x) => x.id === id)!;
      const args: Record<string, unknown> = {};
      for (const b of [...c.inputs, ...c.state]) args[argName(b)] = values[`${b.id}.${b.prop}`];
      log.push(`server:${id}`);
      ran.push(id);
      try {
        const result = fns[id]!(args);
        const out: Record<string, unknown> =
          c.outputs.length === 1 ? { [`${c.outputs[0]!.id}.${c.outputs[0]!.prop}`]: result } : Object.fromEntries(c.outputs.map((b) => [`${b.id}.${b.prop}`, (result as Record<string, unknown>)[argName(b)]]));
        Object.assign(values, out);
        Object.assign(updates, out);
      } catch (err) {
        errors.push({ callback: id, message: (err as Error).message, stack: `Error: ${(err as Error).message}\n    at ${id} (callbacks/${id}.ts:3:9)\n    at run (worker.js:10:1)` });
      }
    }
    return { updates, ran, errors };
  }

  const fetch: FetchLike = async (url, init) => {
    if (url === `${BASE}/_dashwright/spec`) return Response.json(spec);
    if (url === `${BASE}/_dashwright/update` && init?.method === 'POST') {
      const req = JSON.parse(String(init.body)) as UpdateRequest;
      requests.push(req);
      const response = run(req);
      const wait = gate?.(req);
      if (wait) await wait;
      return Response.json(response);
    }
    return new Response('{"error":"not found"}', { status: 404 });
  };

  return {
    fetch,
    requests,
    log,
    setSpec(next: AppSpec) {
      spec = next;
    },
    holdWhen(fn: ((req: UpdateRequest) => Promise<void> | undefined) | null) {
      gate = fn;
    },
  };
}

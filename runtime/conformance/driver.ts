/**
 * The conformance driver: runs a scenario's initial load and steps on one placement and checks
 * every expectation against what the real runtime holds and reported.
 */
import { expect, it } from 'vitest';
import type { RuntimeError } from '../client/store';
import { clientHarness, serverHarness, type Harness, type SharedServer } from './harness';
import { knownBugOn, type Expectations, type Placement, type Scenario, type Step } from './scenario';

/**
 * Declares the Vitest test of a scenario on a placement. A scenario with a known bug there is
 * an expected failure (it.fails), named with the reason; CONFORMANCE_KNOWN_BUGS=run runs it as
 * an ordinary test, to see how it fails.
 */
export function scenarioTest(scenario: Scenario, placement: Placement, shared?: () => SharedServer | undefined): void {
  const bug = process.env.CONFORMANCE_KNOWN_BUGS === 'run' ? undefined : knownBugOn(scenario, placement);
  const title = `[${placement}] ${scenario.name}`;
  const run = (): Promise<void> => runScenario(scenario, placement, shared?.());
  if (bug) it.fails(`${title} (known bug: ${bug})`, run);
  else it(title, run);
}

export async function runScenario(scenario: Scenario, placement: Placement, shared?: SharedServer): Promise<void> {
  if (placement !== 'client' && !shared) throw new Error(`${placement} placement needs the shared app server`);
  const h = placement === 'client' ? await clientHarness(scenario) : await serverHarness(shared!, scenario, placement);
  try {
    await runStep(h, 'initial load', null, expectationsFor(scenario.initial ?? {}, placement));
    expect(h.runtime.getState().status, 'the app loaded').toBe('ready');
    for (const [i, step] of scenario.steps.entries()) {
      await runStep(h, `step ${i + 1} (${describeChange(step)})`, step, expectationsFor(step, placement));
    }
  } finally {
    await h.close();
  }
}

function expectationsFor(step: Expectations & { byPlacement?: Step['byPlacement'] }, placement: Placement): Expectations {
  const { byPlacement, ...base } = step;
  return { ...base, ...byPlacement?.[placement] };
}

function describeChange(step: Step): string {
  const set = Object.entries(step.set ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  const burst = (step.burst ?? []).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return [...set, ...(burst.length > 0 ? [`burst ${burst.join(', ')}`] : [])].join('; ') || 'no change';
}

function lastErrorId(h: Harness): number {
  return h.runtime.getState().errors.reduce((max, e) => Math.max(max, e.id), 0);
}

/** Records the distinct successive values of some keys while a step runs. */
function watch(h: Harness, keys: string[]): { seen: Record<string, unknown[]>; stop(): void } {
  const seen: Record<string, unknown[]> = {};
  const last = new Map<string, string>();
  for (const key of keys) {
    seen[key] = [];
    last.set(key, JSON.stringify(h.runtime.get(key)) ?? 'undefined');
  }
  const look = (): void => {
    for (const key of keys) {
      const value = h.runtime.get(key);
      const text = JSON.stringify(value) ?? 'undefined';
      if (text === last.get(key)) continue;
      last.set(key, text);
      seen[key]!.push(value);
    }
  };
  const stop = keys.length > 0 ? h.runtime.subscribe(look) : () => {};
  return { seen, stop };
}

async function act(h: Harness, step: Step | null): Promise<string[] | null> {
  if (!step) {
    await h.runtime.load();
    return null;
  }
  let loadingAtStart: string[] | null = null;
  const change = (key: string, value: unknown): Promise<void> => {
    const done = h.runtime.setProp(key, value);
    loadingAtStart ??= Object.keys(h.runtime.getState().loading).sort();
    return done;
  };
  for (const [key, value] of Object.entries(step.set ?? {})) await change(key, value);
  await Promise.all((step.burst ?? []).map(([key, value]) => change(key, value)));
  return loadingAtStart;
}

async function runStep(h: Harness, label: string, step: Step | null, exp: Expectations): Promise<void> {
  const before = { records: h.records.length, responses: h.responses.length, requests: h.updateRequests, errorId: lastErrorId(h) };
  const watcher = watch(h, Object.keys(exp.seen ?? {}));
  const started = performance.now();
  let loadingAtStart: string[] | null;
  try {
    loadingAtStart = await act(h, step);
    await h.runtime.idle();
  } finally {
    watcher.stop();
  }
  const ms = performance.now() - started;
  const state = h.runtime.getState();
  const at = `[${h.placement}] ${label}`;

  if (step?.loading) expect(loadingAtStart, `${at}: ids loading while the cascade runs`).toEqual([...step.loading].sort());
  expect(state.loading, `${at}: nothing is left loading`).toEqual({});
  for (const [key, value] of Object.entries(exp.expect ?? {})) expect(h.runtime.get(key), `${at}: ${key}`).toEqual(value);

  const records = h.records.slice(before.records);
  if (exp.ran) expect(records.flatMap((r) => r.ran.map((x) => x.callback)), `${at}: callbacks that ran`).toEqual(exp.ran);

  const requests = h.updateRequests - before.requests;
  // A background job's record counts its polls (GETs), not update requests.
  const counted = records.reduce((sum, r) => sum + (r.ran.some((x) => x.background) ? 0 : r.requests), 0);
  expect(counted, `${at}: round trips the cascade records count`).toBe(requests);
  if (h.placement === 'client') expect(requests, `${at}: client placement makes no update request`).toBe(0);
  else if (exp.requests !== undefined) expect(requests, `${at}: round trips`).toBe(exp.requests);

  const errors = state.errors.filter((e) => e.id > before.errorId);
  checkErrors(at, errors, exp);

  if (exp.notSent && h.placement !== 'client') {
    const responses = h.responses.slice(before.responses);
    for (const key of exp.notSent) {
      expect(responses.filter((r) => Object.hasOwn(r.updates, key)).length, `${at}: update responses carrying ${key}`).toBe(0);
      expect(h.runtime.get(key), `${at}: the runtime holds ${key}`).toBeUndefined();
    }
  }
  for (const [key, values] of Object.entries(exp.seen ?? {})) expect(watcher.seen[key], `${at}: values ${key} took`).toEqual(values);
  if (exp.maxMs !== undefined) expect(ms, `${at}: duration in ms`).toBeLessThan(exp.maxMs);
}

function checkErrors(at: string, errors: RuntimeError[], exp: Expectations): void {
  const wanted = exp.errors ?? [];
  const shown = errors.map((e) => `${e.callback}: ${e.message}${e.location ? ` @ ${e.location}` : ''}`);
  expect(errors.map((e) => e.callback), `${at}: errors reported (${JSON.stringify(shown)})`).toEqual(wanted.map((w) => w.callback));
  wanted.forEach((w, i) => {
    const got = errors[i]!;
    if (typeof w.message === 'string') expect(got.message, `${at}: message of ${w.callback}'s error`).toBe(w.message);
    else if (w.message) expect(got.message, `${at}: message of ${w.callback}'s error`).toMatch(w.message);
    if (w.stackIncludes) expect(got.location ?? '', `${at}: location of ${w.callback}'s error`).toContain(w.stackIncludes);
  });
}

/**
 * The conformance scenario format: a small project (components, named values, callback wiring
 * and TypeScript sources) plus steps (set these props, then expect these values, these
 * callbacks to have run, this many round trips, these errors). One driver (driver.ts) runs every
 * scenario on each placement it applies to.
 */
import type { CallbackSpec, ComponentInstance } from '../schema/project';

/**
 * server: every callback placed on the server, a real app server on port 0, the real browser
 * runtime talking to it over HTTP. client: every callback switched to the browser (no request
 * may reach a server). mixed: placements as the scenario writes them, with a real server.
 */
export type Placement = 'server' | 'client' | 'mixed';

export interface ExpectedError {
  callback: string;
  /** A string must equal the message; a RegExp must match it. */
  message?: string | RegExp;
  /** The location the error overlay shows (first stack frame in the project's code) must contain this, e.g. "callbacks/boom.ts". */
  stackIncludes?: string;
}

/** What must hold once a step's cascades are all done. Unless given, `errors` is [] (no error may appear unexpectedly). */
export interface Expectations {
  /** "id.prop" → the value the runtime holds (deep equality). */
  expect?: Record<string, unknown>;
  /** Callback ids that ran in this step, in order, over all its cascades. */
  ran?: string[];
  /** Round trips to the server in this step. Client placement always expects 0. */
  requests?: number;
  /** Errors reported in this step, in order. */
  errors?: ExpectedError[];
  /** Server and mixed placement: keys that no update response may carry and the runtime must not hold (named values nobody in the browser reads). */
  notSent?: string[];
  /** "id.prop" → the successive distinct values the runtime's state took during the step. */
  seen?: Record<string, unknown[]>;
  /** The whole step (set → every cascade done) takes less than this. */
  maxMs?: number;
}

export interface Step extends Expectations {
  /** Props a user sets, in order; each waits for the cascade it sets off. */
  set?: Record<string, unknown>;
  /** Props set one after another without waiting: the cascades overlap. */
  burst?: Array<[key: string, value: unknown]>;
  /** Ids whose props are loading right after the step's first change is made (while its cascade runs). */
  loading?: string[];
  /** Expectations that differ on one placement, merged over the step's own. */
  byPlacement?: Partial<Record<Placement, Expectations>>;
}

export interface InitialExpectations extends Expectations {
  byPlacement?: Partial<Record<Placement, Expectations>>;
}

export interface ScenarioProject {
  components: ComponentInstance[];
  /** Ids of named intermediate values. */
  values?: string[];
  callbacks: CallbackSpec[];
  /** The project's error handler (DESIGN §4b): a callback id. */
  onError?: string;
}

export interface Scenario {
  name: string;
  description: string;
  project: ScenarioProject;
  /** Callback id → TypeScript source of callbacks/<id>.ts. */
  callbacks: Record<string, string>;
  /** Files of the project's data/ folder (server only). */
  data?: Record<string, string>;
  /** Default: server and client. */
  placements?: Placement[];
  /** Expectations for the implicit first step, the initial load. */
  initial?: InitialExpectations;
  steps: Step[];
  /** A runtime bug this scenario shows: the driver reports it as an expected failure with this reason. */
  knownBug?: string | Partial<Record<Placement, string>>;
}

export const DEFAULT_PLACEMENTS: readonly Placement[] = ['server', 'client'];

export function placementsOf(scenario: Scenario): readonly Placement[] {
  return scenario.placements ?? DEFAULT_PLACEMENTS;
}

export function knownBugOn(scenario: Scenario, placement: Placement): string | undefined {
  const bug = scenario.knownBug;
  return typeof bug === 'string' ? bug : bug?.[placement];
}

// ---- builders: keep scenario files short ----

let nextRow = 0;

/** A component on its own grid row. */
export function comp(id: string, type: string, props: Record<string, unknown> = {}): ComponentInstance {
  return { id, type, props, grid: { x: 0, y: nextRow++ % 200, w: 6, h: 1 } };
}

/** A component with a pattern id (DESIGN §4b). */
export function pcomp(id: string, type: string, pattern: { type: string; index?: string | number }, props: Record<string, unknown> = {}): ComponentInstance {
  return { ...comp(id, type, props), pattern };
}

/** `{ argName: "id.prop" }` (or "type[ALL].prop" and the like for a pattern), in argument order. */
export type Wiring = Record<string, string>;

export interface CallbackOptions {
  inputs?: Wiring;
  state?: Wiring;
  outputs: Wiring;
  placement?: 'server' | 'client';
  preventInitialCall?: boolean;
  timeoutMs?: number;
}

/** "type[INDEX].prop": a pattern binding (DESIGN §4b); an index of digits is a number. */
const PATTERN_KEY = /^([A-Za-z][A-Za-z0-9_-]*)\[([^\]]+)\]\.(.+)$/;

function bindings(wiring: Wiring | undefined): CallbackSpec['inputs'] {
  return Object.entries(wiring ?? {}).map(([as, key]) => {
    const pattern = PATTERN_KEY.exec(key);
    if (pattern) {
      const index = /^\d+$/.test(pattern[2]!) ? Number(pattern[2]) : pattern[2]!;
      return { id: `${pattern[1]}[${pattern[2]}]`, pattern: { type: pattern[1]!, index }, prop: pattern[3]!, as };
    }
    const dot = key.indexOf('.');
    if (dot <= 0) throw new Error(`scenario wiring: "${key}" is not an "id.prop" key`);
    return { id: key.slice(0, dot), prop: key.slice(dot + 1), as };
  });
}

/** A callback of a scenario; `extra`: the manifest fields the options do not name (background, running, onError…). */
export function cb(id: string, options: CallbackOptions, extra: Partial<CallbackSpec> = {}): CallbackSpec {
  const spec: CallbackSpec = {
    id,
    inputs: bindings(options.inputs),
    state: bindings(options.state),
    outputs: bindings(options.outputs),
    placement: options.placement ?? 'server',
  };
  if (options.preventInitialCall !== undefined) spec.preventInitialCall = options.preventInitialCall;
  if (options.timeoutMs !== undefined) spec.timeoutMs = options.timeoutMs;
  return { ...spec, ...extra };
}

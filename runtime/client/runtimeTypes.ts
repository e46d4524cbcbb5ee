import type { ComponentRegistry } from '../components/registry';
import type { CallbackWorkerRunner } from './callbackWorkerRunner';
import type { CascadeRecord } from '../contracts/previewMessages';
import type { AppSpec } from '../contracts/spec';
import type { FetchLike } from './requests';
import type { RuntimeState } from './store';

/** The public types of the browser runtime (runtime.ts re-exports them). */

export type { CascadeRecord };

export interface AppRuntimeOptions {
  /** Where the app is served; "" (default) = relative to the page. */
  baseUrl?: string;
  fetch?: FetchLike;
  /** Loads the client callbacks module; default: dynamic import(). */
  importModule?: (url: string) => Promise<unknown>;
  /** Where errors are logged besides the toasts; default console. */
  logger?: Pick<Console, 'error'>;
  /** Told about every finished cascade (the preview's dev tools show them). */
  onCascade?: (record: CascadeRecord) => void;
  /** How often a running background job is polled; default 250 ms. */
  jobPollMs?: number;
  /**
   * Where client callbacks run: by default a Web Worker with a time limit (when the page has
   * workers and no `importModule` is given), else the page itself; `null` forces the page.
   */
  callbackWorker?: CallbackWorkerRunner | null;
  /**
   * Before each (re)load's initial cascade: may replace props of `components` (id → props, defaults
   * filled in), such as a location's from the page's URL or persisted values (persistence.ts).
   */
  seedProps?(spec: AppSpec, components: Record<string, Record<string, unknown>>): void;
  /** Told of every change the user makes ("id.prop"), before its cascade runs. */
  onUserSet?(key: string, value: unknown): void;
  /** The component types the app knows; default: the built-ins. */
  registry?: ComponentRegistry;
}

export interface AppRuntime {
  /** The component types this app renders with: the built-ins and, once its spec is loaded, the project's own. */
  readonly registry: ComponentRegistry;
  getState(): RuntimeState;
  /** For useSyncExternalStore; a stable function. */
  subscribe(listener: () => void): () => void;
  /** Current value of "id.prop". */
  get(key: string): unknown;
  /** Fetch the spec, render, run the initial cascade. */
  load(): Promise<void>;
  /** Refetch the spec, keep user-set values whose design-time value did not change, rerun the initial cascade. */
  reload(): Promise<void>;
  applySpec(spec: AppSpec, options?: { keepUserValues?: boolean }): Promise<void>;
  /** A user change of "id.prop": stores it and runs the cascade it sets off. Resolves when that cascade is done. */
  setProp(key: string, value: unknown): Promise<void>;
  dismissError(id: number): void;
  /** Resolves once no cascade is running and no background job is being followed. */
  idle(): Promise<void>;
  dispose(): void;
}

import type { RunningEntry } from '../schema/project';

/**
 * Running props (DESIGN §4b, Dash's running=[(Output, on, off)]): while a callback runs, the
 * page sets each entry's prop to `on`, and to `off` once it settles. The page does it for every
 * placement: a client callback around its call; a server callback from the request that asks for
 * it until its streamed line or the answer arrives, and a background one until its job ends.
 * Overlapping runs of one callback (a burst of changes) keep `on` until the last settles. Running
 * props are display state: writing them sets off no callback.
 */
export interface RunningProps {
  /** One cascade's runs: started per step, ended as each callback settles, the rest at the end. */
  cascade(): RunningCascade;
}

export interface RunningCascade {
  start(ids: readonly string[]): void;
  end(ids: readonly string[]): void;
  /** The run of `id` continues elsewhere (a background job): it leaves this cascade; call the result when it ends. */
  handOff(id: string): () => void;
  endAll(): void;
}

export interface RunningDeps {
  /** A callback's running entries (none for an unknown id). */
  entriesOf(callback: string): readonly RunningEntry[] | undefined;
  /** Writes props ("id.prop" → value) without setting off callbacks. */
  write(updates: Record<string, unknown>): void;
}

export function createRunningProps(deps: RunningDeps): RunningProps {
  /** Callback id → runs in progress. */
  const counts = new Map<string, number>();

  function writeSide(callback: string, side: 'on' | 'off'): void {
    const entries = deps.entriesOf(callback);
    if (!entries || entries.length === 0) return;
    const updates: Record<string, unknown> = {};
    for (const entry of entries) updates[`${entry.id}.${entry.prop}`] = entry[side];
    deps.write(updates);
  }

  function begin(callback: string): void {
    const n = counts.get(callback) ?? 0;
    counts.set(callback, n + 1);
    if (n === 0) writeSide(callback, 'on');
  }

  function finish(callback: string): void {
    const n = counts.get(callback) ?? 0;
    if (n <= 1) {
      counts.delete(callback);
      if (n === 1) writeSide(callback, 'off');
    } else counts.set(callback, n - 1);
  }

  return {
    cascade() {
      const open = new Set<string>();
      return {
        start(ids) {
          for (const id of ids) {
            if (open.has(id) || !deps.entriesOf(id)?.length) continue;
            open.add(id);
            begin(id);
          }
        },
        end(ids) {
          for (const id of ids) if (open.delete(id)) finish(id);
        },
        handOff(id) {
          if (!open.delete(id)) return () => {};
          let ended = false;
          return () => {
            if (ended) return;
            ended = true;
            finish(id);
          };
        },
        endAll() {
          for (const id of [...open]) {
            open.delete(id);
            finish(id);
          }
        },
      };
    },
  };
}

/** After a step: a callback that became a background job of this cascade keeps its running props until the job ends (`jobEnds`: job id → end). */
export function handOffToJobs(
  runs: RunningCascade,
  ids: readonly string[],
  seq: number,
  active: ReadonlyMap<string, { job: string; seq: number; ended: boolean }>,
  jobEnds: Map<string, () => void>,
): void {
  for (const id of ids) {
    const job = active.get(id);
    if (job && job.seq === seq && !job.ended) jobEnds.set(job.job, runs.handOff(id));
  }
  runs.end(ids);
}

import type { Host } from '../../runtime/contracts/hostChannels';
import type { DocSnapshot } from '../state/types';

export const PREVIEW_DEBOUNCE_MS = 40;

export interface PreviewSyncCallbacks {
  /** The first (or a changed) preview URL: set the iframe src. */
  onUrl(url: string): void;
  /** A later update of the same app: ask the page to reload its spec, keeping user values. */
  onReload(): void;
  onError(message: string | null): void;
}

/**
 * Pushes the document to the host's preview server: at most one request in flight, the last
 * document always wins, debounced after edits. Framework-free so it can be tested alone.
 */
export function createPreviewSync(host: Host, read: () => DocSnapshot & { dir?: string | null }, cb: PreviewSyncCallbacks, debounceMs = PREVIEW_DEBOUNCE_MS) {
  let url: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let again = false;
  let pushed: DocSnapshot | null = null;
  let stopped = false;

  async function push(): Promise<void> {
    if (stopped) return;
    if (inFlight) {
      again = true;
      return;
    }
    const doc = read();
    if (pushed && pushed.project === doc.project && pushed.callbacks === doc.callbacks && pushed.components === doc.components) return;
    inFlight = true;
    try {
      const request = { project: doc.project, callbacks: doc.callbacks, components: doc.components };
      // The project folder lets callbacks in the preview read its data/ files.
      const result = await host.call('preview:update', doc.dir ? { ...request, dir: doc.dir } : request);
      if (stopped) return;
      pushed = doc;
      cb.onError(null);
      if (result.url !== url) {
        url = result.url;
        cb.onUrl(result.url);
      } else cb.onReload();
    } catch (err) {
      if (!stopped) cb.onError(err instanceof Error ? err.message : String(err));
    } finally {
      inFlight = false;
      if (again && !stopped) {
        again = false;
        void push();
      }
    }
  }

  return {
    /** Push now (e.g. when the preview becomes visible). */
    flush(): Promise<void> {
      clearTimeout(timer);
      return push();
    },
    /** Push a moment after the last call. */
    schedule(): void {
      clearTimeout(timer);
      timer = setTimeout(() => void push(), debounceMs);
    },
    /** Forget the last pushed document (force the next push), e.g. after the user reloads. */
    invalidate(): void {
      pushed = null;
    },
    stop(): void {
      stopped = true;
      clearTimeout(timer);
    },
  };
}

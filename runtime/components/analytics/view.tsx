import { useEffect, useRef } from 'react';
import { useIsPreview, usePropWatcher } from '../appContext';
import type { ViewProps } from '../define';
import { deliveryFor } from './delivery';
import { changeEvent, type AnalyticsEvent } from './events';
import { createEventQueue, type QueueHooks } from './queue';
import type { AnalyticsProps } from './props';

/** The browser's means of sending, bound so they can be called detached. */
function browserHooks(): Pick<QueueHooks, 'fetch' | 'sendBeacon' | 'setTimeout' | 'clearTimeout'> {
  return {
    fetch: (url, init) => globalThis.fetch(url, init),
    sendBeacon: typeof navigator !== 'undefined' && typeof navigator.sendBeacon === 'function' ? (url, body) => navigator.sendBeacon(url, body) : undefined,
    setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}

/**
 * Draws nothing. Each change of a tracked prop ("id.prop") becomes an event, batched and sent to
 * Mixpanel or an HTTP endpoint off the page's critical path; `sent` counts the delivered ones and
 * `error` says why a delivery failed. In the editor's preview it sends nothing and logs what it
 * would send.
 */
export function AnalyticsView({ id, props, setProp, mode }: ViewProps<AnalyticsProps>): null {
  const watcher = usePropWatcher();
  const preview = useIsPreview();
  const latest = useRef({ setProp, sent: props.sent, error: props.error });
  const { provider, endpoint, token, identify, eventName } = props;
  const trackKey = props.track.map((k) => k.trim()).filter((k) => k && !k.startsWith(`${id}.`)).join('\n');

  useEffect(() => {
    latest.current = { setProp, sent: props.sent, error: props.error };
  });

  useEffect(() => {
    if (mode !== 'app' || trackKey === '') return;
    const delivery = deliveryFor(provider, endpoint);
    const log = (events: readonly AnalyticsEvent[]): void => console.info(`[dashwright] analytics ${id} (preview: nothing is sent) would send to ${delivery?.url ?? '(no endpoint)'}:`, events);
    const setError = (error: string | null): void => {
      if (latest.current.error === error) return;
      latest.current.error = error;
      latest.current.setProp('error', error);
    };
    if (!delivery) {
      if (!preview) setError(`analytics ${id}: provider "http" needs an endpoint`);
      return;
    }
    const hooks = browserHooks();
    const queue = preview
      ? null
      : createEventQueue(delivery, {
          ...hooks,
          onDelivered(count) {
            latest.current.sent += count;
            latest.current.setProp('sent', latest.current.sent);
            setError(null);
          },
          onFailed: (message) => setError(message),
          onDropped: (count, why) => console.warn(`[dashwright] analytics ${id}: dropped ${count} event(s): ${why}`),
        });
    const pending: AnalyticsEvent[] = [];
    let logTimer: ReturnType<typeof setTimeout> | null = null;
    const options = { eventName, token, identify, now: () => Date.now() };
    const stop = watcher.watch(trackKey.split('\n'), (key, value) => {
      const event = changeEvent(key, value, options);
      if (queue) return queue.push(event);
      pending.push(event);
      logTimer ??= setTimeout(() => {
        logTimer = null;
        log(pending.splice(0));
      }, 1000);
    });
    const onHide = (): void => queue?.flushNow();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      queue?.flushNow();
      queue?.dispose();
      if (logTimer !== null) clearTimeout(logTimer);
      if (pending.length > 0) log(pending);
    };
  }, [id, mode, preview, watcher, provider, endpoint, token, identify, eventName, trackKey]);

  return null;
}

import type { Host } from '../../runtime/contracts/hostChannels';
import { createBrowserHost, tokenFromPath } from './browserHost';
import { createElectronHost } from './electronHost';

export { HostCallError } from './browserHost';

let current: Host | null = null;

/** The host of this editor window: the Electron preload bridge when present, else the HTTP host server. */
export function getHost(): Host {
  if (!current) {
    const bridge = typeof window !== 'undefined' ? window.dashwright : undefined;
    current = bridge ? createElectronHost(bridge) : createBrowserHost('', undefined, tokenFromPath(window.location.pathname));
  }
  return current;
}

/** Replace the host (tests, or an embedding that provides its own). */
export function setHost(host: Host): void {
  current = host;
}

/** A host error's message, for toasts. */
export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

import type { Host, HostChannel, HostRequest, HostResponse } from '../../runtime/contracts/hostChannels';
import { HostCallError } from './browserHost';

/** What the Electron preload exposes on `window.dashwright` (contextBridge). */
export interface DashwrightBridge {
  call(channel: string, request: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    dashwright?: DashwrightBridge;
  }
}

/** Electron: IPC through the preload bridge; main validates each request with the channel map. */
export function createElectronHost(bridge: DashwrightBridge): Host {
  return {
    kind: 'electron',
    async call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResponse<C>> {
      try {
        return (await bridge.call(channel, request)) as HostResponse<C>;
      } catch (err) {
        // Electron prefixes rejected IPC messages with "Error invoking remote method '…': Error: ".
        const raw = err instanceof Error ? err.message : String(err);
        throw new HostCallError(channel, raw.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''));
      }
    },
  };
}

import type { IpcMainInvokeEvent } from 'electron';
import { APP_ORIGIN } from '../common/ipc';
import { dispatchHostCall, parseHostCall, type HostHandlers } from '../host/services';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/** Host calls come only from the editor page itself: its main frame, served from app://editor/. */
export function isTrustedSender(event: SenderEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (frame !== event.sender.mainFrame) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}

/** The ipcMain.handle listener of the host channel: sender checked, channel and request validated with the channel map. */
export function createHostIpcListener(handlers: HostHandlers) {
  return async (event: SenderEvent, channel: unknown, request: unknown): Promise<unknown> => {
    if (!isTrustedSender(event)) throw new Error('refused: host calls come only from the editor page');
    if (typeof channel !== 'string') throw new Error('refused: channel must be a string');
    const call = parseHostCall(channel, request);
    return dispatchHostCall(handlers, call.channel, call.request);
  };
}

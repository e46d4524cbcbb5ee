import { contextBridge, ipcRenderer } from 'electron';
import { HOST_IPC_CHANNEL } from '../common/ipc';

// The renderer's only door to the host: window.dashwright.call(channel, request).
contextBridge.exposeInMainWorld('dashwright', {
  call: (channel: string, request: unknown): Promise<unknown> => ipcRenderer.invoke(HOST_IPC_CHANNEL, channel, request),
});

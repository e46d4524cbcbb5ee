import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, HOST_IPC_CHANNEL } from '../common/ipc';
import { createAppState, defaultStateDir } from '../host/appState';
import { createPreviewServer } from '../host/previewServer';
import { createHostHandlers, dispatchHostCall, parseHostCall } from '../host/services';
import { registerAppScheme, serveRenderer } from './protocol';

// Bundled to dist/electron/main.cjs; the editor lives in dist/renderer.
const DIST = join(__dirname, '..');

registerAppScheme();

const preview = createPreviewServer();
const handlers = createHostHandlers({
  state: createAppState(defaultStateDir()),
  preview,
  async chooseDir(purpose) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[], title: purpose === 'open' ? 'Open project folder' : purpose === 'new' ? 'New project folder' : 'Export to folder' };
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
});

function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`);
}

ipcMain.handle(HOST_IPC_CHANNEL, async (event, channel: unknown, request: unknown) => {
  if (!isTrustedSender(event)) throw new Error('refused: host calls come only from the editor page');
  if (typeof channel !== 'string') throw new Error('refused: channel must be a string');
  const call = parseHostCall(channel, request);
  return dispatchHostCall(handlers, call.channel, call.request);
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (navigation) => {
    if (!navigation.url.startsWith(`${APP_ORIGIN}/`)) navigation.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function createWindow(): void {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Dashwright',
    show: false,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(DIST, 'electron', 'preload.cjs'),
    },
  });
  window.once('ready-to-show', () => window.show());
  const project = process.argv.find((arg, i) => i > 1 && !arg.startsWith('-') && arg !== '.');
  void window.loadURL(`${APP_ORIGIN}/index.html${project ? `?project=${encodeURIComponent(project)}` : ''}`);
}

app.whenReady().then(() => {
  serveRenderer(join(DIST, 'renderer'));
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  void preview.close();
  if (process.platform !== 'darwin') app.quit();
});

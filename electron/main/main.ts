import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN, HOST_IPC_CHANNEL } from '../common/ipc';
import { createAppState, defaultStateDir } from '../host/appState';
import { createPreviewServer } from '../host/previewServer';
import { createHostHandlers } from '../host/services';
import { createHostIpcListener } from './hostIpc';
import { registerAppScheme, serveRenderer } from './protocol';
import { confirmOpenExternal, guardWebContents, installPermissionHandlers } from './security';
import { editorWindowOptions } from './window';

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

ipcMain.handle(HOST_IPC_CHANNEL, createHostIpcListener(handlers));

function openLinkAfterAsking(url: string): void {
  const window = BrowserWindow.getFocusedWindow();
  void confirmOpenExternal(url, {
    ask: (options) => (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)),
    openExternal: (link) => shell.openExternal(link),
  });
}

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openLinkAfterAsking));

function createWindow(): void {
  const window = new BrowserWindow(editorWindowOptions(join(DIST, 'electron', 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  const project = process.argv.find((arg, i) => i > 1 && !arg.startsWith('-') && arg !== '.');
  void window.loadURL(`${APP_ORIGIN}/index.html${project ? `?project=${encodeURIComponent(project)}` : ''}`);
}

app.whenReady().then(() => {
  installPermissionHandlers(session.defaultSession);
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

import { describe, expect, it, vi } from 'vitest';
import type { HostHandlers } from '../host/services';
import { createHostIpcListener, isTrustedSender } from './hostIpc';
import { confirmOpenExternal, guardWebContents, installPermissionHandlers, permissionAllowed } from './security';
import { editorWindowOptions } from './window';

// Electron main's defences, against a stand-in for the `electron` module: no Electron binary here,
// and loading the real module would fail this file.
vi.mock('electron', () => {
  throw new Error('tests must not load the electron module');
});

const EDITOR = 'app://editor/index.html';
const PREVIEW = 'http://127.0.0.1:4321/t/token/';

describe('editor window options', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, no webview; the preload is the only bridge', () => {
    const { webPreferences } = editorWindowOptions('/app/dist/electron/preload.cjs');
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/dist/electron/preload.cjs',
    });
  });
});

describe('permissions', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void;
  type CheckHandler = (contents: unknown, permission: string, requestingOrigin: string) => boolean;

  function installed() {
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler | null) => void (request = handler ?? undefined),
      setPermissionCheckHandler: (handler: CheckHandler | null) => void (check = handler ?? undefined),
    };
    installPermissionHandlers(session as unknown as Parameters<typeof installPermissionHandlers>[0]);
    if (!request || !check) throw new Error('handlers not installed');
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      request!(null, permission, (g) => (granted = g), { requestingUrl: url });
      return granted;
    };
    return { ask, check: (permission: string, origin: string) => check!(null, permission, origin) };
  }

  it('denies every permission request by default, to the editor and to the preview', () => {
    const { ask } = installed();
    for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'openExternal', 'fullscreen', 'pointerLock', 'clipboard-read', 'unknown-future-permission']) {
      expect(ask(permission, EDITOR), permission).toBe(false);
      expect(ask(permission, PREVIEW), permission).toBe(false);
    }
  });

  it('lets only the editor page write to the clipboard (copy in Monaco)', () => {
    const { ask, check } = installed();
    expect(ask('clipboard-sanitized-write', EDITOR)).toBe(true);
    expect(ask('clipboard-sanitized-write', PREVIEW)).toBe(false);
    expect(check('clipboard-sanitized-write', 'app://editor')).toBe(true);
    expect(check('clipboard-sanitized-write', 'http://127.0.0.1:4321')).toBe(false);
    expect(check('media', 'app://editor')).toBe(false);
    expect(permissionAllowed('clipboard-sanitized-write', 'app://editor.evil/')).toBe(false);
  });
});

describe('navigation, new windows and links', () => {
  function guarded() {
    const listeners = new Map<string, (event: { url?: string; preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: (event: { url?: string; preventDefault(): void }) => void) => void listeners.set(name, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => void (openHandler = handler),
    };
    const opened: string[] = [];
    guardWebContents(contents as unknown as Parameters<typeof guardWebContents>[0], (url) => opened.push(url));
    const navigate = (url: string): boolean => {
      const preventDefault = vi.fn();
      listeners.get('will-navigate')!({ url, preventDefault });
      return preventDefault.mock.calls.length === 0;
    };
    return { navigate, open: (url: string) => openHandler!({ url }), opened, listeners };
  }

  it('keeps the window on the editor', () => {
    const { navigate } = guarded();
    expect(navigate('app://editor/index.html?project=%2Fp')).toBe(true);
    for (const url of ['https://evil.example/', 'http://127.0.0.1:4321/', 'file:///etc/passwd', 'app://editor.evil/']) expect(navigate(url), url).toBe(false);
  });

  it('opens no new window; an https link is handed on to ask the user, nothing else is', () => {
    const { open, opened } = guarded();
    for (const url of ['https://plotly.com/docs', 'http://plain.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://editor/x']) expect(open(url).action).toBe('deny');
    expect(opened).toEqual(['https://plotly.com/docs']);
  });

  it('refuses webviews', () => {
    const { listeners } = guarded();
    const preventDefault = vi.fn();
    listeners.get('will-attach-webview')!({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('opens a link in the browser only once the user confirms', async () => {
    const openExternal = vi.fn(async () => undefined);
    const ask = vi.fn(async () => ({ response: 1 }));
    expect(await confirmOpenExternal('https://plotly.com/docs', { ask, openExternal })).toBe(false);
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ detail: 'https://plotly.com/docs', cancelId: 1, defaultId: 1 }));
    expect(openExternal).not.toHaveBeenCalled();
    ask.mockResolvedValueOnce({ response: 0 });
    expect(await confirmOpenExternal('https://plotly.com/docs', { ask, openExternal })).toBe(true);
    expect(openExternal).toHaveBeenCalledWith('https://plotly.com/docs');
    ask.mockClear();
    expect(await confirmOpenExternal('file:///etc/passwd', { ask, openExternal })).toBe(false);
    expect(ask).not.toHaveBeenCalled();
  });
});

describe('host IPC', () => {
  const mainFrame = { url: EDITOR };
  const fromEditor = { senderFrame: mainFrame, sender: { mainFrame } };
  const handlers = { 'recent:list': vi.fn(async () => ({ dirs: ['/p'] })) } as unknown as HostHandlers;
  const listener = createHostIpcListener(handlers);
  type Event = Parameters<typeof listener>[0];

  it('answers the editor page with the validated call', async () => {
    expect(isTrustedSender(fromEditor as unknown as Event)).toBe(true);
    await expect(listener(fromEditor as unknown as Event, 'recent:list', {})).resolves.toEqual({ dirs: ['/p'] });
  });

  it('refuses other senders: the preview frame, a sub-frame, no frame', async () => {
    const preview = { url: PREVIEW };
    const subFrame = { url: EDITOR };
    for (const event of [{ senderFrame: preview, sender: { mainFrame: preview } }, { senderFrame: subFrame, sender: { mainFrame } }, { senderFrame: null, sender: { mainFrame } }]) {
      await expect(listener(event as unknown as Event, 'recent:list', {})).rejects.toThrow(/only from the editor page/);
    }
  });

  it('refuses a bad channel or request with a clear message', async () => {
    const event = fromEditor as unknown as Event;
    await expect(listener(event, 42, {})).rejects.toThrow(/channel must be a string/);
    await expect(listener(event, 'shell:exec', {})).rejects.toThrow(/unknown host channel "shell:exec"/);
    await expect(listener(event, 'project:open', { dir: 7 })).rejects.toThrow(/bad request for project:open: dir/);
  });
});

describe('packaged app fuses (electron-builder electronFuses)', () => {
  it('turns off running as Node, NODE_OPTIONS and --inspect, and turns on asar integrity', async () => {
    const { readFile } = await import('node:fs/promises');
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { build: { electronFuses?: Record<string, boolean> } };
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});

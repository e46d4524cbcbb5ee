import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from '../common/ipc';

/**
 * The editor window's defences that are not in its webPreferences (DESIGN §6): no permission
 * unless listed here, no navigation away from the editor, no new windows, and a link opens in
 * the user's browser only after they say so. Electron is passed in, so this is tested without it.
 */

/** Permissions the editor page itself may use (Monaco's copy); everything else is denied, to every page. */
const EDITOR_PERMISSIONS = new Set(['clipboard-sanitized-write']);

function isEditorUrl(url: string | undefined): boolean {
  return url !== undefined && (url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`));
}

/** Whether a page at `url` may have `permission`. */
export function permissionAllowed(permission: string, url: string | undefined): boolean {
  return EDITOR_PERMISSIONS.has(permission) && isEditorUrl(url);
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

/** Deny by default: camera, microphone, geolocation, notifications, … for the editor and the preview alike. */
export function installPermissionHandlers(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permissionAllowed(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
}

/** Links the editor may hand to the user's browser (after asking). */
export function isExternalLink(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

export interface OpenExternalDeps {
  /** Asks the user; resolves to the index of the button pressed. */
  ask(options: { type: 'question'; buttons: string[]; defaultId: number; cancelId: number; message: string; detail: string }): Promise<{ response: number }>;
  openExternal(url: string): Promise<void>;
}

/** Opens an https link in the user's browser once they confirm; anything else is refused. Says whether it opened. */
export async function confirmOpenExternal(url: string, deps: OpenExternalDeps): Promise<boolean> {
  if (!isExternalLink(url)) return false;
  const { response } = await deps.ask({ type: 'question', buttons: ['Open in browser', 'Cancel'], defaultId: 1, cancelId: 1, message: 'Open this link in your browser?', detail: url });
  if (response !== 0) return false;
  await deps.openExternal(url);
  return true;
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Every web contents: stays on the editor (or its preview frame), opens no window; a link goes to confirmOpenExternal. */
export function guardWebContents(contents: GuardedContents, openLink: (url: string) => void): void {
  contents.on('will-navigate', (navigation) => {
    if (!isEditorUrl(navigation.url)) navigation.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openLink(url);
    return { action: 'deny' };
  });
}

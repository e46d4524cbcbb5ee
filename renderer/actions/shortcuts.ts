import type { ActionDef } from './types';

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

interface ParsedShortcut {
  key: string;
  mod: boolean;
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
}

export function parseShortcut(text: string): ParsedShortcut {
  const parts = text.split('+');
  const key = parts[parts.length - 1].toLowerCase();
  const mods = new Set(parts.slice(0, -1).map((p) => p.toLowerCase()));
  return { key, mod: mods.has('mod'), ctrl: mods.has('ctrl'), shift: mods.has('shift'), alt: mods.has('alt') };
}

interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Does a keydown match a shortcut like "Shift+Mod+Z"? Mod is Cmd on macOS and Ctrl elsewhere. */
export function matchesShortcut(e: KeyLike, shortcut: string, mac = isMac): boolean {
  const s = parseShortcut(shortcut);
  const wantCtrl = s.ctrl || (s.mod && !mac);
  const wantMeta = s.mod && mac;
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.shiftKey !== s.shift || e.altKey !== s.alt) return false;
  const key = e.key.toLowerCase();
  if (key === s.key) return true;
  // Alt and Shift change e.key (e.g. Alt+N → "˜"); fall back to the physical key.
  if (e.code && /^[a-z0-9]$/.test(s.key)) return e.code.toLowerCase() === (/[0-9]/.test(s.key) ? `digit${s.key}` : `key${s.key}`);
  return false;
}

/** The shortcut as shown in menus: ⇧⌘Z on macOS, Ctrl+Shift+Z elsewhere. */
export function formatShortcut(shortcut: string, mac = isMac): string {
  const s = parseShortcut(shortcut);
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key.replace(/^arrow/, '').replace(/^\w/, (c) => c.toUpperCase());
  if (mac) return `${s.ctrl ? '⌃' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod ? '⌘' : ''}${key === 'Escape' ? 'Esc' : key}`;
  return [s.ctrl || s.mod ? 'Ctrl' : '', s.shift ? 'Shift' : '', s.alt ? 'Alt' : '', key === 'Escape' ? 'Esc' : key].filter(Boolean).join('+');
}

/** Focus is somewhere typing goes (inputs, textareas, contenteditable, Monaco). */
export function isTextTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.closest('.monaco-editor, [data-keys="own"]')) return true;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(type);
  }
  return false;
}

/** The action a keydown triggers, if any. */
export function actionForKey(actions: readonly ActionDef[], e: KeyLike & { target: EventTarget | null }, inEditor: boolean): ActionDef | undefined {
  const typing = isTextTarget(e.target);
  return actions.find(
    (a) => a.shortcuts?.some((k) => matchesShortcut(e, k)) && (!typing || a.inTextFields) && (inEditor || a.global),
  );
}

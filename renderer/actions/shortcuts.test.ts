// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { actions } from './index';
import { actionForKey, formatShortcut, isTextTarget, matchesShortcut } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}, target: EventTarget | null = document.body) => ({
  key: k,
  code: /^[a-z]$/i.test(k) ? `Key${k.toUpperCase()}` : k,
  ctrlKey: Boolean(mods.ctrl),
  metaKey: Boolean(mods.meta),
  shiftKey: Boolean(mods.shift),
  altKey: Boolean(mods.alt),
  target,
});

describe('shortcuts', () => {
  it('Mod is Ctrl off macOS and Cmd on macOS', () => {
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+Z', false)).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', true)).toBe(true);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Shift+Mod+Z', false)).toBe(true);
  });

  it('maps the documented keys to actions', () => {
    const name = (k: ReturnType<typeof key>) => actionForKey(actions, k, true)?.name;
    const mod = navigator.platform.includes('Mac') ? { meta: true } : { ctrl: true };
    expect(name(key('z', mod))).toBe('undo');
    expect(name(key('Z', { ...mod, shift: true }))).toBe('redo');
    expect(name(key('y', { ctrl: true }))).toBe('redo');
    expect(name(key('Delete'))).toBe('deleteSelection');
    expect(name(key('Backspace'))).toBe('deleteSelection');
    expect(name(key('c', mod))).toBe('copy');
    expect(name(key('v', mod))).toBe('paste');
    expect(name(key('d', mod))).toBe('duplicate');
    expect(name(key('s', mod))).toBe('save');
    expect(name(key('o', mod))).toBe('open');
    expect(name(key('k', mod))).toBe('commandPalette');
    expect(name(key('Escape'))).toBe('deselect');
  });

  it('leaves typing alone in text fields, except for save and the palette', () => {
    const input = document.createElement('input');
    const mod = navigator.platform.includes('Mac') ? { meta: true } : { ctrl: true };
    expect(isTextTarget(input)).toBe(true);
    expect(actionForKey(actions, key('Backspace', {}, input), true)).toBeUndefined();
    expect(actionForKey(actions, key('z', mod, input), true)).toBeUndefined();
    expect(actionForKey(actions, key('s', mod, input), true)?.name).toBe('save');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(isTextTarget(checkbox)).toBe(false);
  });

  it('only global actions work on the welcome screen', () => {
    const mod = navigator.platform.includes('Mac') ? { meta: true } : { ctrl: true };
    expect(actionForKey(actions, key('z', mod), false)).toBeUndefined();
    expect(actionForKey(actions, key('o', mod), false)?.name).toBe('open');
  });

  it('formats for menus', () => {
    expect(formatShortcut('Shift+Mod+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Shift+Mod+Z', true)).toBe('⇧⌘Z');
    expect(formatShortcut('Escape', false)).toBe('Esc');
  });
});

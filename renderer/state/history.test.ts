import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addComponent } from '../actions/addComponent';
import { setProp } from '../actions/setProp';
import { setCallbackSource } from '../actions/setCallbackSource';
import { moveResizeComponents } from '../actions/moveResizeComponents';
import { undo } from '../actions/undo';
import { redo } from '../actions/redo';
import { openHello } from '../test/fixture';
import { editor } from './editorStore';
import { COALESCE_MS } from './historySlice';

beforeEach(() => {
  openHello();
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-01-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const prop = (id: string, p: string) => editor().project.components.find((c) => c.id === id)?.props[p];

describe('history', () => {
  it('starts clean and empty after opening', () => {
    expect(editor().dirty).toBe(false);
    expect(editor().history.past).toEqual([]);
  });

  it('records each edit under its command name and undoes/redoes it', () => {
    setProp('n', 'value', 7);
    expect(editor().history.past.map((e) => e.name)).toEqual(['Set n.value']);
    expect(editor().dirty).toBe(true);
    expect(undo()).toBe(true);
    expect(prop('n', 'value')).toBe(3);
    expect(editor().dirty).toBe(false);
    expect(redo()).toBe(true);
    expect(prop('n', 'value')).toBe(7);
    expect(editor().dirty).toBe(true);
  });

  it('coalesces rapid edits of the same prop into one entry', () => {
    for (const v of ['h', 'he', 'hel', 'hell', 'hello']) {
      setProp('out', 'text', v);
      vi.advanceTimersByTime(100);
    }
    expect(editor().history.past).toHaveLength(1);
    undo();
    expect(prop('out', 'text')).toBe('');
  });

  it('does not coalesce edits of different props, or after a pause', () => {
    setProp('out', 'text', 'a');
    setProp('n', 'value', 1);
    setProp('out', 'text', 'b');
    expect(editor().history.past).toHaveLength(3);
    vi.advanceTimersByTime(COALESCE_MS + 1);
    setProp('out', 'text', 'c');
    expect(editor().history.past).toHaveLength(4);
  });

  it('coalesces typing in a callback source', () => {
    setCallbackSource('double', 'a');
    setCallbackSource('double', 'ab');
    expect(editor().history.past).toHaveLength(1);
    undo();
    expect(editor().callbacks.double).toContain('twice');
  });

  it('a new edit after undo clears redo and does not merge into the undone step', () => {
    setProp('out', 'text', 'a');
    undo();
    setProp('out', 'text', 'b');
    expect(editor().history.future).toEqual([]);
    expect(editor().history.past).toHaveLength(1);
    undo();
    expect(prop('out', 'text')).toBe('');
  });

  it('no-op edits make no entry', () => {
    setProp('n', 'value', 3);
    moveResizeComponents([{ id: 'n', x: 0, y: 0, w: 6, h: 2 }]);
    expect(editor().history.past).toEqual([]);
  });

  it('undo prunes a selection of components that no longer exist', () => {
    const id = addComponent('button');
    expect(editor().session.selection).toEqual([id]);
    undo();
    expect(editor().session.selection).toEqual([]);
  });

  it('marks clean again when undoing back to the saved document', () => {
    setProp('n', 'value', 9);
    editor().markSaved({ project: editor().project, callbacks: editor().callbacks, components: editor().components }, 'now');
    expect(editor().dirty).toBe(false);
    undo();
    expect(editor().dirty).toBe(true);
    redo();
    expect(editor().dirty).toBe(false);
  });
});

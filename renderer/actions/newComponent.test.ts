import { beforeEach, describe, expect, it } from 'vitest';
import { editor } from '../state/editorStore';
import { openHello } from '../test/fixture';
import { addProjectComponent, componentTypeError, setComponentSource } from './newComponent';

describe('New component', () => {
  beforeEach(() => openHello());

  it('writes a starter for a new type, opens it, and undoes as one step', () => {
    expect(addProjectComponent('gauge')).toEqual({ ok: true });
    const s = editor();
    expect(s.components.gauge).toContain("type: 'gauge'");
    expect(s.components.gauge).toContain("from 'dashwright/component'");
    expect(s.session.activeComponentType).toBe('gauge');
    expect(s.dirty).toBe(true);
    expect(s.history.past.at(-1)?.name).toBe('New component gauge');
    s.undo();
    expect(editor().components).toEqual({});
  });

  it('refuses a taken, built-in or malformed name, saying why', () => {
    addProjectComponent('gauge');
    expect(addProjectComponent('gauge')).toEqual({ ok: false, error: 'The project already has a component "gauge".' });
    expect(componentTypeError(editor(), 'slider')).toMatch(/built-in/);
    expect(componentTypeError(editor(), '9lives')).toMatch(/starts with a letter/);
  });

  it('edits of its source coalesce into one undo step', () => {
    addProjectComponent('gauge');
    setComponentSource('gauge', 'a');
    setComponentSource('gauge', 'ab');
    expect(editor().components.gauge).toBe('ab');
    editor().undo();
    expect(editor().components.gauge).toContain("type: 'gauge'");
    expect(setComponentSource('nope', 'x')).toBe(false);
  });
});

import { toast } from 'sonner';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { openHello } from '../test/fixture';
import { editor } from '../state/editorStore';
import { commands } from './index';
import { renameArgument, setCodeRenamer } from './renameArgument';

const ids = () => editor().project.components.map((c) => c.id);
const cb = (id: string) => editor().project.callbacks.find((c) => c.id === id);

beforeEach(openHello);

/** Run `edit`, check it changed the document, then that undo restores it exactly and redo re-applies it. */
function expectUndoable(edit: () => unknown): void {
  const before = { project: editor().project, callbacks: editor().callbacks };
  edit();
  const after = { project: editor().project, callbacks: editor().callbacks };
  expect(after).not.toEqual(before);
  expect(editor().undo()).toBe(true);
  expect({ project: editor().project, callbacks: editor().callbacks }).toEqual(before);
  expect(editor().redo()).toBe(true);
  expect({ project: editor().project, callbacks: editor().callbacks }).toEqual(after);
}

describe('every document edit is undoable', () => {
  const cases: [string, () => unknown][] = [
    ['addComponent', () => commands.addComponent('graph')],
    ['moveResizeComponents', () => commands.moveResizeComponents([{ id: 'n', x: 2, y: 3, w: 4, h: 3 }])],
    ['deleteSelection', () => (editor().select(['n', 'out']), commands.deleteSelection())],
    ['setProp', () => commands.setProp('n', 'max', 100)],
    ['renameComponent', () => commands.renameComponent('n', 'year')],
    ['duplicateSelection', () => (editor().select(['n']), commands.duplicateSelection())],
    ['paste', () => (editor().select(['out']), commands.copySelection(), commands.paste())],
    ['cutSelection', () => (editor().select(['out']), commands.cutSelection())],
    ['nudgeSelection', () => (editor().select(['n']), commands.nudgeSelection(1, 0))],
    ['addCallback', () => commands.addCallback({ id: 'triple', inputs: [], state: [], outputs: [{ id: 'out', prop: 'text' }], placement: 'client' }, 'export default () => 1;')],
    ['updateCallback', () => commands.updateCallback('double', { placement: 'client', preventInitialCall: true })],
    ['setCallbackSource', () => commands.setCallbackSource('double', 'export default () => "x";')],
    ['deleteCallback', () => commands.deleteCallback('double')],
    ['renameCallback', () => commands.renameCallback('double', 'twice')],
    ['renameProject', () => commands.renameProject('Sales')],
  ];
  it.each(cases)('%s', (_name, edit) => expectUndoable(edit));
});

describe('components', () => {
  it('addComponent fills defaults, picks a free id, and selects it', () => {
    const a = commands.addComponent('slider');
    const b = commands.addComponent('slider');
    expect([a, b]).toEqual(['slider', 'slider2']);
    const added = editor().project.components.find((c) => c.id === 'slider2');
    expect(added?.props).toEqual({ label: '', min: 0, max: 10, step: 1, value: 5, updatemode: 'drag', dragValue: null });
    expect(added?.grid).toEqual({ x: 0, y: 4, w: 4, h: 2 });
    expect(editor().session.selection).toEqual(['slider2']);
    expect(commands.addComponent('nope')).toBeNull();
  });

  it('addComponent at a drop position also applies the pushed neighbours, as one step', () => {
    commands.addComponent('button', { grid: { x: 0, y: 0, w: 2, h: 1 }, layout: [{ id: 'n', x: 0, y: 1, w: 6, h: 2 }] });
    expect(editor().project.components.find((c) => c.id === 'n')?.grid.y).toBe(1);
    expect(editor().history.past).toHaveLength(1);
  });

  it('renameComponent rewrites callback bindings and the selection', () => {
    editor().select(['n']);
    expect(commands.renameComponent('n', 'year')).toEqual({ ok: true });
    expect(ids()).toEqual(['year', 'out']);
    expect(cb('double')?.inputs[0]).toEqual({ id: 'year', prop: 'value', as: 'n' });
    expect(editor().session.selection).toEqual(['year']);
    commands.renameComponent('out', 'summary');
    expect(cb('double')?.outputs[0].id).toBe('summary');
  });

  it('renameComponent refuses taken or invalid ids', () => {
    expect(commands.renameComponent('n', 'out')).toMatchObject({ ok: false });
    expect(commands.renameComponent('n', 'double')).toMatchObject({ ok: false });
    expect(commands.renameComponent('n', '1abc')).toMatchObject({ ok: false });
    expect(commands.renameComponent('n', '')).toMatchObject({ ok: false });
    expect(editor().history.past).toEqual([]);
  });

  it('paste makes unique ids, keeps props, and selects the copies', () => {
    editor().select(['n', 'out']);
    commands.copySelection();
    const first = commands.paste();
    const second = commands.paste();
    expect(first).toEqual(['n2', 'out2']);
    expect(second).toEqual(['n3', 'out3']);
    expect(new Set(ids()).size).toBe(ids().length);
    expect(editor().session.selection).toEqual(['n3', 'out3']);
    const copy = editor().project.components.find((c) => c.id === 'n2');
    expect(copy?.props.value).toBe(3);
    expect(copy?.grid.y).toBe(2);
  });

  it('pasted copies do not share props objects with the original', () => {
    commands.setProp('n', 'label', { nested: true });
    editor().select(['n']);
    commands.duplicateSelection();
    const [orig, dup] = editor().project.components.filter((c) => c.type === 'slider');
    expect(dup.props.label).toEqual(orig.props.label);
    expect(dup.props.label).not.toBe(orig.props.label);
  });

  it('deleteSelection keeps callbacks (their dangling bindings show as problems) and says so, with Undo', () => {
    const warning = vi.spyOn(toast, 'warning');
    editor().select(['out']);
    commands.deleteSelection();
    expect(ids()).toEqual(['n']);
    expect(cb('double')).toBeDefined();
    expect(editor().session.selection).toEqual([]);
    expect(warning).toHaveBeenCalledWith('Deleted out: callback double still refers to it', expect.objectContaining({ action: expect.objectContaining({ label: 'Undo' }) }));
    const undo = (warning.mock.calls[0][1] as unknown as { action: { onClick: () => void } }).action.onClick;
    undo();
    expect(ids()).toEqual(['n', 'out']);
    warning.mockRestore();
  });
});

describe('callbacks', () => {
  it('addCallback makes the id unique, stores the source and activates it', () => {
    const id = commands.addCallback({ id: 'double', inputs: [], state: [], outputs: [{ id: 'out', prop: 'text' }], placement: 'server' }, 'src');
    expect(id).toBe('double2');
    expect(editor().callbacks.double2).toBe('src');
    expect(editor().session.activeCallbackId).toBe('double2');
  });

  it('renameCallback renames the spec, the module and its default export', () => {
    editor().setActiveCallback('double');
    expect(commands.renameCallback('double', 'twice')).toEqual({ ok: true });
    expect(cb('twice')).toBeDefined();
    expect(editor().callbacks.double).toBeUndefined();
    expect(editor().callbacks.twice).toMatch(/^export default function twice\(/);
    expect(editor().session.activeCallbackId).toBe('twice');
    expect(commands.renameCallback('twice', 'n')).toMatchObject({ ok: false });
  });

  it('updateCallback patches wiring; undefined removes an option; a new id renames', () => {
    commands.updateCallback('double', { preventInitialCall: true });
    expect(cb('double')?.preventInitialCall).toBe(true);
    commands.updateCallback('double', { preventInitialCall: undefined });
    expect(cb('double')).not.toHaveProperty('preventInitialCall');
    commands.updateCallback('double', { id: 'dbl', state: [{ id: 'n', prop: 'max' }] });
    expect(cb('dbl')?.state).toEqual([{ id: 'n', prop: 'max' }]);
  });

  it('deleteCallback removes spec and source and moves the active callback', () => {
    commands.addCallback({ id: 'b', inputs: [], state: [], outputs: [{ id: 'n', prop: 'max' }], placement: 'server' }, 'src');
    editor().setActiveCallback('double');
    commands.deleteCallback('double');
    expect(editor().project.callbacks.map((c) => c.id)).toEqual(['b']);
    expect(Object.keys(editor().callbacks)).toEqual(['b']);
    expect(editor().session.activeCallbackId).toBe('b');
  });
});

describe('renameArgument', () => {
  it('renames the argument in wiring and code in one undo step, via the code editor\'s renamer', async () => {
    setCodeRenamer(async (id, from, to) => editor().callbacks[id]!.replaceAll(from, to));
    try {
      const before = editor().callbacks.double;
      await renameArgument('double', 'inputs', 0, 'count');
      expect(cb('double')!.inputs[0]!.as).toBe('count');
      expect(editor().callbacks.double).toContain('{ count }');
      editor().undo();
      expect(cb('double')!.inputs[0]!.as).toBe('n');
      expect(editor().callbacks.double).toBe(before);
    } finally {
      setCodeRenamer(null);
    }
  });

  it('changes only the wiring, and says so, when the code cannot follow', async () => {
    const info = vi.spyOn(toast, 'info');
    const before = editor().callbacks.double;
    await renameArgument('double', 'inputs', 0, 'count');
    expect(cb('double')!.inputs[0]!.as).toBe('count');
    expect(editor().callbacks.double).toBe(before);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('still says “n”'));
    info.mockRestore();
  });
});


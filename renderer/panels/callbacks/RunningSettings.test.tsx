// @vitest-environment happy-dom
/** The callback settings' running props and onError handler, the project settings' handler: each an undo step. */
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { editor } from '../../state/editorStore';
import { useEditor } from '../../state/store';
import { openHello } from '../../test/fixture';
import { mountPerTest } from '../../test/mount';
import { commands } from '../../actions';
import { SettingsDialog } from '../../dialogs/SettingsDialog';
import { CallbackSettings } from './CallbackSettings';
import { NEW_HANDLER } from './ErrorHandlerSelect';
import { typecheckCallbacks } from '../../../export/typecheck';
import { createCatalog } from '../../../runtime/components/catalog';

const mount = mountPerTest(() => {
  openHello();
  commands.addCallback({ id: 'fallback', inputs: [], state: [], outputs: [], placement: 'server' }, 'export default () => {};\n');
});
const byId = mount.byId;

const spec = (id = 'double') => editor().project.callbacks.find((c) => c.id === id)!;
const lastStep = () => editor().history.past.at(-1)?.name;

function setValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function Settings() {
  const project = useEditor((s) => s.project);
  const cb = project.callbacks.find((c) => c.id === 'double')!;
  return <CallbackSettings project={project} spec={cb} onChange={() => {}} />;
}

describe('callback settings: running props', () => {
  it('adds an entry (prop, on and off as JSON) and removes it, one undo step each', async () => {
    await act(async () => mount.root.render(<Settings />));
    act(() => byId('callback-add-running')!.click());
    act(() => setValue(byId<HTMLSelectElement>('callback-running-prop')!, 'out.text'));
    act(() => setValue(byId<HTMLInputElement>('callback-running-on')!, 'busy'));
    expect(byId<HTMLButtonElement>('callback-running-add')!.disabled).toBe(true);
    expect(mount.host.textContent).toMatch(/"on" is not JSON/);
    act(() => setValue(byId<HTMLInputElement>('callback-running-on')!, '"working…"'));
    act(() => setValue(byId<HTMLInputElement>('callback-running-off')!, '"idle"'));
    act(() => byId('callback-running-add')!.click());
    expect(spec().running).toEqual([{ id: 'out', prop: 'text', on: 'working…', off: 'idle' }]);
    expect(lastStep()).toBe('double: while running, set out.text');
    expect(byId('callback-running-entry')!.textContent).toContain('out.text: "working…" → "idle"');

    act(() => mount.host.querySelector<HTMLButtonElement>('[aria-label="Remove running out.text"]')!.click());
    expect(spec().running).toBeUndefined();
    expect(lastStep()).toBe('double: no running out.text');
    act(() => void editor().undo());
    expect(spec().running).toHaveLength(1);
  });

  it('refuses an on value that does not fit the prop', async () => {
    await act(async () => mount.root.render(<Settings />));
    act(() => byId('callback-add-running')!.click());
    act(() => setValue(byId<HTMLSelectElement>('callback-running-prop')!, 'n.value'));
    act(() => setValue(byId<HTMLInputElement>('callback-running-on')!, '"high"'));
    expect(byId<HTMLButtonElement>('callback-running-add')!.disabled).toBe(true);
    expect(mount.host.textContent).toMatch(/"on" does not fit n\.value/);
  });
});

describe('onError handlers in the editor', () => {
  it('the callback settings pick the handler; undo takes it back', async () => {
    await act(async () => mount.root.render(<Settings />));
    act(() => setValue(byId<HTMLSelectElement>('callback-on-error')!, 'fallback'));
    expect(spec().onError).toBe('fallback');
    expect(lastStep()).toBe('double: errors handled by fallback');
    act(() => setValue(byId<HTMLSelectElement>('callback-on-error')!, ''));
    expect(spec().onError).toBeUndefined();
    act(() => void editor().undo());
    expect(spec().onError).toBe('fallback');
  });

  it('the project settings dialog sets the top-level handler in its one step', async () => {
    await act(async () => mount.root.render(<SettingsDialog onClose={() => {}} />));
    const select = document.querySelector<HTMLSelectElement>('[data-testid="settings-on-error"]')!;
    act(() => setValue(select, 'fallback'));
    act(() => document.querySelector<HTMLButtonElement>('[data-testid="dialog-confirm"]')!.click());
    expect(editor().project.onError).toBe('fallback');
    expect(lastStep()).toBe('Project settings');
  });

  it('"New handler…" makes a handler callback from a template that type-checks, in one undo step', async () => {
    await act(async () => mount.root.render(<Settings />));
    const steps = editor().history.past.length;
    act(() => setValue(byId<HTMLSelectElement>('callback-on-error')!, NEW_HANDLER));
    expect(spec().onError).toBe('handleError');
    expect(spec('handleError')).toEqual({ id: 'handleError', inputs: [], state: [], outputs: [], placement: 'server' });
    expect(editor().history.past.length).toBe(steps + 1);
    expect(editor().session.activeCallbackId).toBe('handleError');
    expect(typecheckCallbacks(editor().project, editor().callbacks, createCatalog())).toEqual([]);
    act(() => void editor().undo());
    expect(spec().onError).toBeUndefined();
    expect(editor().project.callbacks.map((c) => c.id)).not.toContain('handleError');
  });

  it('renaming or deleting a handler callback follows in every onError; renaming a component in running entries', () => {
    commands.setErrorHandler('double', 'fallback');
    commands.setProjectSettings({ onError: 'fallback' });
    commands.setCallbackRunning('double', [{ id: 'out', prop: 'text', on: 'a', off: 'b' }]);
    commands.renameCallback('fallback', 'recover');
    expect([spec().onError, editor().project.onError]).toEqual(['recover', 'recover']);
    commands.renameComponent('out', 'result');
    expect(spec().running).toEqual([{ id: 'result', prop: 'text', on: 'a', off: 'b' }]);
    commands.deleteCallback('recover');
    expect([spec().onError, editor().project.onError]).toEqual([undefined, undefined]);
  });
});

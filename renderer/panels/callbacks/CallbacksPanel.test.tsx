// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { editor } from '../../state/editorStore';
import { openHello } from '../../test/fixture';
import { mountPerTest } from '../../test/mount';
import { CallbacksPanel } from './CallbacksPanel';

// Monaco needs a real browser (workers); the e2e tests cover it. Here: the panel around it.
vi.mock('./CallbackEditor', () => ({
  default: ({ callbackId }: { callbackId: string }) => <div data-testid="callback-editor" data-callback-id={callbackId} />,
}));

const mount = mountPerTest(openHello);

const byId = mount.byId;

function click(id: string): void {
  const el = byId(id);
  if (!el) throw new Error(`no ${id}`);
  act(() => el.click());
}

function setValue(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

function pick(key: string): void {
  act(() => setValue(byId<HTMLSelectElement>('wiring-picker')!, key));
  click('wiring-picker-confirm');
}

async function render(): Promise<void> {
  await act(async () => mount.root.render(<CallbacksPanel durations={{ double: 3.2 }} />));
}

describe('CallbacksPanel', () => {
  it('lists callbacks with placement and duration and shows the active one', async () => {
    act(() => editor().setActiveCallback('double'));
    await render();
    expect(byId('callback-item-double')?.textContent).toMatch(/double\s*server · 3\.2 ms/);
    expect(byId('callback-item-double')?.getAttribute('aria-current')).toBe('true');
    expect(byId('callback-editor')?.dataset.callbackId).toBe('double');
    expect(byId('wiring-chip-inputs-n.value')?.textContent).toContain('number');
    expect(byId('wiring-chip-outputs-out.text')?.textContent).toContain('string');
  });

  it('creates a callback from picked outputs and inputs, with a typed template', async () => {
    await render();
    click('callback-new');
    expect(byId<HTMLButtonElement>('callback-create')?.disabled).toBe(true);
    const outputs = [...byId<HTMLSelectElement>('wiring-picker')!.options].map((o) => [o.value, o.disabled]);
    expect(outputs).toContainEqual(['n.max', false]);
    expect(outputs).toContainEqual(['out.text', true]); // set by double
    pick('n.max');
    click('wiring-add-input');
    const inputs = [...byId<HTMLSelectElement>('wiring-picker')!.options].map((o) => o.value).filter(Boolean);
    expect(inputs).toEqual(['n.value', 'n.dragValue']);
    pick('n.value');
    click('callback-create');
    const s = editor();
    expect(s.session.activeCallbackId).toBe('callback1');
    expect(s.project.callbacks[1]).toEqual({
      id: 'callback1',
      inputs: [{ id: 'n', prop: 'value', as: 'n' }],
      state: [],
      outputs: [{ id: 'n', prop: 'max', as: 'max' }],
      placement: 'server',
    });
    expect(s.callbacks.callback1).toBe('export default function callback1({ n }: Inputs, _ctx: Ctx): Outputs {\n  return n;\n}\n');
    expect(byId('callback-editor')?.dataset.callbackId).toBe('callback1');
  });

  it('edits the wiring of an existing callback through the store', async () => {
    act(() => editor().setActiveCallback('double'));
    await render();
    click('wiring-add-state');
    pick('n.max');
    expect(editor().project.callbacks[0].state).toEqual([{ id: 'n', prop: 'max', as: 'nMax' }]);

    const as = byId<HTMLInputElement>('wiring-as-state-n.max')!;
    act(() => setValue(as, 'n'));
    act(() => as.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(editor().project.callbacks[0].state[0].as).toBe('nMax'); // "n" is taken by the input
    act(() => setValue(byId<HTMLInputElement>('wiring-as-state-n.max')!, 'limit'));
    act(() => byId('wiring-as-state-n.max')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(editor().project.callbacks[0].state[0].as).toBe('limit');

    click('wiring-remove-state-n.max');
    expect(editor().project.callbacks[0].state).toEqual([]);
    expect(byId('wiring-remove-outputs-out.text')).toBeNull(); // the only output stays

    click('callback-placement');
    expect(editor().project.callbacks[0].placement).toBe('client');
    click('callback-prevent-initial');
    expect(editor().project.callbacks[0].preventInitialCall).toBe(true);
  });

  it('renames and deletes a callback', async () => {
    act(() => editor().setActiveCallback('double'));
    await render();
    const id = byId<HTMLInputElement>('callback-id')!;
    act(() => setValue(id, 'out'));
    act(() => id.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(mount.host.querySelector('[role="alert"]')?.textContent).toMatch(/already used/);
    act(() => setValue(byId<HTMLInputElement>('callback-id')!, 'twice'));
    act(() => byId('callback-id')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(editor().session.activeCallbackId).toBe('twice');
    expect(Object.keys(editor().callbacks)).toEqual(['twice']);
    click('callback-delete');
    expect(editor().project.callbacks).toEqual([]);
    expect(byId('callback-editor')).toBeNull();
  });
});

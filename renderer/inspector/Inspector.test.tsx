// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editor } from '../state/editorStore';
import { openHello } from '../test/fixture';
import { Inspector } from './Inspector';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
beforeEach(() => {
  openHello();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const field = (prop: string) => host.querySelector<HTMLInputElement>(`[data-testid="inspector-field-${prop}"]`);

/** Type into a React-controlled input the way a user does. */
function type(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Inspector', () => {
  it('shows a hint without a selection', () => {
    act(() => root.render(<Inspector />));
    expect(host.textContent).toContain('Select a component');
  });

  it('edits props live and validates them', () => {
    act(() => editor().select(['n']));
    act(() => root.render(<Inspector />));
    expect(field('max')?.value).toBe('10');
    act(() => type(field('max')!, '25'));
    expect(editor().project.components[0].props.max).toBe(25);
    act(() => type(field('step')!, '-2'));
    expect(editor().project.components[0].props.step).toBe(1);
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/>0|greater|positive/i);
  });

  it('keeps text it cannot apply, with what is wrong, until fixed or Escape', () => {
    act(() => editor().select(['n']));
    act(() => root.render(<Inspector />));
    act(() => type(field('step')!, '-2'));
    act(() => field('step')!.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(field('step')!.value).toBe('-2');
    expect(host.querySelector('[data-testid="inspector-error-step"]')?.textContent).toMatch(/not applied/);
    expect(editor().project.components[0].props.step).toBe(1);
    act(() => field('step')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(field('step')!.value).toBe('1');
    expect(host.querySelector('[data-testid="inspector-error-step"]')).toBeNull();
  });

  it('says which callback sets a prop', () => {
    act(() => editor().select(['out']));
    act(() => root.render(<Inspector />));
    expect(host.querySelector('[data-testid="inspector-setby-text"]')?.textContent).toContain('double');
  });

  it('renames through the id field and refuses a taken id', () => {
    act(() => editor().select(['n']));
    act(() => root.render(<Inspector />));
    const id = field('id')!;
    act(() => type(id, 'out'));
    act(() => id.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(host.textContent).toContain('already used');
    act(() => type(id, 'year'));
    act(() => id.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    expect(editor().project.callbacks[0].inputs[0].id).toBe('year');
  });

  it('moves and resizes through the position fields, inside the grid, one undo step per field', () => {
    act(() => editor().select(['n']));
    act(() => root.render(<Inspector />));
    const cell = (k: string) => host.querySelector<HTMLInputElement>(`[data-testid="inspector-grid-${k}"]`)!;
    const before = { ...editor().project.components[0].grid };
    act(() => type(cell('w'), '5'));
    act(() => type(cell('w'), '50'));
    expect(editor().project.components[0].grid.w).toBe(editor().project.layout.cols);
    act(() => type(cell('x'), '3'));
    expect(editor().project.components[0].grid.x).toBe(0); // a full-width component cannot move right
    act(() => editor().undo());
    expect(editor().project.components[0].grid).toEqual(before);
    act(() => type(cell('h'), '0'));
    expect(editor().project.components[0].grid.h).toBe(1);
  });
});

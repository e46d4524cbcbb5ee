// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLiveGrid } from '../canvas/liveGrid';
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
  setLiveGrid(null);
});

const cell = (key: string) => host.querySelector<HTMLInputElement>(`[data-testid="inspector-grid-${key}"]`)!;
const values = () => ['x', 'y', 'w', 'h'].map((k) => cell(k).value);

function type(el: HTMLInputElement, text: string): void {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, text);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('Position and size', () => {
  it('follows a drag of the selected component on the canvas before the drop, and ignores drags of others', () => {
    act(() => editor().select(['out']));
    act(() => root.render(<Inspector />));
    expect(values()).toEqual(['6', '0', '6', '2']);
    act(() => setLiveGrid({ id: 'out', x: 3, y: 1, w: 6, h: 2 }));
    expect(values()).toEqual(['3', '1', '6', '2']);
    act(() => setLiveGrid({ id: 'n', x: 5, y: 5, w: 2, h: 2 }));
    expect(values()).toEqual(['6', '0', '6', '2']);
    act(() => setLiveGrid(null));
    expect(values()).toEqual(['6', '0', '6', '2']);
    expect(editor().history.past).toEqual([]);
  });

  it('an X typed onto another component moves that one out of the way, as one named step', () => {
    act(() => editor().select(['out']));
    act(() => root.render(<Inspector />));
    act(() => type(cell('x'), '0'));
    const grid = (id: string) => editor().project.components.find((c) => c.id === id)!.grid;
    expect(grid('out')).toEqual({ x: 0, y: 0, w: 6, h: 2 });
    expect(grid('n')).toEqual({ x: 0, y: 2, w: 6, h: 2 });
    expect(editor().history.past.map((e) => e.name)).toEqual(['Move out']);
  });
});

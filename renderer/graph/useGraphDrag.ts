import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { Point } from './layout';

/**
 * Dragging in the Graph tab: from a prop (a graph node or the list of every component's props)
 * onto a callback, or from a callback onto a prop. Plain pointer events: a press that moves a
 * few pixels becomes a drag (a press that does not stays a click); what is under the pointer is
 * found by its `data-drop` attribute ("cb:<id>" or "p:<id.prop>", the graph's node ids).
 */
export type DragSource = { kind: 'prop'; key: string } | { kind: 'callback'; id: string };

export interface DragState {
  source: DragSource;
  start: Point;
  at: Point;
  /** The node id under the pointer that takes this drag, or null. */
  target: string | null;
  /** Shift or Alt held: a prop dropped on a callback becomes state, not an input. */
  asState: boolean;
}

export interface DropEvent {
  source: DragSource;
  target: string | null;
  asState: boolean;
  at: Point;
  /** Dropped on the graph's background (not on a node, not outside the graph). */
  onBackground: boolean;
}

const THRESHOLD = 4;

/** Can `target` (a node id) take a drag from `source`? Props go to callbacks, callbacks to props. */
export function accepts(source: DragSource, target: string): boolean {
  return source.kind === 'prop' ? target.startsWith('cb:') : target.startsWith('p:');
}

function targetAt(source: DragSource, p: Point): { target: string | null; onBackground: boolean } {
  const el = document.elementFromPoint(p.x, p.y);
  const drop = el?.closest('[data-drop]')?.getAttribute('data-drop') ?? null;
  const target = drop !== null && accepts(source, drop) ? drop : null;
  return { target, onBackground: drop === null && Boolean(el?.closest('[data-graph-background]')) };
}

export interface GraphDrag {
  drag: DragState | null;
  /** Call from a source's onPointerDown. */
  begin(source: DragSource, e: ReactPointerEvent): void;
}

export function useGraphDrag(onDrop: (drop: DropEvent) => void): GraphDrag {
  const [drag, setDrag] = useState<DragState | null>(null);
  const cleanup = useRef<(() => void) | null>(null);
  const dropRef = useRef(onDrop);
  useEffect(() => {
    dropRef.current = onDrop;
  }, [onDrop]);
  useEffect(() => () => cleanup.current?.(), []);

  const begin = useCallback((source: DragSource, e: ReactPointerEvent): void => {
    if (e.button !== 0) return;
    cleanup.current?.();
    const press = { x: e.clientX, y: e.clientY };
    // The line starts at the source's right edge (a node's port, the list's edge), not under the pointer.
    const box = e.currentTarget.getBoundingClientRect();
    const start = box.width > 0 ? { x: box.right, y: box.top + box.height / 2 } : press;
    let active = false;
    const move = (ev: PointerEvent): void => {
      const at = { x: ev.clientX, y: ev.clientY };
      if (!active && Math.hypot(at.x - press.x, at.y - press.y) < THRESHOLD) return;
      active = true;
      ev.preventDefault();
      setDrag({ source, start, at, target: targetAt(source, at).target, asState: ev.shiftKey || ev.altKey });
    };
    const up = (ev: PointerEvent): void => {
      stop();
      if (!active) return;
      // The click that follows the release is not a click on the node.
      const swallow = (c: MouseEvent): void => c.stopPropagation();
      window.addEventListener('click', swallow, { capture: true, once: true });
      window.setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      const at = { x: ev.clientX, y: ev.clientY };
      dropRef.current({ source, ...targetAt(source, at), asState: ev.shiftKey || ev.altKey, at });
    };
    const key = (ev: KeyboardEvent): void => {
      if (ev.key === 'Escape') stop();
      else if (ev.key === 'Shift' || ev.key === 'Alt') setDrag((d) => (d ? { ...d, asState: ev.type === 'keydown' } : d));
    };
    const stop = (): void => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('keydown', key);
      window.removeEventListener('keyup', key);
      cleanup.current = null;
      setDrag(null);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('keydown', key);
    window.addEventListener('keyup', key);
    cleanup.current = stop;
  }, []);

  return { drag, begin };
}

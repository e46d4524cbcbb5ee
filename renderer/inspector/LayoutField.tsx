import { useState } from 'react';
import type { ComponentInstance, Grid } from '../../runtime/schema';
import { moveResizeComponents } from '../actions/moveResizeComponents';
import { useEditor } from '../state/store';
import { useLiveGridOf } from '../canvas/liveGrid';
import { slotKey } from '../../runtime/schema/containers';
import { slotColsAt } from '../../runtime/schema/breakpoints';
import { useCurrentPage } from '../state/page';
import { useBreakpoint } from '../state/breakpoint';
import { slotLayoutSelector } from '../canvas/slotLayout';

const AXES = [
  { key: 'x', label: 'X', title: 'Column (0 is the left edge)' },
  { key: 'y', label: 'Y', title: 'Row (0 is the top)' },
  { key: 'w', label: 'W', title: 'Width in columns' },
  { key: 'h', label: 'H', title: 'Height in rows' },
] as const;

/** A grid rectangle kept inside the layout: at least one cell, no wider than the grid. */
export function clampGrid(grid: Grid, cols: number): Grid {
  const w = Math.min(Math.max(1, Math.round(grid.w)), cols);
  return {
    x: Math.min(Math.max(0, Math.round(grid.x)), cols - w),
    y: Math.max(0, Math.round(grid.y)),
    w,
    h: Math.max(1, Math.round(grid.h)),
  };
}

/**
 * Position and size of the component in grid cells, following a drag on the canvas as it goes;
 * typing a number moves or resizes it (one undo step per field), and neighbours in the way give way.
 */
export function LayoutField({ component }: { component: ComponentInstance }) {
  const bp = useBreakpoint((s) => s.breakpoint);
  // In a container: the container's own columns (its `cols`, else the page's).
  const cols = useEditor((s) => slotColsAt(s.project.layout, bp, component.parent ? s.project.components.find((c) => c.id === component.parent!.id) : undefined));
  const page = useCurrentPage();
  const live = useLiveGridOf(component.id);
  // On a narrower width: the cells there (own or derived); the widest edits `grid`.
  const item = useEditor((s) => (bp === 'lg' ? undefined : slotLayoutSelector(slotKey(component.parent), bp, page)(s).find((l) => l.i === component.id)));
  const here: Grid = item ? { x: item.x, y: item.y, w: item.w, h: item.h } : component.grid;
  const shown = live ?? here;
  const [draft, setDraft] = useState<{ key: keyof Grid; text: string } | null>(null);
  const set = (key: keyof Grid, text: string) => {
    setDraft({ key, text });
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return;
    const grid = clampGrid({ ...here, [key]: n }, cols);
    const name = `${key === 'x' || key === 'y' ? 'Move' : 'Resize'} ${component.id}`;
    moveResizeComponents([{ id: component.id, ...grid }], name, { coalesce: `layout:${component.id}:${key}` });
  };
  return (
    <div className="field field-layout">
      <div className="field-head">
        <span className="field-label">Position and size</span>
        <span className="field-help">cells of {cols} columns</span>
      </div>
      <div className="layout-grid">
        {AXES.map(({ key, label, title }) => (
          <label key={key} className="layout-cell" title={title}>
            <span className="layout-axis">{label}</span>
            <input
              className="input mono"
              data-testid={`inspector-grid-${key}`}
              type="number"
              min={key === 'w' || key === 'h' ? 1 : 0}
              max={key === 'x' ? cols - 1 : key === 'w' ? cols : undefined}
              value={draft?.key === key && !live ? draft.text : String(shown[key])}
              onChange={(e) => set(key, e.target.value)}
              onBlur={() => setDraft(null)}
            />
          </label>
        ))}
      </div>
    </div>
  );
}

import type { Layout } from 'react-grid-layout';
import type { EditorState } from '../state/types';

/** The grid rectangles of the components, in react-grid-layout's shape. */
export function selectGridLayout(s: EditorState): Layout {
  return s.project.components.map((c) => ({ i: c.id, x: c.grid.x, y: c.grid.y, w: c.grid.w, h: c.grid.h }));
}

/** Same rectangles for the same ids in the same order (prop edits leave the layout equal). */
export function sameLayout(a: Layout, b: Layout): boolean {
  return a.length === b.length && a.every((l, i) => {
    const m = b[i];
    return l.i === m.i && l.x === m.x && l.y === m.y && l.w === m.w && l.h === m.h;
  });
}

/** The component ids as one key: children only change when components are added, removed or renamed. */
export function idsKey(layout: Layout): string {
  return layout.map((l) => l.i).join('\n');
}

import type { Layout } from 'react-grid-layout';

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

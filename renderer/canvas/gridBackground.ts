import type { CSSProperties } from 'react';

export interface GridMetrics {
  width: number;
  cols: number;
  rowHeight: number;
  margin: readonly [number, number];
  padding: readonly [number, number];
}

/** Width of one column in pixels, as react-grid-layout computes it. */
export function columnWidth({ width, cols, margin, padding }: GridMetrics): number {
  return (width - margin[0] * (cols - 1) - padding[0] * 2) / cols;
}

/**
 * The canvas backdrop: hairlines down the middle of each gutter, so the cells items snap to
 * read without competing with the components.
 */
export function gridBackground(m: GridMetrics): CSSProperties {
  const colW = Math.max(1, columnWidth(m));
  const stepX = colW + m.margin[0];
  const stepY = m.rowHeight + m.margin[1];
  const x0 = m.padding[0] - m.margin[0] / 2;
  const y0 = m.padding[1] - m.margin[1] / 2;
  return {
    backgroundImage: 'linear-gradient(to right, var(--grid-line) 1px, transparent 1px), linear-gradient(to bottom, var(--grid-line) 1px, transparent 1px)',
    backgroundSize: `${stepX}px ${stepY}px`,
    backgroundPosition: `${x0}px ${y0}px`,
  };
}

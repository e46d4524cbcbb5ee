import type { LaidEdge, Point } from './layout';

/** A smooth left-to-right path through the edge's points (lanes stay straight). */
export function edgePath(edge: Pick<LaidEdge, 'points' | 'back'>): string {
  const [first, ...rest] = edge.points as [Point, ...Point[]];
  let d = `M${first.x},${first.y}`;
  let prev = first;
  for (const p of rest) {
    if (edge.back) {
      const bend = Math.max(60, Math.abs(prev.x - p.x) / 2);
      d += ` C${prev.x + bend},${prev.y} ${p.x - bend},${p.y} ${p.x},${p.y}`;
    } else if (p.y === prev.y) {
      d += ` L${p.x},${p.y}`;
    } else {
      const dx = (p.x - prev.x) / 2;
      d += ` C${prev.x + dx},${prev.y} ${p.x - dx},${p.y} ${p.x},${p.y}`;
    }
    prev = p;
  }
  return d;
}

export interface Box {
  y: number;
  height: number;
}

/**
 * Place the boxes of one column, top to bottom in the given order, as close as possible (least
 * squares) to their desired tops, never overlapping: `desired[i]` null keeps the current y.
 *
 * With o_i the stacked offset of box i, z_i = y_i - o_i must be non-decreasing; the closest such
 * z to the targets is an isotonic regression, solved by pooling adjacent violators.
 */
export function placeColumn<T extends Box>(column: T[], desired: ReadonlyArray<number | null>, gapOf: (box: T) => number): void {
  const offsets: number[] = [];
  let o = 0;
  column.forEach((box, i) => {
    offsets.push(o);
    const next = column[i + 1];
    if (next) o += box.height + Math.min(gapOf(box), gapOf(next));
  });
  const blocks: { start: number; end: number; sum: number; count: number }[] = [];
  column.forEach((box, i) => {
    const target = (desired[i] ?? box.y) - offsets[i]!;
    blocks.push({ start: i, end: i, sum: target, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const prev = blocks[blocks.length - 2]!;
      if (prev.sum / prev.count <= last.sum / last.count) break;
      blocks.pop();
      prev.end = last.end;
      prev.sum += last.sum;
      prev.count += last.count;
    }
  });
  for (const block of blocks) {
    const z = block.sum / block.count;
    for (let i = block.start; i <= block.end; i++) column[i]!.y = z + offsets[i]!;
  }
}

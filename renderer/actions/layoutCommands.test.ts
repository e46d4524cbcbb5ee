import { beforeEach, describe, expect, it } from 'vitest';
import { correctBounds, moveElement, type LayoutItem } from 'react-grid-layout/core';
import { compactionOf, compactorFor, type Compaction } from '../../runtime/schema/layoutResolve';
import { findOverlaps } from '../../runtime/graph/validateLayout';
import type { Grid } from '../../runtime/schema';
import { openHello } from '../test/fixture';
import { editor } from '../state/editorStore';
import { commands } from './index';

const components = () => editor().project.components;
const grid = (id: string): Grid => components().find((c) => c.id === id)!.grid;
const rgl = (): LayoutItem[] => components().map((c) => ({ i: c.id, ...c.grid }));

/** What react-grid-layout draws for the saved layout (its layout prop goes through correctBounds and the compactor). */
function canvasShows(compaction: Compaction): Record<string, Grid> {
  const shown = compactorFor(compaction).compact(correctBounds(rgl(), { cols: 12 }), 12);
  return Object.fromEntries(shown.map((l) => [l.i, { x: l.x, y: l.y, w: l.w, h: l.h }]));
}

function expectSavedIsShown(compaction: Compaction): void {
  expect(findOverlaps(components())).toEqual([]);
  expect(Object.fromEntries(components().map((c) => [c.id, c.grid]))).toEqual(canvasShows(compaction));
}

/** Open hello (n at 0,0 6×2; out at 6,0 6×2) with a third component below n, in `compaction`. */
function open(compaction: Compaction): void {
  openHello();
  commands.setCompaction(compaction);
  commands.addComponent('text', { id: 'note', grid: { x: 0, y: 2, w: 4, h: 2 } });
  editor().history.past.length = 0;
}

/** A drag on the canvas: react-grid-layout moves the item and compacts; the command gets both. */
function dragOnCanvas(compaction: Compaction, id: string, x: number, y: number): void {
  const layout = rgl();
  const item = layout.find((l) => l.i === id)!;
  const compactor = compactorFor(compaction);
  const final = compactor.compact(moveElement(layout, item, x, y, true, compactor.preventCollision, compactor.type, 12, false), 12);
  const toChange = (l: LayoutItem) => ({ id: l.i, x: l.x, y: l.y, w: l.w, h: l.h });
  commands.moveResizeComponents([toChange(final.find((l) => l.i === id)!)], `Move ${id}`, { layout: final.map(toChange) });
}

for (const compaction of ['vertical', 'none'] as const) {
  describe(`layout commands never save overlapping components (${compaction} compaction)`, () => {
    beforeEach(() => open(compaction));

    const cases: [string, () => unknown][] = [
      ['inspector Y onto another component', () => commands.moveResizeComponents([{ ...grid('note'), id: 'note', y: 0 }], 'Move note')],
      ['inspector Y partly onto another', () => commands.moveResizeComponents([{ ...grid('note'), id: 'note', y: 1 }], 'Move note')],
      ['inspector X onto another', () => commands.moveResizeComponents([{ ...grid('out'), id: 'out', x: 0 }], 'Move out')],
      ['inspector W over a neighbour', () => commands.moveResizeComponents([{ ...grid('n'), id: 'n', w: 9 }], 'Resize n')],
      ['inspector H over a neighbour', () => commands.moveResizeComponents([{ ...grid('n'), id: 'n', h: 5 }], 'Resize n')],
      ['add at taken cells', () => commands.addComponent('button', { grid: { x: 2, y: 0, w: 4, h: 1 } })],
      ['add at the bottom', () => commands.addComponent('graph')],
      ['paste', () => (editor().select(['n', 'out']), commands.copySelection(), commands.paste())],
      ['duplicate', () => (editor().select(['note']), commands.duplicateSelection())],
      ['delete', () => (editor().select(['n']), commands.deleteSelection())],
      ['drag on the canvas', () => dragOnCanvas(compaction, 'note', 5, 0)],
      ['nudge right', () => (editor().select(['note']), commands.nudgeSelection(1, 0))],
      ['nudge up', () => (editor().select(['note']), commands.nudgeSelection(0, -1))],
      ['nudge down', () => (editor().select(['n']), commands.nudgeSelection(0, 1))],
      ['nudge left', () => (editor().select(['out']), commands.nudgeSelection(-1, 0))],
      ['switch compaction', () => commands.setCompaction(compaction === 'vertical' ? 'none' : 'vertical')],
    ];
    it.each(cases)('%s', (_name, edit) => {
      expectSavedIsShown(compaction);
      edit();
      expectSavedIsShown(compactionOf(editor().project.settings));
    });

    it('a typed Y onto another component puts it there and moves the other below it', () => {
      commands.moveResizeComponents([{ ...grid('note'), id: 'note', y: 0 }], 'Move note');
      expect(grid('note')).toEqual({ x: 0, y: 0, w: 4, h: 2 });
      expect(grid('n')).toEqual({ x: 0, y: 2, w: 6, h: 2 });
      expect(grid('out')).toEqual({ x: 6, y: 0, w: 6, h: 2 });
      expect(editor().history.past.map((e) => e.name)).toEqual(['Move note']);
    });

    it('a nudge right moves the item one cell and leaves the rest where it was', () => {
      const before = components();
      editor().select(['note']);
      commands.nudgeSelection(1, 0);
      expect(grid('note')).toEqual({ x: 1, y: 2, w: 4, h: 2 });
      expect(components().filter((c) => c.id !== 'note')).toEqual(before.filter((c) => c.id !== 'note'));
      commands.nudgeSelection(1, 0);
      expect(grid('note').x).toBe(2);
      expect(editor().history.past.map((e) => e.name)).toEqual(['Nudge note']);
      editor().undo();
      expect(grid('note').x).toBe(0);
    });
  });
}

describe('nudging up and down', () => {
  it('without compaction moves exactly one row, pushing only what it covers', () => {
    open('none');
    editor().select(['note']);
    commands.nudgeSelection(0, 1);
    expect(grid('note')).toEqual({ x: 0, y: 3, w: 4, h: 2 });
    commands.nudgeSelection(0, -1);
    commands.nudgeSelection(0, -1);
    expect(grid('note')).toEqual({ x: 0, y: 1, w: 4, h: 2 });
    expect(grid('n')).toEqual({ x: 0, y: 3, w: 6, h: 2 });
    expect(grid('out')).toEqual({ x: 6, y: 0, w: 6, h: 2 });
  });

  it('with vertical compaction swaps places with the neighbour (a one-row step compaction would undo)', () => {
    open('vertical');
    editor().select(['note']);
    expect(commands.nudgeSelection(0, -1)).toBe(true);
    expect(grid('note').y).toBe(0);
    expect(grid('n').y).toBe(2);
    expect(commands.nudgeSelection(0, 1)).toBe(true);
    expect(grid('note').y).toBe(2);
    expect(grid('n').y).toBe(0);
    // Nothing below it to pass: nothing changes, no undo step.
    const steps = editor().history.past.length;
    expect(commands.nudgeSelection(0, 1)).toBe(false);
    expect(editor().history.past.length).toBe(steps);
  });
});

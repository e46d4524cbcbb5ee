import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHello } from '../test/fixture';
import { editor } from '../state/editorStore';
import { setBreakpoint } from '../state/breakpoint';
import { addComponent } from './addComponent';
import { moveIntoContainer } from './moveIntoContainer';
import { moveResizeComponents, nudgeSelection } from './moveResizeComponents';
import { setHidden } from './setHidden';
import { renameComponent } from './renameComponent';
import { copySelection } from './copy';
import { paste } from './paste';
import { duplicateSelection } from './duplicate';
import { deleteSelection } from './deleteSelection';
import { findOverlaps } from '../../runtime/graph/validateLayout';
import { slotKey } from '../../runtime/schema/containers';

const components = () => editor().project.components;
const get = (id: string) => components().find((c) => c.id === id);
const lastStep = () => editor().history.past.at(-1)?.name;

/** Hello (n, out on the page) with a tabs container holding `s` in tab2 and a card holding `g`. */
function open(): void {
  openHello();
  addComponent('tabs', { id: 'tabs' });
  addComponent('slider', { id: 's', parent: { id: 'tabs', slot: 'tab2' } });
  addComponent('card', { id: 'card' });
  addComponent('graph', { id: 'g', parent: { id: 'card', slot: 'body' }, grid: { x: 0, y: 0, w: 6, h: 4 } });
  editor().history.past.length = 0;
}

const noOverlapPerGrid = () => {
  const groups = new Map<string, { id: string; grid: { x: number; y: number; w: number; h: number } }[]>();
  for (const c of components()) groups.set(slotKey(c.parent), [...(groups.get(slotKey(c.parent)) ?? []), c]);
  for (const g of groups.values()) expect(findOverlaps(g)).toEqual([]);
};

describe('container commands', () => {
  beforeEach(open);
  afterEach(() => setBreakpoint('lg'));

  it('adds into a slot, in the slot\'s own grid (children never push page components)', () => {
    expect(get('s')!.parent).toEqual({ id: 'tabs', slot: 'tab2' });
    expect(get('s')!.grid.y).toBe(0);
    expect(get('g')!.grid).toMatchObject({ x: 0, y: 0 });
    expect(get('n')!.grid).toEqual({ x: 0, y: 0, w: 6, h: 2 });
    noOverlapPerGrid();
  });

  it('Move into… moves a component into a slot and back out, one named undo step each', () => {
    expect(moveIntoContainer(['out'], { id: 'card', slot: 'body' })).toBe(true);
    expect(lastStep()).toBe('Move out into card › body');
    expect(get('out')!.parent).toEqual({ id: 'card', slot: 'body' });
    expect(get('out')!.grid).toEqual({ x: 6, y: 0, w: 6, h: 2 }); // beside the graph in the card's grid (it floats up)
    moveIntoContainer(['out'], null);
    expect(get('out')!.parent).toBeUndefined();
    editor().undo();
    expect(get('out')!.parent).toEqual({ id: 'card', slot: 'body' });
    noOverlapPerGrid();
  });

  it('never moves a container into itself or into what it holds', () => {
    addComponent('card', { id: 'inner', parent: { id: 'card', slot: 'body' } });
    expect(moveIntoContainer(['card'], { id: 'card', slot: 'body' })).toBe(false);
    expect(moveIntoContainer(['card'], { id: 'inner', slot: 'body' })).toBe(false);
    expect(get('card')!.parent).toBeUndefined();
  });

  it('delete takes the container\'s subtree, and undo brings it all back', () => {
    editor().select(['tabs']);
    deleteSelection();
    expect(lastStep()).toBe('Delete tabs and its 1 components');
    expect(get('tabs')).toBeUndefined();
    expect(get('s')).toBeUndefined();
    editor().undo();
    expect(get('s')!.parent).toEqual({ id: 'tabs', slot: 'tab2' });
  });

  it('copy and paste (and duplicate) copy the subtree with new ids, children in the copy', () => {
    editor().select(['card']);
    expect(copySelection()).toBe(2);
    const ids = paste();
    expect(ids).toEqual(['card2', 'g2']);
    expect(get('g2')!.parent).toEqual({ id: 'card2', slot: 'body' });
    expect(get('card2')!.parent).toBeUndefined();
    expect(get('g')!.parent).toEqual({ id: 'card', slot: 'body' });
    editor().select(['s']);
    const [copy] = duplicateSelection();
    expect(get(copy)!.parent).toEqual({ id: 'tabs', slot: 'tab2' });
    expect(get(copy)!.grid.y).toBe(get('s')!.grid.h); // below the original, in the tab's grid
    noOverlapPerGrid();
  });

  it('on a narrower breakpoint a move writes that breakpoint\'s layouts for the grid, derived from the wider first', () => {
    setBreakpoint('xs');
    const before = structuredClone(get('n')!.grid);
    moveResizeComponents([{ id: 'tabs', x: 0, y: 0, w: 4, h: 8 }], 'Move tabs');
    expect(lastStep()).toBe('Move tabs (xs)');
    expect(get('tabs')!.layouts?.xs).toEqual({ x: 0, y: 0, w: 4, h: 8 });
    // n and out had no xs layout: derived (4 columns, stacked), then pushed below tabs
    expect(get('n')!.layouts?.xs).toEqual({ x: 0, y: 8, w: 4, h: 2 });
    expect(get('out')!.layouts?.xs).toEqual({ x: 0, y: 10, w: 4, h: 2 });
    expect(get('n')!.grid).toEqual(before);
    // children of containers are another grid: untouched
    expect(get('s')!.layouts).toBeUndefined();
  });

  it('a nudge on a narrower breakpoint moves the cells there, and the widest stays', () => {
    setBreakpoint('xs');
    editor().select(['out']);
    nudgeSelection(0, -1);
    expect(lastStep()).toBe('Nudge out (xs)');
    expect(get('out')!.layouts?.xs).toEqual({ x: 0, y: 0, w: 4, h: 2 });
    expect(get('n')!.layouts?.xs).toEqual({ x: 0, y: 2, w: 4, h: 2 });
    expect(get('out')!.grid).toEqual({ x: 6, y: 0, w: 6, h: 2 });
  });

  it('renaming a container takes its children along', () => {
    expect(renameComponent('card', 'chart').ok).toBe(true);
    expect(get('g')!.parent).toEqual({ id: 'chart', slot: 'body' });
  });

  it('hides a component on one breakpoint and shows it again', () => {
    setHidden(['n'], 'xs', true);
    expect(lastStep()).toBe('Hide n on xs');
    expect(get('n')!.hidden).toEqual(['xs']);
    setHidden(['n'], 'xs', false);
    expect(get('n')!.hidden).toBeUndefined();
  });
});

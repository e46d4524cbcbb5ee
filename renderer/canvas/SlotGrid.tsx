import { memo, useCallback, useMemo, type CSSProperties, type PointerEvent } from 'react';
import ReactGridLayout, { type Layout, type LayoutItem } from 'react-grid-layout';
import './draggableDefaults';
import type { ParentRef } from '../../runtime/schema';
import { slotKey } from '../../runtime/schema/containers';
import { compactionOf, compactorFor } from '../../runtime/schema/layoutResolve';
import { slotColsAt } from '../../runtime/schema/breakpoints';
import { pageOf, usePageStore } from '../state/page';
import { addComponent } from '../actions/addComponent';
import { moveResizeComponents, type GridChange } from '../actions/moveResizeComponents';
import { componentTypes } from '../state/componentTypes';
import { editor } from '../state/editorStore';
import { useEditor } from '../state/store';
import { useEditorMemo } from '../state/useEditorMemo';
import { useBreakpoint } from '../state/breakpoint';
import { COMPONENT_MIME, paletteDrag } from '../palette/dragType';
import { CanvasItem } from './CanvasItem';
import { idsKey } from './gridLayout';
import { sameLayout, slotLayoutSelector } from './slotLayout';
import { setLiveGrid } from './liveGrid';
import { gridBackground } from './gridBackground';
import { dropTargetAt, dropTargetsAtStart, gridUnderPointer, MARGIN, startTargetAt, type DropTargetsAtStart } from './dropTarget';
import { moveIntoContainer } from '../actions/moveIntoContainer';

const DROP_ID = '__palette-drop__';
/** From this many items a grid is dense: pushed items jump instead of gliding (styles/canvas.css). */
const DENSE_ITEMS = 80;

function toChanges(layout: Layout): GridChange[] {
  return layout.filter((l) => l.i !== DROP_ID).map((l) => ({ id: l.i, x: l.x, y: l.y, w: l.w, h: l.h }));
}

/** The item as the canvas shows it at the end of a gesture (the final layout is compacted; the item passed beside it is not). */
function finalRect(layout: Layout, item: LayoutItem | null): GridChange[] {
  const l = item && layout.find((m) => m.i === item.i);
  return l ? [{ id: l.i, x: l.x, y: l.y, w: l.w, h: l.h }] : [];
}

/**
 * The dragged item's cells for the inspector, on every move. x, w and h are exact; y is where
 * the placeholder stands (compaction may lift it), which react-grid-layout reports one move late.
 */
function onDragLive(_l: Layout, _old: LayoutItem | null, item: LayoutItem | null, placeholder: LayoutItem | null, e: Event): void {
  if (!item) return;
  setLiveGrid({ id: item.i, x: item.x, y: placeholder?.y ?? item.y, w: item.w, h: item.h });
  markDropTarget(dragStart ? (startTargetAt(dragStart, e)?.el ?? null) : null);
}

/**
 * Where the other grids were when the drag began: the placeholder may push a card or tabs away
 * from under the pointer, but letting go where it was still drops into it, and while the pointer
 * is there that grid is outlined as the drop target.
 */
let dragStart: DropTargetsAtStart | null = null;
let marked: HTMLElement | null = null;

function markDropTarget(el: HTMLElement | null): void {
  if (el === marked) return;
  marked?.classList.remove('is-drop-target');
  el?.classList.add('is-drop-target');
  marked = el;
}

function onDragBegin(_l: Layout, _old: LayoutItem | null, item: LayoutItem | null): void {
  dragStart = item ? dropTargetsAtStart(item.i) : null;
}

function onResizeLive(_l: Layout, _old: LayoutItem | null, item: LayoutItem | null): void {
  if (item) setLiveGrid({ id: item.i, x: item.x, y: item.y, w: item.w, h: item.h });
}

/** Pointer down on an item: select it (shift/cmd/ctrl: add or remove it). The innermost item only (containers hold items). */
function onItemPointerDown(e: PointerEvent<HTMLDivElement>): void {
  const id = e.currentTarget.dataset.id;
  if (!id || e.button !== 0) return;
  if ((e.target as HTMLElement).closest('.canvas-item') !== e.currentTarget) return;
  const s = editor();
  if (e.shiftKey || e.metaKey || e.ctrlKey) s.toggleSelected(id);
  else if (!(s.session.selection.length === 1 && s.session.selection[0] === id)) s.select([id]);
}

function draggedType(e: DragEvent): string | null {
  const fromData = e.dataTransfer?.getData(COMPONENT_MIME) || e.dataTransfer?.getData('text/plain');
  return fromData || paletteDrag.current();
}

export interface SlotGridProps {
  /** The container slot this grid shows; null: the page. */
  parent: ParentRef | null;
  width: number;
  padding: [number, number];
  className: string;
  style?: CSSProperties;
}

/**
 * One editable grid of the canvas: the page's, or a container slot's (nested inside the
 * container's view). Moves and resizes are committed once, on release, as one undoable command
 * on the breakpoint of the width switch; palette drops add a component into this grid.
 */
export const SlotGrid = memo(function SlotGrid({ parent, width, padding, className, style }: SlotGridProps) {
  const bp = useBreakpoint((s) => s.breakpoint);
  const key = slotKey(parent ?? undefined);
  const chosenPage = usePageStore((s) => s.page);
  const page = useEditor((s) => pageOf(s.project, chosenPage));
  const layout = useEditorMemo(slotLayoutSelector(key, bp, page), sameLayout);
  // A container's slot is a grid of the container's own columns (its `cols`, else the page's).
  const cols = useEditor((s) => slotColsAt(s.project.layout, bp, parent ? s.project.components.find((c) => c.id === parent.id) : undefined));
  const rowHeight = useEditor((s) => s.project.layout.rowHeight);
  const compactor = compactorFor(useEditor((s) => compactionOf(s.project.settings)));
  const parentId = parent?.id;
  const parentSlot = parent?.slot;

  const ids = idsKey(layout);
  // Stable children: moving items or editing props does not rebuild them (each item subscribes itself).
  const children = useMemo(
    () =>
      (ids ? ids.split('\n') : []).map((id) => (
        <div key={id} className="canvas-item" data-testid={`canvas-item-${id}`} data-id={id} onPointerDown={onItemPointerDown}>
          <CanvasItem id={id} />
        </div>
      )),
    [ids],
  );

  const gridConfig = useMemo(() => ({ cols, rowHeight, margin: MARGIN, containerPadding: padding }), [cols, rowHeight, padding]);
  const dragConfig = useMemo(() => ({ enabled: true, threshold: 3, cancel: '.no-drag' }), []);
  const resizeConfig = useMemo(() => ({ enabled: true, handles: ['se', 'e', 's'] as const }), []);
  const dropConfig = useMemo(
    () => ({
      enabled: true,
      defaultItem: { w: 4, h: 2 },
      onDragOver: (e: DragEvent) => {
        if (!e.dataTransfer?.types.includes(COMPONENT_MIME)) return false;
        const model = componentTypes().get(paletteDrag.current() ?? '');
        return model ? { w: Math.min(model.size.w, cols), h: model.size.h } : undefined;
      },
    }),
    [cols],
  );

  // One resolve per gesture, on release: the canvas resolved the layout during the drag. Let go
  // over another grid (a container's, the page's, a tab's button), the item moves into it.
  const onDragStop = useCallback(
    (l: Layout, _old: LayoutItem | null, item: LayoutItem | null, _placeholder: LayoutItem | null, e: Event) => {
      setLiveGrid(null);
      markDropTarget(null);
      const now = item ? gridUnderPointer(e, item.i, { cols, rowHeight }) : null;
      const then = item && dragStart ? dropTargetAt(dragStart, e, { cols, rowHeight }) : null;
      dragStart = null;
      // Over another grid now, into it; else into the one that was under the pointer when the drag began.
      const drop = now?.target ? now : (then ?? now);
      const here = parentId !== undefined && parentSlot !== undefined ? { id: parentId, slot: parentSlot } : null;
      if (item && drop && slotKey(drop.target ?? undefined) !== slotKey(here ?? undefined)) {
        moveIntoContainer([item.i], drop.target, drop.cell);
        return;
      }
      moveResizeComponents(finalRect(l, item), item ? `Move ${item.i}` : 'Move', { layout: toChanges(l) });
    },
    [cols, rowHeight, parentId, parentSlot],
  );
  const onResizeStop = useCallback((l: Layout, _old: LayoutItem | null, item: LayoutItem | null) => {
    setLiveGrid(null);
    moveResizeComponents(finalRect(l, item), item ? `Resize ${item.i}` : 'Resize', { layout: toChanges(l) });
  }, []);
  const onDrop = useCallback(
    (l: Layout, item: LayoutItem | undefined, e: Event) => {
      const type = draggedType(e as DragEvent);
      paletteDrag.end();
      if (!type || !item) return;
      const into = parentId !== undefined && parentSlot !== undefined ? { id: parentId, slot: parentSlot } : undefined;
      addComponent(type, { grid: { x: item.x, y: item.y, w: item.w, h: item.h }, layout: toChanges(l), ...(into ? { parent: into } : {}) });
    },
    [parentId, parentSlot],
  );

  const metrics = { width, cols, rowHeight, margin: MARGIN, padding };
  return (
    <ReactGridLayout
      // A new grid per breakpoint, page and column count: react-grid-layout keeps its own copy of the layout, which must not outlive a width or page switch.
      key={`${bp}|${page ?? ''}|${cols}`}
      className={layout.length >= DENSE_ITEMS ? `${className} is-dense` : className}
      style={{ ...gridBackground(metrics), ...style }}
      width={width}
      layout={layout}
      gridConfig={gridConfig}
      dragConfig={dragConfig}
      resizeConfig={resizeConfig}
      dropConfig={dropConfig}
      droppingItem={{ i: DROP_ID, x: 0, y: 0, w: 4, h: 2 }}
      compactor={compactor}
      onDragStart={onDragBegin}
      onDrag={onDragLive}
      onDragStop={onDragStop}
      onResize={onResizeLive}
      onResizeStop={onResizeStop}
      onDrop={onDrop}
    >
      {children}
    </ReactGridLayout>
  );
});

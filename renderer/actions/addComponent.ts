import type { ComponentInstance, Grid, ParentRef } from '../../runtime/schema';
import { slotKey } from '../../runtime/schema/containers';
import { currentBreakpoint } from '../state/breakpoint';
import { componentTypes } from '../state/componentTypes';
import { editor } from '../state/editorStore';
import { bottomRow } from '../state/docOps';
import { takenIds, uniqueId } from '../state/ids';
import { resolveDocLayout } from '../state/layoutOps';
import { isOnPage } from '../../runtime/schema/pages';
import { slotColsAt } from '../../runtime/schema/breakpoints';
import { currentPage } from '../state/page';
import type { GridChange } from './moveResizeComponents';

export interface AddComponentOptions {
  /** Where to put it; defaults to the type's default size at the bottom-left. */
  grid?: Partial<Grid>;
  /** Other items moved to make room (a palette drop pushes its neighbours). */
  layout?: readonly GridChange[];
  id?: string;
  /** A container's slot to add it into (a palette drop onto a tab or a card); the page without. */
  parent?: ParentRef;
}

/** Add a component of `type` with its default props; selects it. Returns its id, or null for an unknown type. */
export function addComponent(type: string, options: AddComponentOptions = {}): string | null {
  const types = componentTypes();
  const model = types.get(type);
  if (!model) return null;
  const s = editor();
  const id = uniqueId(options.id ?? type, takenIds(s.project));
  const key = slotKey(options.parent);
  // Dropped on the page grid, it lands on the canvas's page (a project without pages: every page).
  const page = options.parent ? undefined : currentPage();
  const siblings = s.project.components.filter((c) => slotKey(c.parent) === key && isOnPage(c, page));
  const bp = currentBreakpoint();
  const grid: Grid = {
    x: Math.max(0, Math.round(options.grid?.x ?? 0)),
    y: Math.max(0, Math.round(options.grid?.y ?? bottomRow(siblings))),
    w: Math.max(1, Math.round(options.grid?.w ?? model.size.w)),
    h: Math.max(1, Math.round(options.grid?.h ?? model.size.h)),
  };
  const cols = slotColsAt(s.project.layout, 'lg', options.parent ? s.project.components.find((c) => c.id === options.parent!.id) : undefined);
  grid.w = Math.min(grid.w, cols);
  grid.x = Math.min(grid.x, cols - grid.w);
  const component: ComponentInstance = { id, type, props: types.defaults(type), grid };
  if (options.parent) component.parent = { ...options.parent };
  if (page !== undefined) component.page = page;
  s.commit(
    `Add ${model.label}`,
    (doc) => {
      const added = { ...doc, project: { ...doc.project, components: [...doc.project.components, component] } };
      // The new component takes its cells; a drop's layout is what the canvas made room with.
      if (bp === 'lg') return resolveDocLayout(added, [{ id, ...grid }], options.layout);
      // Dropped on a narrower width: it takes those cells there; on the widest it goes below the rest of its grid.
      const wide = resolveDocLayout({ ...added, project: { ...added.project, components: added.project.components.map((c) => (c.id === id ? { ...c, grid: { ...grid, x: 0, y: bottomRow(siblings) } } : c)) } });
      return resolveDocLayout(wide, [{ id, ...grid }], options.layout, bp);
    },
    { select: [id] },
  );
  return id;
}

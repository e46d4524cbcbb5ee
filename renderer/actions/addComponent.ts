import type { ComponentInstance, Grid } from '../../runtime/schema';
import { componentTypes } from '../state/componentTypes';
import { editor } from '../state/editorStore';
import { bottomRow } from '../state/docOps';
import { takenIds, uniqueId } from '../state/ids';
import { resolveDocLayout } from '../state/layoutOps';
import type { GridChange } from './moveResizeComponents';

export interface AddComponentOptions {
  /** Where to put it; defaults to the type's default size at the bottom-left. */
  grid?: Partial<Grid>;
  /** Other items moved to make room (a palette drop pushes its neighbours). */
  layout?: readonly GridChange[];
  id?: string;
}

/** Add a component of `type` with its default props; selects it. Returns its id, or null for an unknown type. */
export function addComponent(type: string, options: AddComponentOptions = {}): string | null {
  const types = componentTypes();
  const model = types.get(type);
  if (!model) return null;
  const s = editor();
  const id = uniqueId(options.id ?? type, takenIds(s.project));
  const grid: Grid = {
    x: Math.max(0, Math.round(options.grid?.x ?? 0)),
    y: Math.max(0, Math.round(options.grid?.y ?? bottomRow(s.project.components))),
    w: Math.max(1, Math.round(options.grid?.w ?? model.size.w)),
    h: Math.max(1, Math.round(options.grid?.h ?? model.size.h)),
  };
  grid.w = Math.min(grid.w, s.project.layout.cols);
  grid.x = Math.min(grid.x, s.project.layout.cols - grid.w);
  const component: ComponentInstance = { id, type, props: types.defaults(type), grid };
  s.commit(
    `Add ${model.label}`,
    (doc) => {
      const added = { ...doc, project: { ...doc.project, components: [...doc.project.components, component] } };
      // The new component takes its cells; a drop's layout is what the canvas made room with.
      return resolveDocLayout(added, [{ id, ...grid }], options.layout);
    },
    { select: [id] },
  );
  return id;
}

import { useComponentRegistry } from '../../runtime/components/frame';
import type { ComponentRegistry } from '../../runtime/components/registry';
import { editor } from './editorStore';

/**
 * The component types this editor window knows (session state: the built-ins, and the
 * project's own when it has some). Outside React; components use `useComponentTypes`.
 */
export function componentTypes(): ComponentRegistry {
  return editor().session.components;
}

/** The registry the canvas renders with (App provides the session's to the tree). */
export const useComponentTypes = useComponentRegistry;

/**
 * `dashwright/component`: what a project's own component imports (DESIGN §3b). The page and the
 * Node loader provide this module (sharedModules.ts), so a project needs nothing installed.
 */
export { z } from 'zod';
export { defineComponent, PALETTE_GROUPS } from './define';
export type { ComponentConfig, ComponentDefinition, InspectorHint, PaletteGroup, ViewMode, ViewProps } from './define';

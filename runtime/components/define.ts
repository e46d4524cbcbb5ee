import type { ReactElement } from 'react';
import type { z } from 'zod';

/** 'app': the running app. 'design': the editor canvas; controls render but take no pointer input. */
export type ViewMode = 'app' | 'design';

/** How the inspector edits one prop; derived from the schema unless a definition says otherwise. */
export interface InspectorHint {
  label?: string;
  /** multiline text (markdown source), JSON (figure, options), or a code-like field */
  editor?: 'text' | 'multiline' | 'number' | 'boolean' | 'select' | 'json';
  options?: readonly string[];
  help?: string;
  /** Hidden props are runtime state (clickData...), not something a designer sets. */
  hidden?: boolean;
}

/** Palette sections, in the order the palette shows them. */
export const PALETTE_GROUPS = ['Content', 'Inputs', 'Data', 'Files', 'Utilities', 'Project'] as const;
export type PaletteGroup = (typeof PALETTE_GROUPS)[number];

/** What a component's view receives: its props parsed by its schema (defaults filled in). */
export interface ViewProps<P> {
  id: string;
  props: Readonly<P>;
  /** Commit a user change of one prop (a no-op in design mode). */
  setProp<K extends keyof P & string>(prop: K, value: P[K]): void;
  mode: ViewMode;
}

/**
 * A component type, written once (DESIGN §1): props schema with defaults, the props a callback
 * may take as inputs, palette entry, inspector hints and the React view typed from the schema.
 * The same form defines a project's own components (DESIGN §3b).
 */
export interface ComponentConfig<Shape extends z.ZodRawShape> {
  type: string;
  /** Palette entry */
  label: string;
  /** lucide-react icon name, e.g. "SlidersHorizontal" (a box when absent or unknown). */
  icon?: string;
  group?: PaletteGroup;
  /** One line for the palette's tooltip. */
  description?: string;
  /** Default size in grid cells. */
  size: { w: number; h: number };
  /** Every prop with its default. */
  props: z.ZodObject<Shape>;
  /** Props the user changes in the page; only these may be callback inputs. */
  inputs: readonly (keyof Shape & string)[];
  inspector?: Partial<Record<keyof Shape & string, InspectorHint>>;
  /** Draws nothing in apps (store, interval, download): a small chip on the design canvas. */
  nonVisual?: boolean;
  /**
   * Schemas of props that depend on the instance's other props (a `multi` dropdown's value is an
   * array): callback types, the wire check and the page's output check use them for that instance.
   */
  instanceProps?(props: z.output<z.ZodObject<Shape>>): Partial<Record<keyof Shape & string, z.ZodType>>;
  /** A container (tabs, card): the slots its children sit in, for its props. */
  slots?(props: z.output<z.ZodObject<Shape>>): readonly string[];
  View(props: ViewProps<z.output<z.ZodObject<Shape>>>): ReactElement | null;
}

/** A definition with its prop names erased, as a registry lists it. */
export interface ComponentDefinition {
  readonly type: string;
  readonly label: string;
  readonly icon?: string;
  readonly group?: PaletteGroup;
  readonly description?: string;
  readonly size: { readonly w: number; readonly h: number };
  readonly props: z.ZodObject<z.ZodRawShape>;
  readonly inputs: readonly string[];
  readonly inspector?: Readonly<Record<string, InspectorHint | undefined>>;
  readonly nonVisual?: boolean;
  instanceProps?(props: Record<string, unknown>): Readonly<Record<string, z.ZodType | undefined>>;
  slots?(props: Record<string, unknown>): readonly string[];
  View(props: ViewProps<Record<string, unknown>>): ReactElement | null;
}

/** Checks a definition against its own prop names, then erases them for the registry. */
export function defineComponent<Shape extends z.ZodRawShape>(config: ComponentConfig<Shape>): ComponentDefinition {
  return config as unknown as ComponentDefinition;
}

import type { z } from 'zod';

/** How the inspector edits one prop; derived from the schema unless a model says otherwise. */
export interface InspectorHint {
  label?: string;
  /** multiline text (markdown source), JSON (figure, options), or a code-like field */
  editor?: 'text' | 'multiline' | 'number' | 'boolean' | 'select' | 'json';
  options?: readonly string[];
  help?: string;
  /** Hidden props are runtime state (clickData...), not something a designer sets. */
  hidden?: boolean;
}

/**
 * Everything about a component type except its React view. Safe to import from Node
 * (server, graph validation, CLI) because it pulls in no React or DOM code.
 */
export interface TypedComponentModel<Shape extends z.ZodRawShape> {
  type: string;
  /** Palette entry */
  label: string;
  /** lucide-react icon name, e.g. "SlidersHorizontal" */
  icon: string;
  defaultSize: { w: number; h: number };
  /** Every prop with its default. */
  props: z.ZodObject<Shape>;
  /** Props the user changes in the page; only these may be callback inputs. */
  inputProps: readonly (keyof Shape & string)[];
  /** TypeScript text of each prop's type, for the callback types Monaco checks. */
  tsTypes: { [K in keyof Shape & string]: string };
  inspector?: Partial<Record<keyof Shape & string, InspectorHint>>;
}

/** A model with its prop names erased, as the registry lists it. */
export interface ComponentModel {
  type: string;
  label: string;
  icon: string;
  defaultSize: { w: number; h: number };
  props: z.ZodObject<z.ZodRawShape>;
  inputProps: readonly string[];
  tsTypes: Readonly<Record<string, string>>;
  inspector?: Readonly<Record<string, InspectorHint | undefined>>;
}

/** Checks a model against its own prop names, then erases them for the registry. */
export function defineComponent<Shape extends z.ZodRawShape>(model: TypedComponentModel<Shape>): ComponentModel {
  return model as unknown as ComponentModel;
}

import type { z } from 'zod';

/**
 * What the graph and the server need to know about component types, without React.
 * Built by runtime/components (catalog.ts) and passed in: graph and server never import
 * the components folder.
 */
export interface ComponentTypeInfo {
  type: string;
  /** Every prop name of the type. Every prop can be a callback output. */
  props: readonly string[];
  /** Props a user changes in the page, which can therefore be callback inputs. */
  inputProps: readonly string[];
  /** Validates and fills defaults for the full props object. */
  propsSchema: z.ZodType<Record<string, unknown>>;
  /**
   * Schema of one prop, to check values sent over the wire; given an instance's props, the
   * schema for that instance (a multi dropdown's value is an array).
   */
  propSchema(prop: string, props?: Readonly<Record<string, unknown>>): z.ZodType | undefined;
  /** TypeScript type text of a prop (for that instance when its props are given), for generated callback types. */
  propTsType(prop: string, props?: Readonly<Record<string, unknown>>): string;
  /** Named types the prop types use (`Figure`, `TableColumn`…): name → TypeScript text. */
  tsDeclarations: ReadonlyMap<string, string>;
  /** A container's slots for an instance's props (a tab's name per tab, "body" of a card); absent for other types. */
  slots?(props: Readonly<Record<string, unknown>>): readonly string[];
}

export type Catalog = ReadonlyMap<string, ComponentTypeInfo>;

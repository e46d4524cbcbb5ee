import { z } from 'zod';

/** The newest project format version this build reads and writes. */
export const FORMAT_VERSION = 1;

export const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must start with a letter and hold only letters, digits, "_" or "-"');

export const gridSchema = z.object({
  x: z.number().int().min(0),
  y: z.number().int().min(0),
  w: z.number().int().min(1),
  h: z.number().int().min(1),
});

/** The breakpoints narrower than the widest (whose layout is `grid`), widest first. */
export const NARROW_BREAKPOINTS = ['md', 'sm', 'xs'] as const;
/** Every breakpoint, widest first: react-grid-layout's names. */
export const BREAKPOINTS = ['lg', ...NARROW_BREAKPOINTS] as const;
export type Breakpoint = (typeof BREAKPOINTS)[number];
export type NarrowBreakpoint = (typeof NARROW_BREAKPOINTS)[number];

/** Where a component sits when it is inside a container: the container's id and its slot (a tab's name, "body" of a card). */
export const parentSchema = z.object({ id: idSchema, slot: z.string().min(1) });

/** A component's cells on the narrower breakpoints; one that is absent is derived from the next wider. */
export const layoutsSchema = z.object({ md: gridSchema.optional(), sm: gridSchema.optional(), xs: gridSchema.optional() });

/** A pattern index: a string or a number (Dash's dict id values). */
export const patternIndexSchema = z.union([z.string().min(1), z.number()]);
export type PatternIndex = z.infer<typeof patternIndexSchema>;

/**
 * A component's pattern id (Dash's dict ids, DESIGN §4b): callbacks can bind every component of
 * a `type` at once. A repeat container's template child has no `index`: each copy gets one.
 */
export const patternIdSchema = z.object({ type: idSchema, index: patternIndexSchema.optional() });
export type PatternId = z.infer<typeof patternIdSchema>;

/** What a pattern binding matches: one index, or every index (ALL), the caller's (MATCH), the smaller ones (ALLSMALLER). */
export const WILDCARDS = ['ALL', 'MATCH', 'ALLSMALLER'] as const;
export type Wildcard = (typeof WILDCARDS)[number];
export const patternSelectorSchema = z.object({ type: idSchema, index: patternIndexSchema });
export type PatternSelector = z.infer<typeof patternSelectorSchema>;

/** The id a pattern binding goes by in the manifest's graph: "btn[MATCH]" (never a component's id: brackets are not allowed there). */
export function patternBindingId(pattern: PatternSelector): string {
  return `${pattern.type}[${String(pattern.index)}]`;
}

export const componentSchema = z.object({
  id: idSchema,
  type: z.string().min(1),
  pattern: patternIdSchema.optional(),
  props: z.record(z.string(), z.unknown()).default({}),
  /** Cells on the widest breakpoint, in the grid of its parent (the page's without `parent`). */
  grid: gridSchema,
  parent: parentSchema.optional(),
  layouts: layoutsSchema.optional(),
  /** Breakpoints on which the component is not shown (nor laid out). */
  hidden: z.array(z.string().min(1)).optional(),
  /** The path of the page (`pages`) it is on; without it the component is on every page. Ignored inside a container (it is on its container's page). */
  page: z.string().min(1).optional(),
  /** An input component's user-set values kept across reloads, in the browser's localStorage or sessionStorage. */
  persistence: z.enum(['local', 'session']).optional(),
  /** A container's own grid columns; the page's columns (`layout.cols`) when absent. */
  cols: z.number().int().min(1).max(48).optional(),
});

/** One page of a multi-page app: its path ("/", "/sales") and the name links and the editor show. */
export const pageSchema = z.object({ path: z.string().min(1), name: z.string().min(1) });

/**
 * A reference to one prop of a component or value, bound to an argument name; or, with
 * `pattern` instead of `id`, to the components of a pattern type (DESIGN §4b). A pattern
 * binding's `id` is filled in as patternBindingId(pattern) (and left out again on save).
 */
export const bindingSchema = z
  .object({
    id: idSchema.or(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*\[[^\]]+\]$/)).optional(),
    pattern: patternSelectorSchema.optional(),
    prop: z.string().min(1),
    as: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a valid JavaScript identifier').optional(),
    /** Outputs only: other callbacks may write this prop too (each of them must say so as well). Dash's allow_duplicate. */
    allowDuplicate: z.boolean().optional(),
  })
  .superRefine((b, ctx) => {
    if (!b.pattern && b.id === undefined) ctx.addIssue({ code: 'custom', path: ['id'], message: 'a binding needs an "id" (or a "pattern")' });
    else if (!b.pattern && b.id !== undefined && !ID_PATTERN.test(b.id)) ctx.addIssue({ code: 'custom', path: ['id'], message: 'must start with a letter and hold only letters, digits, "_" or "-"' });
    else if (b.pattern && b.id !== undefined && b.id !== patternBindingId(b.pattern)) ctx.addIssue({ code: 'custom', path: ['id'], message: 'a pattern binding takes "pattern" instead of "id"' });
  })
  .transform((b) => ({ ...b, id: b.id ?? patternBindingId(b.pattern!) }));

/** Dash's running=[(Output, on, off)]: a prop set to `on` while the callback runs and to `off` once it settles. */
export const runningEntrySchema = z.object({ id: idSchema, prop: z.string().min(1), on: z.unknown(), off: z.unknown() });
export type RunningEntry = z.infer<typeof runningEntrySchema>;

/** Fields of a callback for running props and its error handler (the id of a callback whose module handles its errors). */
const callbackRunningAndOnErrorFields = {
  running: z.array(runningEntrySchema).optional(),
  onError: idSchema.optional(),
};

export const callbackSchema = z.object({
  id: idSchema,
  inputs: z.array(bindingSchema).default([]),
  state: z.array(bindingSchema).default([]),
  /** May be empty: such a callback runs for its ctx.setProps calls (Dash's set_props). */
  outputs: z.array(bindingSchema).default([]),
  placement: z.enum(['server', 'client']).default('server'),
  preventInitialCall: z.boolean().optional(),
  timeoutMs: z.number().int().positive().optional(),
  /** Runs on the server outside the request; reports progress (ctx.progress) and can be cancelled. */
  background: z.boolean().optional(),
  /** Props whose change cancels a running background call of this callback (e.g. a Cancel button's clicks). */
  cancel: z.array(bindingSchema).optional(),
  /** Memoize results by a hash of the inputs for this long; hits and misses are counted. */
  cache: z.object({ ttlSeconds: z.number().positive() }).optional(),
  /* running / onError (DESIGN §4b; runningAndOnError.ts): */ ...callbackRunningAndOnErrorFields,
});

export const valueSchema = z.object({ id: idSchema });

const breakpointNumbers = (n: z.ZodNumber) => z.object({ lg: n.optional(), md: n.optional(), sm: n.optional(), xs: n.optional() });

export const layoutSchema = z.object({
  cols: z.number().int().min(1).max(48).default(12),
  rowHeight: z.number().int().min(4).max(400).default(40),
  /** From which page width (px) each breakpoint applies; react-grid-layout's defaults for those absent. */
  breakpoints: breakpointNumbers(z.number().int().min(0)).optional(),
  /** Columns per breakpoint; `lg` defaults to `cols`. */
  colsByBreakpoint: breakpointNumbers(z.number().int().min(1).max(48)).optional(),
});

export const themeSchema = z
  .object({
    accent: z.string().optional(),
    background: z.string().optional(),
    font: z.string().optional(),
    /** Light or dark components and page; "auto" follows the viewer's system setting. */
    mode: z.enum(['light', 'dark', 'auto']).optional(),
  })
  .optional();

/** Project-wide settings (DESIGN §2). */
export const settingsSchema = z
  .object({
    /** The page heading; the project's name when absent. */
    title: z.string().optional(),
    /** Show the heading above the grid (default true). */
    showTitle: z.boolean().optional(),
    /** "vertical": items float up (react-grid-layout's default); "none": items stay where they are put. */
    compaction: z.enum(['vertical', 'none']).optional(),
    /** Script sources an includeScript may load: URLs (exact, or a prefix ending in "/") and files of data/. */
    allowScripts: z.array(z.string().min(1)).optional(),
  })
  .optional();

export const projectSchema = z.object({
  format: z.literal('dashwright'),
  version: z.literal(FORMAT_VERSION),
  name: z.string().min(1),
  layout: layoutSchema.default({ cols: 12, rowHeight: 40 }),
  components: z.array(componentSchema).default([]),
  values: z.array(valueSchema).default([]),
  callbacks: z.array(callbackSchema).default([]),
  /** The app's pages (DESIGN §4b); without it the app is one page at "/". */
  pages: z.array(pageSchema).optional(),
  /** The error handler of every callback without its own `onError`: a callback id (DESIGN §4b). */
  onError: idSchema.optional(),
  theme: themeSchema,
  settings: settingsSchema,
});

export type Grid = z.infer<typeof gridSchema>;
export type ParentRef = z.infer<typeof parentSchema>;
export type Layouts = z.infer<typeof layoutsSchema>;
export type ComponentInstance = z.infer<typeof componentSchema>;
export type Binding = z.infer<typeof bindingSchema>;
export type CallbackSpec = z.infer<typeof callbackSchema>;
export type ValueSpec = z.infer<typeof valueSchema>;
export type PageSpec = z.infer<typeof pageSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type Settings = NonNullable<z.infer<typeof settingsSchema>>;
export type Project = z.infer<typeof projectSchema>;

/** The name a binding's value gets in the callback's argument object. */
export function argName(b: Binding): string {
  return b.as ?? b.prop;
}

/** "id.prop", the key used by the wire protocol and the graph. */
export function propKey(b: { id: string; prop: string }): string {
  return `${b.id}.${b.prop}`;
}

export function splitPropKey(key: string): { id: string; prop: string } | null {
  const dot = key.indexOf('.');
  if (dot <= 0 || dot === key.length - 1) return null;
  return { id: key.slice(0, dot), prop: key.slice(dot + 1) };
}

import { z } from 'zod';

export const includeScriptProps = z.object({
  /** A URL ("https://cdn.example.com/widget.js"), or a file of data/ ("widget.js"); it must be listed in settings.allowScripts. */
  src: z.string().default(''),
  /** "load": as the page opens; "demand": once `load` is set true (by a callback). */
  when: z.enum(['load', 'demand']).default('load'),
  /** Set true (e.g. from a callback) to load the script when `when` is "demand". */
  load: z.boolean().default(false),
  /** True once the script has run (an input). */
  loaded: z.boolean().default(false),
  /** Why the script was not loaded: refused by settings.allowScripts, or it failed to load (an input). */
  error: z.string().nullable().default(null),
});
export type IncludeScriptProps = z.output<typeof includeScriptProps>;

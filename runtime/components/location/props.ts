import { z } from 'zod';

export const locationProps = z.object({
  /** The page path within the app ("/", "/sales"); a callback that sets it navigates there (Dash dcc.Location pathname). */
  pathname: z.string().default('/'),
  /** The query string with its "?" ("" when none). */
  search: z.string().default(''),
  /** The fragment with its "#" ("" when none). */
  hash: z.string().default(''),
  /** A navigation from a callback replaces the history entry instead of adding one. */
  replace: z.boolean().default(false),
});
export type LocationProps = z.output<typeof locationProps>;

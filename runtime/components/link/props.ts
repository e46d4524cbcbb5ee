import { z } from 'zod';

export const linkProps = z.object({
  /** The link's text. */
  label: z.string().default('Link'),
  /** A page of the app ("/sales", "/sales?x=1") or a URL; a page opens without a reload (Dash dcc.Link). */
  href: z.string().default('/'),
  /** A page of the app loads with a full reload instead (Dash's refresh). */
  refresh: z.boolean().default(false),
  /** An outside URL opens in a new tab. */
  newTab: z.boolean().default(false),
});
export type LinkProps = z.output<typeof linkProps>;

import { z } from 'zod';

export const analyticsProps = z.object({
  /** "mixpanel": Mixpanel's HTTP ingestion API; "http": POST the events as JSON to `endpoint`. */
  provider: z.enum(['mixpanel', 'http']).default('mixpanel'),
  /** Mixpanel's project token (sent with each event). */
  token: z.string().default(''),
  /** Where events go; empty = Mixpanel's /track for provider "mixpanel". May be relative to the page. */
  endpoint: z.string().default(''),
  /** Props to watch, as "id.prop": each change becomes an event. */
  track: z.array(z.string()).default([]),
  /** Name of the cookie holding the user's id (distinct_id); without it, an anonymous id kept in localStorage. */
  identify: z.string().default(''),
  /** The events' name; empty = "<id.prop> changed". */
  eventName: z.string().default(''),
  /** Events delivered so far (an input): the endpoint accepted them. */
  sent: z.number().int().min(0).default(0),
  /** Why the last delivery failed (it is retried), or null (an input). */
  error: z.string().nullable().default(null),
});
export type AnalyticsProps = z.output<typeof analyticsProps>;

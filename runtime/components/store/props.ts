import { z } from 'zod';
import { tsNamed } from '../tsType';

/** Any JSON value, as a callback reads and writes it. */
export const jsonSchema = tsNamed(z.json(), 'Json');

export const storeProps = z.object({
  /** The kept value (Dash's dcc.Store data). */
  data: jsonSchema.default(null),
  /** "memory": lost on reload; "session": kept while the tab lives; "local": kept across visits (Dash's storage_type). */
  storage: z.enum(['memory', 'session', 'local']).default('memory'),
});
export type StoreProps = z.output<typeof storeProps>;

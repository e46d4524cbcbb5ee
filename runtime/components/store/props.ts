import { z } from 'zod';
import { tsNamed } from '../tsType';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/**
 * Any JSON value, as a callback reads and writes it. Objects are written as an index signature,
 * not as z.record: TypeScript refuses `type Json = … | Record<string, Json>` as circular.
 */
export const jsonSchema: z.ZodType<JsonValue> = tsNamed(
  z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(jsonSchema), z.object({}).catchall(jsonSchema)])),
  'Json',
);

export const storeProps = z.object({
  /** The kept value (Dash's dcc.Store data). */
  data: jsonSchema.default(null),
  /** "memory": lost on reload; "session": kept while the tab lives; "local": kept across visits (Dash's storage_type). */
  storage: z.enum(['memory', 'session', 'local']).default('memory'),
});
export type StoreProps = z.output<typeof storeProps>;

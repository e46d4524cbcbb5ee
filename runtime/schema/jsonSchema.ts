import { z } from 'zod';
import { projectSchema } from './project';

/** JSON Schema (draft 2020-12) of dashwright.json, generated from the zod schema. */
export function projectJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(projectSchema, { io: 'input' }) as Record<string, unknown>;
}

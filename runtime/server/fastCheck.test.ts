import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fastCheckOf } from './fastCheck';

const samples: unknown[] = [0, 1.5, -3, Number.NaN, Infinity, '', 'a', 'big', true, false, null, undefined, [], {}, [1], { a: 1 }];

describe('fastCheckOf', () => {
  it('never accepts what the schema refuses, and accepts what it accepts, for simple schemas', () => {
    const schemas = [z.number(), z.string(), z.boolean(), z.enum(['a', 'big']), z.number().default(3), z.string().nullable(), z.boolean().optional(), z.number().nullable().default(null)];
    for (const schema of schemas) {
      const check = fastCheckOf(schema)!;
      expect(check).toBeDefined();
      for (const v of samples) expect(check(v), `${JSON.stringify(v)}`).toBe(schema.safeParse(v).success);
    }
  });

  it('leaves refined and composite schemas to zod', () => {
    for (const schema of [z.number().min(0), z.string().max(3), z.array(z.number()), z.object({ a: z.number() }), z.union([z.number(), z.string()]), z.number().refine((n) => n > 0)]) {
      expect(fastCheckOf(schema)).toBeUndefined();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatType } from './formatType';

describe('formatType', () => {
  it('puts each member of an object type on its own line, nested ones indented', () => {
    expect(formatType('Array<{ year: number; "max;rows": string; where: { lat: number } }>')).toBe(
      'Array<{\n  year: number;\n  "max;rows": string;\n  where: {\n    lat: number;\n  };\n}>',
    );
    expect(formatType('Record<string, Array<string>>')).toBe('Record<string, Array<string>>');
  });
});

import { describe, expect, it } from 'vitest';
import { argumentPosition } from './argumentPosition';

describe('argumentPosition', () => {
  it('finds an argument in the destructured first parameter of the default export', () => {
    const source = 'const x = 1;\nexport default async function f({ year, region: r, n = 2 }: Inputs, ctx: Ctx) {\n  return year;\n}\n';
    expect(source.slice(argumentPosition(source, 'year'), argumentPosition(source, 'year') + 4)).toBe('year');
    expect(source.slice(argumentPosition(source, 'region'), argumentPosition(source, 'region') + 6)).toBe('region');
    expect(source[argumentPosition(source, 'n')]).toBe('n');
    const arrow = 'export default ({ rows }) => rows.length;\n';
    expect(argumentPosition(arrow, 'rows')).toBe(arrow.indexOf('rows'));
  });

  it('is -1 when the module does not destructure it at the top of that parameter', () => {
    expect(argumentPosition('export default function f(args: Inputs) {\n  return args.n;\n}\n', 'n')).toBe(-1);
    expect(argumentPosition('export default function f({ a: { n } }) {\n  return n;\n}\n', 'n')).toBe(-1);
    expect(argumentPosition('export default function f({ n }) {}\n', 'm')).toBe(-1);
  });
});

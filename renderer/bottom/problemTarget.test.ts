import { describe, expect, it } from 'vitest';
import { helloProject } from '../test/fixture';
import { problemTarget } from './problemTarget';

const p = (path: string) => ({ path, message: 'm', severity: 'error' as const, code: 'x' });

describe('problem targets', () => {
  it('prefers the explicit target, else reads the path', () => {
    const project = helloProject();
    expect(problemTarget({ ...p('whatever'), target: { kind: 'callback', id: 'double' } }, project)).toEqual({ kind: 'callback', id: 'double' });
    expect(problemTarget(p('components[1].grid.w'), project)).toEqual({ kind: 'component', id: 'out' });
    expect(problemTarget(p('callbacks[0].outputs[0]'), project)).toEqual({ kind: 'callback', id: 'double' });
    expect(problemTarget(p('callbacks/double.ts'), project)).toEqual({ kind: 'callback', id: 'double' });
    expect(problemTarget(p('components[9]'), project)).toBeNull();
    expect(problemTarget(p('name'), project)).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { createAppRuntime } from '../runtime';
import { appSpec, BASE, cb, comp, fakeServer } from './fakeServer';

describe('a callback output the prop cannot take', () => {
  it('is refused with an error naming the callback and the prop; the component keeps its last good value', async () => {
    const spec = appSpec(
      [comp('n', 'slider', { value: 1 }), comp('pick', 'dropdown', { options: ['a', 'b'], value: 'a' }), comp('out', 'text')],
      [cb('choose', ['n.value'], ['pick.value', 'out.text'])],
    );
    let answer: unknown = 'b';
    const server = fakeServer(spec, { choose: () => ({ value: answer, text: 'ran' }) });
    const logger = { error: vi.fn() };
    const runtime = createAppRuntime({ baseUrl: BASE, fetch: server.fetch, logger });
    await runtime.load();
    expect(runtime.get('pick.value')).toBe('b');
    answer = ['x', 'y']; // an array for a single dropdown
    await runtime.setProp('n.value', 2);
    expect(runtime.get('pick.value')).toBe('b');
    expect(runtime.get('out.text')).toBe('ran'); // the other output of the same call still lands
    const errors = runtime.getState().errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ callback: 'choose' });
    expect(errors[0]!.message).toContain('pick.value');
    expect(errors[0]!.message).toContain('string | number | null');
  });
});

// @vitest-environment happy-dom
// happy-dom cannot fetch scripts and, by default, fires "error" for them: a script that fails to load.
import { describe, expect, it, vi } from 'vitest';
import { include, scripts } from './mountInclude';

describe('includeScript (failing source)', () => {
  it('a script that fails to load reports error', async () => {
    const inc = await include({ src: 'https://cdn.example.com/missing.js' }, ['https://cdn.example.com/missing.js']);
    expect(scripts()).toHaveLength(1);
    await vi.waitFor(() => expect(inc.props().error).not.toBeNull());
    expect(inc.props()).toMatchObject({ loaded: false, error: 'could not load https://cdn.example.com/missing.js' });
  });
});

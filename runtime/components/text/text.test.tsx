// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { componentFrame } from '../testkit';

const frame = componentFrame();

describe('text', () => {
  it('text: the root is #id[data-type] and its text is the text prop', async () => {
    const { root } = await frame('text', { text: 'Hello there' });
    expect(root.getAttribute('data-type')).toBe('text');
    expect(root.textContent).toBe('Hello there');
  });
});

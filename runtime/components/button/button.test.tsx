// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { componentFrame } from '../testkit';

const frame = componentFrame();

describe('button', () => {
  it('button: a native button counting clicks', async () => {
    const { root, setProp } = await frame('button', { label: 'Go', clicks: 2 });
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Go');
    await act(async () => button.click());
    expect(setProp).toHaveBeenCalledWith('clicks', 3);
  });
  it('design mode renders controls but does not commit', async () => {
    const { root, setProp } = await frame('button', {}, vi.fn(), 'design');
    expect(root.getAttribute('data-mode')).toBe('design');
    await act(async () => root.querySelector('button')!.click());
    expect(setProp).not.toHaveBeenCalled();
  });
});

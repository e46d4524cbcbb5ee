// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountComponent, type Mounted } from '../testkit';
import { renderMarkdown } from './view';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(type: string, props: Record<string, unknown> = {}, setProp = vi.fn(), mode: 'app' | 'design' = 'app') {
  const result = await mountComponent(type, props, { setProp, mode });
  mounted = result.mounted;
  return { root: result.root, setProp };
}

describe('markdown', () => {
  it('markdown: renders markdown and escapes raw HTML', async () => {
    const { root } = await frame('markdown', { source: '# Title\n\n*hi* <script>alert(1)</script> <b>x</b> [a](javascript:alert(1))' });
    expect(root.querySelector('h1')!.textContent).toBe('Title');
    expect(root.querySelector('em')!.textContent).toBe('hi');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(root.textContent).toContain('<b>x</b>');
    expect(renderMarkdown('[ok](https://example.com)')).toContain('href="https://example.com"');
  });
});

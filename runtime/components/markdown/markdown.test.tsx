// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { componentFrame } from '../testkit';
import { renderMarkdown } from './view';

const frame = componentFrame();

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

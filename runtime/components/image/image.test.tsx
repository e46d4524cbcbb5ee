// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch, mountComponent, type Mounted } from '../testkit';
import { imageSource } from './source';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

async function frame(props: Record<string, unknown>, mode: 'app' | 'design' = 'app') {
  const result = await mountComponent('image', props, { mode });
  mounted = result.mounted;
  return result.root;
}

describe('image', () => {
  it('an img with src, alt and object-fit', async () => {
    const root = await frame({ src: 'https://example.com/a.png', alt: 'Company logo', fit: 'cover' });
    const img = root.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('https://example.com/a.png');
    expect(img.alt).toBe('Company logo');
    expect(img.style.objectFit).toBe('cover');
    expect(root.querySelector('.dw-image-note')).toBeNull();
  });

  it('a data/ file name becomes the data route, relative to the page, each segment encoded', async () => {
    const root = await frame({ src: 'img/my logo.png' });
    expect(root.querySelector('img')!.getAttribute('src')).toBe('_dashwright/data/img/my%20logo.png');
  });

  it('names that leave data/ are refused, with a note instead of an img', async () => {
    const root = await frame({ src: '../secret.png', alt: 'Logo' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('Refused');
    expect(root.querySelector('[role=img]')!.getAttribute('aria-label')).toBe('Logo');
  });

  it('no src: a placeholder; a src that fails to load says so', async () => {
    expect((await frame({})).textContent).toBe('No image');
    mounted!.unmount();
    const root = await frame({ src: 'missing.png', alt: 'Chart' });
    await dispatch(root.querySelector('img')!, new Event('error'));
    expect(root.querySelector('img')!.hidden).toBe(true);
    expect(root.textContent).toContain('Could not load missing.png');
  });

  it('imageSource: URLs as they are, data files under the route', () => {
    expect(imageSource('data:image/png;base64,AAA')).toEqual({ kind: 'url', url: 'data:image/png;base64,AAA' });
    expect(imageSource('/static/x.svg')).toEqual({ kind: 'url', url: '/static/x.svg' });
    expect(imageSource(' logo.png ')).toEqual({ kind: 'url', url: '_dashwright/data/logo.png', dataFile: true });
    for (const bad of ['a/../b.png', './a.png', 'a\\b.png', 'a//b.png']) expect(imageSource(bad).kind, bad).toBe('refused');
    expect(imageSource('  ')).toEqual({ kind: 'none' });
  });
});

describe('image on the design canvas', () => {
  it('names a file of data/ instead of failing to load it (the canvas has no data route)', async () => {
    const { root } = await mountComponent('image', { src: 'logo.svg', alt: 'Logo' }, { mode: 'design' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('data/logo.svg (shown in the preview)');
  });

  it('still draws a URL there', async () => {
    const { root } = await mountComponent('image', { src: 'https://example.com/a.png' }, { mode: 'design' });
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://example.com/a.png');
  });
});

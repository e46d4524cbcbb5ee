// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtinRegistry } from '../builtins';
import { ComponentFrame } from '../frame';
import { mount, type Mounted } from '../testkit';

let mounted: Mounted | null = null;
let clicked: Array<{ href: string; download: string; inDocument: boolean }> = [];
let blobs: Blob[] = [];

beforeEach(() => {
  clicked = [];
  blobs = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, inDocument: document.body.contains(this) });
  });
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.restoreAllMocks();
});

const frame = (data: unknown, mode: 'app' | 'design' = 'app') => (
  <ComponentFrame id="dl" type="download" props={builtinRegistry.withDefaults('download', { data })} mode={mode} setProp={() => {}} />
);

async function show(data: unknown, mode: 'app' | 'design' = 'app'): Promise<void> {
  if (!mounted) mounted = await mount(frame(data, mode));
  else await act(async () => mounted!.root.render(frame(data, mode)));
}

describe('download', () => {
  it('draws nothing in the app (a hidden root); the value it loads with is not downloaded', async () => {
    await show({ filename: 'a.txt', content: 'hi' });
    const root = mounted!.container.querySelector<HTMLElement>('#dl[data-type="download"]')!;
    expect(root.hidden).toBe(true);
    expect(root.textContent).toBe('');
    expect(clicked).toEqual([]);
  });

  it('setting data downloads the file through a temporary a[download]: text content with its MIME type', async () => {
    await show(null);
    await show({ filename: 'report.csv', content: 'a,b\n1,2\n', mimeType: 'text/csv' });
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'report.csv', inDocument: true }]);
    expect(blobs[0]!.type).toBe('text/csv');
    expect(await blobs[0]!.text()).toBe('a,b\n1,2\n');
    expect(mounted!.container.ownerDocument.querySelector('a[download]')).toBeNull();
  });

  it('base64 content is decoded to bytes', async () => {
    await show(null);
    await show({ filename: 'img.bin', content: Buffer.from([0, 255, 16, 32]).toString('base64'), mimeType: 'application/octet-stream', base64: true });
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer())]).toEqual([0, 255, 16, 32]);
  });

  it('the same file again is no change; another one, or the first after null, downloads again', async () => {
    await show(null);
    await show({ filename: 'a.txt', content: '1' });
    await show({ filename: 'a.txt', content: '1' });
    expect(clicked).toHaveLength(1);
    await show({ filename: 'b.txt', content: '2' });
    await show(null);
    await show({ filename: 'b.txt', content: '2' });
    expect(clicked.map((c) => c.download)).toEqual(['a.txt', 'b.txt', 'b.txt']);
  });

  it('never downloads on the design canvas, where it is a chip', async () => {
    await show(null, 'design');
    await show({ filename: 'a.txt', content: '1' }, 'design');
    expect(clicked).toEqual([]);
    expect(mounted!.container.querySelector('.dw-chip')!.textContent).toContain('Download');
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { Host, HostChannel, HostRequest, HostResponse } from '../../runtime/contracts/hostChannels';
import { helloProject } from '../test/fixture';
import type { DocSnapshot } from '../state/types';
import { createPreviewSync } from './previewSync';

function fakeHost(url = 'http://127.0.0.1:9/') {
  const calls: unknown[] = [];
  let release: (() => void) | null = null;
  const host: Host = {
    kind: 'browser',
    async call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResponse<C>> {
      calls.push(request);
      if (channel !== 'preview:update') throw new Error(channel);
      await new Promise<void>((r) => (release = r));
      return { url, problems: [] } as unknown as HostResponse<C>;
    },
  };
  return { host, calls, release: () => release?.() };
}

describe('preview sync', () => {
  it('sets the url once, then asks the page to reload; the latest document wins', async () => {
    const { host, calls, release } = fakeHost();
    let doc: DocSnapshot = { project: helloProject(), callbacks: {}, components: {} };
    const onUrl = vi.fn();
    const onReload = vi.fn();
    const sync = createPreviewSync(host, () => doc, { onUrl, onReload, onError: vi.fn() }, 0);

    const first = sync.flush();
    doc = { ...doc, project: { ...doc.project, name: 'B' } };
    void sync.flush(); // in flight: queued
    doc = { ...doc, project: { ...doc.project, name: 'C' } };
    void sync.flush(); // still one queued push, which reads the newest document
    release();
    await first;
    await vi.waitFor(() => expect(calls).toHaveLength(2));
    release();
    await vi.waitFor(() => expect(onReload).toHaveBeenCalledTimes(1));
    expect(onUrl).toHaveBeenCalledTimes(1);
    expect((calls[1] as { project: { name: string } }).project.name).toBe('C');
  });

  it('does not push an unchanged document again, and reports errors', async () => {
    const onError = vi.fn();
    const host: Host = { kind: 'browser', call: vi.fn().mockRejectedValue(new Error('compile failed')) };
    const doc: DocSnapshot = { project: helloProject(), callbacks: {}, components: {} };
    const sync = createPreviewSync(host, () => ({ ...doc, dir: '/p' }), { onUrl: vi.fn(), onReload: vi.fn(), onError }, 0);
    await sync.flush();
    expect(onError).toHaveBeenCalledWith('compile failed');
    expect(host.call).toHaveBeenCalledWith('preview:update', expect.objectContaining({ dir: '/p' }));
  });
});

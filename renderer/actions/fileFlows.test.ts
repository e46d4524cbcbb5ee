import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Host, HostChannel, HostRequest, HostResponse } from '../../runtime/contracts/hostChannels';
import { setHost } from '../host';
import { editor, resetEditor } from '../state/editorStore';
import { doubleSource, helloProject } from '../test/fixture';
import { autosaveNow } from './autosave';
import { exportProject } from './exportProject';
import { openProject } from './open';
import { restoreAutosave } from './recovery';
import { save } from './save';
import { setProp } from './setProp';

vi.mock('sonner', () => ({ toast: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn(), warning: vi.fn(), info: vi.fn() }) }));
const { toast } = await import('sonner');

type Handler = (request: unknown) => unknown;
function fakeHost(handlers: Partial<Record<HostChannel, Handler>>): Host & { calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  return {
    kind: 'browser',
    calls,
    async call<C extends HostChannel>(channel: C, request: HostRequest<C>): Promise<HostResponse<C>> {
      calls.push([channel, request]);
      const h = handlers[channel];
      if (!h) throw new Error(`no ${channel}`);
      return (await h(request)) as HostResponse<C>;
    },
  };
}

const opened = (extra: object = {}) => ({ dir: '/p', project: helloProject(), callbacks: { double: doubleSource }, problems: [], ...extra });

beforeEach(() => {
  resetEditor();
  vi.clearAllMocks();
});

describe('file flows', () => {
  it('open shows the project; a host error is a toast and keeps the current document', async () => {
    setHost(fakeHost({ 'project:open': (r) => ((r as { dir: string }).dir === '/p' ? opened() : Promise.reject(new Error('/x has no dashwright.json'))) }));
    expect(await openProject('/p')).toBe(true);
    expect(editor().session.screen).toBe('editor');
    expect(editor().project.name).toBe('Hello');
    setProp('n', 'value', 9);
    expect(await openProject('/x')).toBe(false);
    expect(toast.error).toHaveBeenCalledWith(expect.stringContaining('/x has no dashwright.json'));
    expect(editor().project.components[0].props.value).toBe(9);
  });

  it('open offers recovery when the host has a newer autosave, and restoring keeps it dirty', async () => {
    const autosaved = { ...helloProject(), name: 'Recovered' };
    setHost(fakeHost({
      'project:open': () => opened({ recovery: { savedAt: '2025-01-01T00:00:00Z' } }),
      'autosave:read': () => ({ project: autosaved, callbacks: {}, savedAt: '2025-01-01T00:00:00Z' }),
    }));
    await openProject('/p');
    expect(editor().session.dialog).toEqual({ kind: 'recovery', savedAt: '2025-01-01T00:00:00Z' });
    await restoreAutosave();
    expect(editor().project.name).toBe('Recovered');
    expect(editor().dirty).toBe(true);
    expect(editor().session.dialog).toBeNull();
  });

  it('save writes the document, clears dirty, and failures keep it dirty', async () => {
    let fail = false;
    const host = fakeHost({
      'project:open': () => opened(),
      'project:save': () => (fail ? Promise.reject(new Error('disk full')) : { savedAt: 'now' }),
      'autosave:clear': () => ({ ok: true }),
    });
    setHost(host);
    await openProject('/p');
    setProp('n', 'value', 4);
    expect(await save()).toBe(true);
    expect(editor().dirty).toBe(false);
    expect(host.calls.find(([c]) => c === 'project:save')?.[1]).toMatchObject({ dir: '/p', callbacks: { double: doubleSource } });
    setProp('n', 'value', 5);
    fail = true;
    expect(await save()).toBe(false);
    expect(editor().dirty).toBe(true);
    expect(toast.error).toHaveBeenCalledWith('Save failed: disk full');
  });

  it('autosave writes only dirty, changed documents', async () => {
    const host = fakeHost({ 'project:open': () => opened(), 'autosave:write': () => ({ savedAt: 'now' }) });
    setHost(host);
    await openProject('/p');
    expect(await autosaveNow()).toEqual({ wrote: false });
    setProp('n', 'value', 4);
    expect(await autosaveNow()).toEqual({ wrote: true });
    expect(await autosaveNow()).toEqual({ wrote: false });
  });

  it('export sends the document and output folder and reports the result', async () => {
    const host = fakeHost({ 'project:open': () => opened(), 'export:run': () => ({ outDir: '/out', files: 9 }) });
    setHost(host);
    await openProject('/p');
    editor().openDialog({ kind: 'export' });
    expect(await exportProject('/out')).toBe(true);
    expect(host.calls.find(([c]) => c === 'export:run')?.[1]).toMatchObject({ dir: '/p', out: '/out' });
    expect(toast.success).toHaveBeenCalledWith('Exported 9 files to /out', expect.anything());
    expect(editor().session.dialog).toBeNull();
    expect(editor().session.busy.exporting).toBe(false);
  });
});

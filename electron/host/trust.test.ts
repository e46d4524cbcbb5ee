import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../export/paths';
import { createAppState } from './appState';
import type { PreviewServer } from './previewServer';
import { createHostHandlers } from './services';

// Workspace trust (DESIGN §8): a folder's callbacks run in the preview only once the user trusts
// it; the answer is remembered per folder; projects made with New are trusted.

const temp = mkdtempSync(join(tmpdir(), 'dw-trust-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function setup(name: string, options: { trustAll?: boolean } = {}) {
  const calls: { dir: string | undefined; runCallbacks: boolean | undefined }[] = [];
  const preview: PreviewServer = {
    url: async () => 'http://127.0.0.1:1/t/x/',
    update: async (_project, _callbacks, dir, opts) => {
      calls.push({ dir, runCallbacks: opts?.runCallbacks });
      return { url: 'http://127.0.0.1:1/t/x/', problems: [], ...(opts?.runCallbacks === false ? { restricted: true } : {}) };
    },
    close: async () => undefined,
  };
  const stateDir = join(temp, `${name}-state`);
  const handlers = createHostHandlers({ state: createAppState(stateDir, { trustAll: options.trustAll ?? false }), preview });
  const example = join(temp, `${name}-hello`);
  cpSync(join(packageRoot(), 'examples', 'hello'), example, { recursive: true });
  return { handlers, calls, example, stateDir, again: () => createHostHandlers({ state: createAppState(stateDir, { trustAll: false }), preview }) };
}

describe('workspace trust', () => {
  it('opens a folder it has not asked about in restricted mode: the preview draws it without running callbacks', async () => {
    const { handlers, calls, example } = setup('ask');
    const opened = await handlers['project:open']({ dir: example });
    expect(opened.trust).toBe('ask');
    const shown = await handlers['preview:update']({ project: opened.project, callbacks: opened.callbacks, dir: example });
    expect(shown.restricted).toBe(true);
    expect(calls).toEqual([{ dir: example, runCallbacks: false }]);
  });

  it('runs the callbacks once trusted, and remembers the answer for the folder', async () => {
    const { handlers, calls, example, again } = setup('yes');
    const opened = await handlers['project:open']({ dir: example });
    expect(await handlers['project:trust']({ dir: example, trusted: true })).toEqual({ trust: 'trusted' });
    await handlers['preview:update']({ project: opened.project, callbacks: opened.callbacks, dir: example });
    expect(calls.at(-1)).toEqual({ dir: example, runCallbacks: true });
    // A later run of the editor (same state folder) does not ask again.
    expect((await again()['project:open']({ dir: `${example}/` })).trust).toBe('trusted');
  });

  it('remembers "stay restricted" too', async () => {
    const { handlers, calls, example, again } = setup('no');
    const opened = await handlers['project:open']({ dir: example });
    expect(await handlers['project:trust']({ dir: example, trusted: false })).toEqual({ trust: 'restricted' });
    expect((await again()['project:open']({ dir: example })).trust).toBe('restricted');
    await handlers['preview:update']({ project: opened.project, callbacks: opened.callbacks, dir: example });
    expect(calls.at(-1)?.runCallbacks).toBe(false);
  });

  it('trusts a project the user creates with New', async () => {
    const { handlers, calls } = setup('new');
    const created = await handlers['project:new']({ dir: join(temp, 'made-here'), template: 'hello' });
    expect(created.trust).toBe('trusted');
    await handlers['preview:update']({ project: created.project, callbacks: created.callbacks, dir: created.dir });
    expect(calls.at(-1)?.runCallbacks).toBe(true);
  });

  it('DASHWRIGHT_TRUST_ALL trusts every folder', async () => {
    const { handlers, example } = setup('all', { trustAll: true });
    expect((await handlers['project:open']({ dir: example })).trust).toBe('trusted');
  });
});

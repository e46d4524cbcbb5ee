import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFromTemplate } from '../../export/templates';
import { createHostHandlers, HostRequestError, type HostServiceDeps } from './services';

const tmp = mkdtempSync(join(tmpdir(), 'dw-new-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('project:new', () => {
  // Refused before anything of the app state or preview is used.
  const handlers = createHostHandlers({} as HostServiceDeps);

  it('refuses a folder that holds a project as a user error (4xx), not a crash', async () => {
    const dir = await createFromTemplate(join(tmp, 'taken'), 'blank');
    const attempt = handlers['project:new']({ dir, template: 'blank' });
    await expect(attempt).rejects.toBeInstanceOf(HostRequestError);
    await expect(attempt).rejects.toThrow(/already holds a project/);
  });

  it('refuses an unknown template the same way', async () => {
    await expect(handlers['project:new']({ dir: join(tmp, 'fresh'), template: 'nope' })).rejects.toBeInstanceOf(HostRequestError);
  });
});

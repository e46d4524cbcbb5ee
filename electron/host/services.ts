import { join, resolve } from 'node:path';
import { z } from 'zod';
import { hostRequests, type HostChannel, type HostRequest, type HostResponse, type OpenedProject } from '../../runtime/contracts/hostChannels';
import { parseProject } from '../../runtime/schema/parse';
import type { Problem } from '../../runtime/schema/problems';
import type { Project } from '../../runtime/schema/project';
import { checkProject } from '../../export/check';
import { ExportError, exportProject } from '../../export/exportApp';
import { createFromTemplate, listTemplates, TemplateError } from '../../export/templates';
import { readDataTypes } from '../../runtime/server/dataTypes';
import { sqlQueriesIn } from '../../runtime/graph/sqlQueries';
import { DataFileError, importDataFiles, previewDataFile } from '../../runtime/server/dataFiles';
import { loadProjectFolder, saveProjectFolder } from '../../runtime/server/projectFolder';
import { finishPendingSave } from '../../runtime/server/saveTransaction';
import type { AppState } from './appState';
import type { PreviewServer } from './previewServer';
import { buildComponentsForCanvas } from './canvasComponents';
import { listDir } from './listDir';

/** A request the host refuses with a message the editor shows (HTTP 400 / rejected IPC call). */
export class HostRequestError extends Error {}

export type HostHandlers = { [C in HostChannel]: (request: HostRequest<C>) => Promise<HostResponse<C>> };

export interface HostServiceDeps {
  state: AppState;
  preview: PreviewServer;
  /** Native folder picker (Electron); absent in browser mode, where the editor asks for a path. */
  chooseDir?: (purpose: 'open' | 'new' | 'export') => Promise<string | null>;
}

function toProject(doc: Record<string, unknown>): Project {
  const parsed = parseProject(doc);
  if (!parsed.ok) throw new HostRequestError(`the project is not valid: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  return parsed.project;
}

async function open(deps: HostServiceDeps, dir: string): Promise<OpenedProject> {
  const abs = resolve(dir);
  // Finish or drop what a crash in the middle of a save left (a read-only folder keeps it: it is read as committed).
  await finishPendingSave(abs).catch(() => undefined);
  const loaded = await loadProjectFolder(abs);
  if (!loaded.ok) throw new HostRequestError(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  await deps.state.addRecent(abs);
  const problems: Problem[] = await checkProject(loaded.project, loaded.callbacks, { dir: abs, types: false, components: loaded.components });
  let recovery = await deps.state.pendingRecovery(abs);
  // An autosave that holds exactly what is on disk has nothing to restore: drop it instead of asking.
  if (recovery) {
    const parked = await deps.state.readAutosave(abs);
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
    if (parked && same(parked.project, loaded.project) && same(parked.callbacks, loaded.callbacks) && same(parked.components ?? {}, loaded.components)) {
      await deps.state.clearAutosave(abs);
      recovery = undefined;
    }
  }
  const trust = (await deps.state.trustOf(abs)) ?? 'ask';
  const opened: OpenedProject = { dir: abs, project: loaded.project, callbacks: loaded.callbacks, components: loaded.components, problems, dataTypes: await readDataTypes(join(abs, 'data'), { queries: sqlQueriesIn(Object.values(loaded.callbacks)) }), trust };
  if (recovery) opened.recovery = recovery;
  return opened;
}

export function createHostHandlers(deps: HostServiceDeps): HostHandlers {
  return {
    'project:open': ({ dir }) => open(deps, dir),
    'project:dataTypes': async ({ dir, queries }) => ({ files: await readDataTypes(join(resolve(dir), 'data'), { queries }) }),
    'data:import': async ({ dir, files }) => ({ written: await userErrors(importDataFiles(join(resolve(dir), 'data'), files)) }),
    'data:preview': async ({ dir, name }) => userErrors(previewDataFile(join(resolve(dir), 'data'), name)),
    'project:new': async ({ dir, template, name }) => {
      const created = await createFromTemplate(dir, template, name).catch((err: unknown) => {
        throw err instanceof TemplateError ? new HostRequestError(err.message) : err;
      });
      // The user made it here: its callbacks are theirs.
      await deps.state.setTrust(created, 'trusted');
      return open(deps, created);
    },
    'project:trust': async ({ dir, trusted }) => {
      const answer = trusted ? 'trusted' : 'restricted';
      await deps.state.setTrust(resolve(dir), answer);
      return { trust: answer };
    },
    'project:save': async ({ dir, project, callbacks, components }) => {
      await saveProjectFolder(resolve(dir), toProject(project), callbacks, components ?? {});
      await deps.state.clearAutosave(dir);
      await deps.state.addRecent(dir);
      return { savedAt: new Date().toISOString() };
    },
    'fs:listDir': ({ dir }) => listDir(dir),
    'project:chooseDir': async ({ purpose }) => {
      if (!deps.chooseDir) throw new HostRequestError('no folder picker in browser mode; type the folder path');
      return { dir: await deps.chooseDir(purpose) };
    },
    'project:validate': async ({ project, callbacks, components, dir }) => {
      const parsed = parseProject(project);
      if (!parsed.ok) return { problems: parsed.problems };
      return { problems: await checkProject(parsed.project, callbacks, { dir, types: true, components: components ?? {} }) };
    },
    'autosave:write': async ({ dir, project, callbacks, components }) => ({ savedAt: await deps.state.writeAutosave(dir, toProject(project), callbacks, components ?? {}) }),
    'autosave:read': async ({ dir }) => {
      const save = await deps.state.readAutosave(dir);
      return save ? { project: save.project, callbacks: save.callbacks, ...(save.components ? { components: save.components } : {}), savedAt: save.savedAt } : null;
    },
    'autosave:clear': async ({ dir }) => {
      await deps.state.clearAutosave(dir);
      return { ok: true };
    },
    'templates:list': async () => ({ templates: await listTemplates() }),
    'recent:list': async () => ({ dirs: await deps.state.recent() }),
    'preview:update': async ({ project, callbacks, components, dir }) => {
      const parsed = parseProject(project);
      if (!parsed.ok) return { url: await deps.preview.url(), problems: parsed.problems };
      // A folder's callbacks run only once the user trusts it; a document not from a folder is the user's own.
      const runCallbacks = dir === undefined || (await deps.state.trustOf(dir)) === 'trusted';
      return deps.preview.update(parsed.project, callbacks, dir, { runCallbacks, components: components ?? {} });
    },
    'export:run': async ({ project, callbacks, components, dir, out }) => {
      try {
        const result = await exportProject({ source: { project: toProject(project), callbacks, components: components ?? {}, dir }, outDir: out });
        return { outDir: result.outDir, files: result.files };
      } catch (err) {
        // What the user can fix is a 4xx with its message, not a server error.
        throw err instanceof ExportError ? new HostRequestError(err.message) : err;
      }
    },
    'components:build': async ({ components, dir }) => {
      // The canvas runs this code in the editor itself: only for a folder the user trusts.
      if (dir !== undefined && (await deps.state.trustOf(resolve(dir))) !== 'trusted') {
        return { modules: Object.keys(components).map((type) => ({ type, error: 'not run: this folder is in restricted mode (trust it to see its own components)' })), problems: [] };
      }
      return buildComponentsForCanvas(components, dir);
    },
  };
}

/** A data/ request the user can fix answers 4xx with its message. */
function userErrors<T>(work: Promise<T>): Promise<T> {
  return work.catch((err: unknown) => {
    throw err instanceof DataFileError ? new HostRequestError(err.message) : err;
  });
}

/** Validate a channel name and request body from outside (HTTP body, IPC arguments). */
export function parseHostCall(channel: string, body: unknown): { channel: HostChannel; request: unknown } {
  if (!Object.hasOwn(hostRequests, channel)) throw new HostRequestError(`unknown host channel "${channel}"`);
  const schema = hostRequests[channel as HostChannel] as z.ZodType;
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new HostRequestError(`bad request for ${channel}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}`);
  }
  return { channel: channel as HostChannel, request: parsed.data };
}

export async function dispatchHostCall(handlers: HostHandlers, channel: HostChannel, request: unknown): Promise<unknown> {
  const handler = handlers[channel] as (r: unknown) => Promise<unknown>;
  return handler(request);
}

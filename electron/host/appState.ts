import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { parseProject } from '../../runtime/schema/parse';
import type { Project } from '../../runtime/schema/project';

/** Where the editor keeps its own state: recent projects and autosaves for crash recovery. */
export function defaultStateDir(): string {
  if (process.env.DASHWRIGHT_HOME) return resolve(process.env.DASHWRIGHT_HOME);
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'dashwright');
}

const MAX_RECENT = 10;

export interface Autosave {
  dir: string;
  savedAt: string;
  project: Project;
  callbacks: Record<string, string>;
}

export function createAppState(stateDir: string) {
  const recentFile = join(stateDir, 'recent.json');
  const autosaveFile = (dir: string) => join(stateDir, 'autosave', `${createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 16)}.json`);

  async function readRecent(): Promise<string[]> {
    try {
      const list = JSON.parse(await readFile(recentFile, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : [];
    } catch {
      return [];
    }
  }

  return {
    recent: readRecent,

    async addRecent(dir: string): Promise<void> {
      const abs = resolve(dir);
      const list = [abs, ...(await readRecent()).filter((d) => d !== abs)].slice(0, MAX_RECENT);
      await mkdir(stateDir, { recursive: true });
      await writeFileAtomic(recentFile, JSON.stringify(list, null, 2));
    },

    async writeAutosave(dir: string, project: Project, callbacks: Record<string, string>): Promise<string> {
      const savedAt = new Date().toISOString();
      const file = autosaveFile(dir);
      await mkdir(join(stateDir, 'autosave'), { recursive: true });
      const body: Autosave = { dir: resolve(dir), savedAt, project, callbacks };
      await writeFileAtomic(file, JSON.stringify(body));
      return savedAt;
    },

    /** The autosave of a project, if one exists and is readable. */
    async readAutosave(dir: string): Promise<Autosave | null> {
      try {
        const raw = JSON.parse(await readFile(autosaveFile(dir), 'utf8')) as Autosave;
        const parsed = parseProject(raw.project);
        if (!parsed.ok || typeof raw.savedAt !== 'string') return null;
        return { ...raw, project: parsed.project };
      } catch {
        return null;
      }
    },

    /** An autosave newer than the project's manifest on disk: the editor offers to restore it. */
    async pendingRecovery(dir: string): Promise<{ savedAt: string } | undefined> {
      const save = await this.readAutosave(dir);
      if (!save) return undefined;
      const manifest = await stat(join(dir, 'dashwright.json')).catch(() => null);
      if (manifest && manifest.mtimeMs >= Date.parse(save.savedAt)) return undefined;
      return { savedAt: save.savedAt };
    },

    async clearAutosave(dir: string): Promise<void> {
      await rm(autosaveFile(dir), { force: true });
    },
  };
}

export type AppState = ReturnType<typeof createAppState>;

import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rm, stat } from 'node:fs/promises';
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
  /** The project's own components' sources (absent in autosaves of older versions). */
  components?: Record<string, string>;
}

/** What the user answered for a folder (DESIGN §8 workspace trust); no answer yet: undefined. */
export type TrustAnswer = 'trusted' | 'restricted';

export interface AppStateOptions {
  /** Every folder counts as trusted (DASHWRIGHT_TRUST_ALL=1: CI, tests); default from the environment. */
  trustAll?: boolean;
}

export function createAppState(stateDir: string, options: AppStateOptions = {}) {
  const trustAll = options.trustAll ?? process.env.DASHWRIGHT_TRUST_ALL === '1';
  const recentFile = join(stateDir, 'recent.json');
  const trustFile = join(stateDir, 'trust.json');
  // A folder is named by its real path, so a symlink to it shares its answer.
  const folderKey = (dir: string) => realpath(resolve(dir)).catch(() => resolve(dir));
  const autosaveFile = (dir: string) => join(stateDir, 'autosave', `${createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 16)}.json`);

  async function readRecent(): Promise<string[]> {
    try {
      const list = JSON.parse(await readFile(recentFile, 'utf8')) as unknown;
      return Array.isArray(list) ? list.filter((d): d is string => typeof d === 'string') : [];
    } catch {
      return [];
    }
  }

  async function readTrust(): Promise<Record<string, TrustAnswer>> {
    try {
      const raw = JSON.parse(await readFile(trustFile, 'utf8')) as unknown;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
      return Object.fromEntries(Object.entries(raw).filter((e): e is [string, TrustAnswer] => e[1] === 'trusted' || e[1] === 'restricted'));
    } catch {
      return {};
    }
  }

  return {
    recent: readRecent,

    /** The user's answer for a folder: may its callbacks run? */
    async trustOf(dir: string): Promise<TrustAnswer | undefined> {
      if (trustAll) return 'trusted';
      return (await readTrust())[await folderKey(dir)];
    },

    async setTrust(dir: string, answer: TrustAnswer): Promise<void> {
      const key = await folderKey(dir);
      const all = { ...(await readTrust()), [key]: answer };
      await mkdir(stateDir, { recursive: true });
      await writeFileAtomic(trustFile, JSON.stringify(all, null, 2));
    },

    async addRecent(dir: string): Promise<void> {
      const abs = resolve(dir);
      const list = [abs, ...(await readRecent()).filter((d) => d !== abs)].slice(0, MAX_RECENT);
      await mkdir(stateDir, { recursive: true });
      await writeFileAtomic(recentFile, JSON.stringify(list, null, 2));
    },

    async writeAutosave(dir: string, project: Project, callbacks: Record<string, string>, components: Record<string, string> = {}): Promise<string> {
      const savedAt = new Date().toISOString();
      const file = autosaveFile(dir);
      await mkdir(join(stateDir, 'autosave'), { recursive: true });
      const body: Autosave = { dir: resolve(dir), savedAt, project, callbacks, components };
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

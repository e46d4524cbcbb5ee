import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * A save of a project is one transaction of all its files (DESIGN §6: save is atomic).
 *
 * 1. Every new file is written, and fsynced, into the journal folder `.dashwright-save/`;
 *    nothing in the project is touched yet. A crash here leaves the old project (the journal
 *    is discarded on the next save or open).
 * 2. `journal.json` names the files to move into place and those to remove; it appears by an
 *    atomic rename, and that rename is the commit.
 * 3. The files are renamed into place (the manifest last), removed files deleted, the journal
 *    removed. A crash here leaves a committed journal: readers see the new project through it
 *    (`readCommitted`), and the next save or open finishes it (`finishPendingSave`).
 *
 * So a reader sees the whole old or the whole new project, never one save's manifest with
 * another's callback modules.
 */

export const JOURNAL_DIR = '.dashwright-save';
const JOURNAL_FILE = 'journal.json';

interface Journal {
  /** Project-relative path → staged file name inside the journal folder, in the order they are moved. */
  writes: { path: string; staged: string }[];
  /** Project-relative paths to delete. */
  removes: string[];
}

/** Saves of one folder in this process, one after another. */
const queues = new Map<string, Promise<unknown>>();

/** Runs `task` once earlier saves of `dir` in this process have finished. */
export function serialized<T>(dir: string, task: () => Promise<T>): Promise<T> {
  const key = path.resolve(dir);
  const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
  const settled = run.then(() => undefined, () => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return run;
}

/** Writes `writes` and deletes `removes` (project-relative paths) as one transaction. Paths are the caller's to check. */
export async function commitFiles(dir: string, writes: { path: string; text: string }[], removes: string[]): Promise<void> {
  await finishPendingSave(dir);
  if (writes.length === 0 && removes.length === 0) return;
  const journalDir = path.join(dir, JOURNAL_DIR);
  await fs.mkdir(journalDir, { recursive: true });
  const journal: Journal = { writes: [], removes };
  for (const [i, file] of writes.entries()) {
    const staged = `${i}.staged`;
    await writeDurably(path.join(journalDir, staged), file.text);
    journal.writes.push({ path: file.path, staged });
  }
  const pending = path.join(journalDir, `${JOURNAL_FILE}.pending`);
  await writeDurably(pending, JSON.stringify(journal));
  await fs.rename(pending, path.join(journalDir, JOURNAL_FILE));
  await syncDir(journalDir);
  await apply(dir, journal);
}

/**
 * Finishes what a crashed save left: a committed journal is carried out, an uncommitted one
 * dropped, and temporary files of older saves (`<file>.<hex>` beside the manifest and the
 * callback modules) are removed. Says which it did.
 */
export async function finishPendingSave(dir: string): Promise<'none' | 'replayed' | 'discarded'> {
  const journal = await readJournal(dir);
  let outcome: 'none' | 'replayed' | 'discarded' = 'none';
  if (journal) {
    await apply(dir, journal);
    outcome = 'replayed';
  } else if (await exists(path.join(dir, JOURNAL_DIR))) {
    await fs.rm(path.join(dir, JOURNAL_DIR), { recursive: true, force: true });
    outcome = 'discarded';
  }
  await removeTempLeftovers(dir);
  return outcome;
}

/**
 * A reader of the project as last committed, without writing anything: a file a committed
 * journal still holds is read from there, a file it removes is missing. `undefined` = no such file.
 */
export async function readCommitted(dir: string): Promise<(relative: string) => Promise<string | undefined>> {
  const journal = await readJournal(dir);
  const read = (file: string) => fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
  return async (relative) => {
    const rel = normalize(relative);
    if (journal) {
      if (journal.removes.some((p) => normalize(p) === rel)) return undefined;
      const staged = journal.writes.find((w) => normalize(w.path) === rel);
      if (staged) {
        const text = await read(path.join(dir, JOURNAL_DIR, staged.staged));
        if (text !== undefined) return text;
      }
    }
    return read(path.join(dir, rel));
  };
}

async function apply(dir: string, journal: Journal): Promise<void> {
  const journalDir = path.join(dir, JOURNAL_DIR);
  const touched = new Set<string>();
  for (const write of journal.writes) {
    const target = path.join(dir, write.path);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.rename(path.join(journalDir, write.staged), target);
    } catch (err) {
      // Already moved by the run that crashed.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    touched.add(path.dirname(target));
  }
  for (const removed of journal.removes) {
    await fs.unlink(path.join(dir, removed)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    touched.add(path.dirname(path.join(dir, removed)));
  }
  for (const folder of touched) await syncDir(folder);
  await fs.rm(journalDir, { recursive: true, force: true });
}

async function readJournal(dir: string): Promise<Journal | undefined> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.readFile(path.join(dir, JOURNAL_DIR, JOURNAL_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  return isJournal(raw) ? raw : undefined;
}

function isJournal(raw: unknown): raw is Journal {
  if (typeof raw !== 'object' || raw === null) return false;
  const { writes, removes } = raw as Partial<Journal>;
  const safe = (p: unknown): boolean => typeof p === 'string' && !path.isAbsolute(p) && !normalize(p).startsWith('..');
  return (
    Array.isArray(writes) &&
    writes.every((w: unknown) => typeof w === 'object' && w !== null && safe((w as { path?: unknown }).path) && typeof (w as { staged?: unknown }).staged === 'string' && /^\d+\.staged$/.test((w as { staged: string }).staged)) &&
    Array.isArray(removes) &&
    removes.every(safe)
  );
}

/** write-file-atomic's temporary names: the file's name, a dot, a 32-bit hex hash. */
const TEMP_NAME = /^(?:dashwright\.json|[A-Za-z][A-Za-z0-9_-]*\.ts)\.[0-9a-f]{4,8}$/;

async function removeTempLeftovers(dir: string): Promise<void> {
  for (const folder of [dir, path.join(dir, 'callbacks')]) {
    const names = await fs.readdir(folder).catch(() => [] as string[]);
    for (const name of names) if (TEMP_NAME.test(name)) await fs.rm(path.join(folder, name), { force: true });
  }
}

async function writeDurably(file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'w');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** fsync a folder so a rename in it survives a power cut (not possible on every platform: then skipped). */
async function syncDir(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows cannot open a folder for fsync.
  } finally {
    await handle?.close();
  }
}

function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(() => true, () => false);
}

function normalize(relative: string): string {
  return path.normalize(relative).split(path.sep).join('/');
}

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { HostResponse } from '../../runtime/contracts/hostChannels';

/** At most this many folders are listed (a huge folder stays responsive). */
const MAX_ENTRIES = 500;

/** The sub-folders of `dir` for the browser-mode folder picker; a Dashwright project is marked. */
export async function listDir(dir?: string): Promise<HostResponse<'fs:listDir'>> {
  const abs = resolve(dir ?? homedir());
  const entries = (await readdir(abs, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_ENTRIES)
    .map((name) => ({ name, isProject: existsSync(join(abs, name, 'dashwright.json')) }));
  const parent = dirname(abs);
  return { dir: abs, parent: parent === abs ? null : parent, entries };
}

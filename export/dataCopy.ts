import { cp, readdir, readlink, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Copies a project's data/ into an export. A symbolic link is replaced by a copy of what it
 * points to (a link would name a path on the build machine, which the deployed app does not
 * have); a link that points nowhere is refused, naming it.
 */
export async function copyDataFolder(from: string, to: string): Promise<void> {
  await checkLinks(from, from);
  await cp(from, to, { recursive: true, dereference: true });
}

async function checkLinks(root: string, dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      const ok = await stat(path).then(() => true, () => false);
      if (!ok) throw new Error(`data/${relative(root, path)} is a symbolic link to ${await readlink(path)}, which does not exist; copy the file into data/ or remove the link`);
    } else if (entry.isDirectory()) await checkLinks(root, path);
  }
}

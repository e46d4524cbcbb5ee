import { FORMAT_VERSION } from './project';

type RawDoc = Record<string, unknown>;

/**
 * migrations[n] turns a version-n document into a version-(n+1) document.
 * Version 1 is the first released format, so the list is empty until version 2.
 */
const migrations: Record<number, (doc: RawDoc) => RawDoc> = {};

export type MigrationResult =
  | { ok: true; doc: RawDoc; migratedFrom?: number }
  | { ok: false; message: string };

export function migrate(doc: RawDoc): MigrationResult {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `"version" must be a positive integer (this build reads version ${FORMAT_VERSION})` };
  }
  if (version > FORMAT_VERSION) {
    return {
      ok: false,
      message: `this project uses format version ${version}, newer than this Dashwright reads (${FORMAT_VERSION}); update Dashwright to open it`,
    };
  }
  let current = doc;
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `no migration from format version ${v}` };
    current = { ...step(current), version: v + 1 };
  }
  return version === FORMAT_VERSION ? { ok: true, doc: current } : { ok: true, doc: current, migratedFrom: version };
}

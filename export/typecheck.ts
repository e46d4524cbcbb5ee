import { dirname, join } from 'node:path';
import ts from 'typescript';
import { CHECK_COMPILER_OPTIONS, checkFileOwner, generateCheckProgram, mapCheckDiagnostic, type DataFileType } from '../runtime/graph/callbackTypes';
import type { Catalog } from '../runtime/schema/catalog';
import type { Problem } from '../runtime/schema/problems';
import type { Project } from '../runtime/schema/project';

/** Parsed lib files (lib.es2023.d.ts, lib.dom.d.ts…): parsing them is most of a check's cost. */
const libCache = new Map<string, ts.SourceFile | undefined>();

/**
 * Type-checks the callbacks against the types generated from their wiring (the same check
 * Monaco runs in the editor): a string returned to a slider's value is an error here too.
 */
export function typecheckCallbacks(project: Project, callbacks: Record<string, string>, catalog: Catalog, callbacksDir?: string, data: readonly DataFileType[] = []): Problem[] {
  const root = callbacksDir ? `${dirname(callbacksDir)}/` : '/dashwright-project/';
  const files = new Map<string, string>();
  for (const [id, text] of Object.entries(callbacks)) files.set(join(root, 'callbacks', `${id}.ts`), text);
  for (const [name, text] of Object.entries(generateCheckProgram(project, catalog, data))) files.set(join(root, name), text);

  const { options } = ts.convertCompilerOptionsFromJson(CHECK_COMPILER_OPTIONS, root);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.directoryExists = (d) => [...files.keys()].some((f) => f.startsWith(`${d}/`)) || ts.sys.directoryExists(d);
  host.getSourceFile = (f, lang) => {
    const virtual = files.get(f);
    if (virtual !== undefined) return ts.createSourceFile(f, virtual, lang);
    if (!libCache.has(f)) {
      const text = readFile(f);
      libCache.set(f, text === undefined ? undefined : ts.createSourceFile(f, text, lang));
    }
    return libCache.get(f);
  };
  const program = ts.createProgram([...files.keys()], options, host);

  return ts.getPreEmitDiagnostics(program).flatMap((d): Problem[] => {
    if (d.category !== ts.DiagnosticCategory.Error) return [];
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const fileName = d.file?.fileName ?? '';
    const owner = checkFileOwner(fileName);
    if (owner !== null) {
      const source = callbacks[owner] ?? '';
      const mapped = mapCheckDiagnostic(source, message);
      const line = source.slice(0, mapped.start).split('\n').length;
      return [typeProblem(owner, line, mapped.message)];
    }
    const id = /callbacks\/([A-Za-z][A-Za-z0-9_-]*)\.ts$/.exec(fileName)?.[1];
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 1;
    return [typeProblem(id ?? fileName, line, message)];
  });
}

function typeProblem(callbackId: string, line: number, message: string): Problem {
  return { path: `callbacks/${callbackId}.ts:${line}`, line, message, severity: 'error', code: 'type', target: { kind: 'callback', id: callbackId } };
}

import { join } from 'node:path';
import ts from 'typescript';
import { componentEntry } from '../runtime/schema/componentModules';
import type { Problem } from '../runtime/schema/problems';
import { packageRoot } from './paths';

/**
 * Type-checks the project's own components (DESIGN §3b) against `dashwright/component`, React's
 * and zod's types from this package: a component's file needs nothing installed.
 */
export function typecheckComponents(components: Record<string, string>, projectDir?: string): Problem[] {
  const types = Object.keys(components);
  if (types.length === 0) return [];
  const root = projectDir ?? '/dashwright-project';
  const pkg = packageRoot();
  const files = new Map(types.map((type) => [join(root, componentEntry(type)), components[type]]));
  const options: ts.CompilerOptions = {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
    noEmit: true,
    skipLibCheck: true,
    types: [],
    paths: {
      'dashwright/component': [join(pkg, 'runtime/components/authoring.ts')],
      react: [join(pkg, 'node_modules/@types/react/index.d.ts')],
      'react/jsx-runtime': [join(pkg, 'node_modules/@types/react/jsx-runtime.d.ts')],
      zod: [join(pkg, 'node_modules/zod/index.d.ts')],
    },
    allowImportingTsExtensions: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.getSourceFile = (f, lang, onError) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang) : getSourceFile(f, lang, onError);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const prefix = `${join(root, 'components')}/`;
  return ts.getPreEmitDiagnostics(program).flatMap((d): Problem[] => {
    if (d.category !== ts.DiagnosticCategory.Error || !d.file || !d.file.fileName.startsWith(prefix)) return [];
    const rel = d.file.fileName.slice(root.length + 1);
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
    return [{ path: `${rel}:${line + 1}`, line: line + 1, column: character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n'), severity: 'error', code: 'type' }];
  });
}

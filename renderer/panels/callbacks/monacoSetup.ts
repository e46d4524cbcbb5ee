import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';

export { monaco };
export type Monaco = typeof monaco;

/** How every code editor of the editor is set up (callbacks, project components). */
export const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  fontSize: 13,
  lineNumbersMinChars: 3,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  fixedOverflowWidgets: true,
  renderLineHighlight: 'line',
  // Typed text stays as typed (also from scripted keyboards): no auto-closing pairs, and a
  // suggestion is taken with Tab only, never by Enter or a punctuation character.
  autoClosingBrackets: 'never',
  autoClosingQuotes: 'never',
  acceptSuggestionOnEnter: 'off',
  acceptSuggestionOnCommitCharacter: false,
};

export const EDITOR_THEMES = { light: 'dashwright-light', dark: 'dashwright-dark' } as const;

let done = false;

/**
 * Once per window: Monaco from the bundled `monaco-editor` package (no CDN: the app runs
 * offline), its workers through Vite's `?worker` imports, and TypeScript set up to check
 * callback modules (`strict`, ES modules, no emit). Types reach the checker through extra libs
 * (see callbackModels.ts).
 */
export function setupMonaco(): Monaco {
  if (done) return monaco;
  done = true;
  const env = self as unknown as { MonacoEnvironment?: monaco.Environment };
  env.MonacoEnvironment = {
    ...env.MonacoEnvironment,
    getWorker(_workerId: string, label: string): Worker {
      if (label === 'typescript' || label === 'javascript') return new TsWorker();
      return new EditorWorker();
    },
  };
  loader.config({ monaco });
  // Editor backgrounds that match the chrome's panels (renderer/styles/theme.css).
  monaco.editor.defineTheme(EDITOR_THEMES.light, { base: 'vs', inherit: true, rules: [], colors: { 'editor.background': '#ffffff' } });
  monaco.editor.defineTheme(EDITOR_THEMES.dark, { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#1e1f23' } });
  const ts = monaco.typescript;
  ts.typescriptDefaults.setCompilerOptions({
    ...ts.typescriptDefaults.getCompilerOptions(),
    strict: true,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    allowNonTsExtensions: true,
    isolatedModules: false,
    noEmit: true,
    // A project's own components are .tsx (React's automatic runtime, as esbuild compiles them).
    jsx: ts.JsxEmit.ReactJSX,
  });
  ts.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  ts.typescriptDefaults.setEagerModelSync(true);
  return monaco;
}

import type * as MonacoNs from 'monaco-editor';
import { argumentPosition } from '../../../runtime/graph/argumentPosition';
import { modelPath } from './callbackModels';

type Monaco = typeof MonacoNs;

interface RenameLocation {
  fileName: string;
  textSpan: { start: number; length: number };
}

/**
 * The callback's source with argument `from` renamed to `to` the way a rename refactor does it
 * (TypeScript's own rename, in Monaco's worker): in the destructured parameter, its type
 * annotation and every use. Null when the code does not destructure it or TypeScript cannot.
 */
export async function renameArgumentInCode(monaco: Monaco, callbackId: string, from: string, to: string): Promise<string | null> {
  const model = monaco.editor.getModel(monaco.Uri.parse(modelPath(callbackId)));
  if (!model) return null;
  const source = model.getValue();
  const at = argumentPosition(source, from);
  if (at < 0) return null;
  try {
    let mine: RenameLocation[] = [];
    // Just after a project opens, Monaco may not have started TypeScript yet ("TypeScript not
    // registered") or its worker may not have the program: ask again for a few seconds before
    // falling back to renaming in the wiring only.
    for (let attempt = 0; attempt < 8 && mine.length === 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** Math.min(attempt, 4)));
      const found = await findRenames(monaco, model, at);
      if (found) mine = found.filter((l) => l.fileName === model.uri.toString()).sort((a, b) => b.textSpan.start - a.textSpan.start);
    }
    if (mine.length === 0 || model.getValue() !== source) return null; // edited meanwhile: its offsets no longer hold
    let text = source;
    for (const { textSpan } of mine) text = text.slice(0, textSpan.start) + to + text.slice(textSpan.start + textSpan.length);
    return text;
  } catch {
    return null;
  }
}

/** TypeScript's rename locations at `at`, or null while its worker is not up yet. */
async function findRenames(monaco: Monaco, model: MonacoNs.editor.ITextModel, at: number): Promise<readonly RenameLocation[] | null> {
  try {
    const getWorker = await monaco.typescript.getTypeScriptWorker();
    const worker = await getWorker(model.uri);
    return ((await worker.findRenameLocations(model.uri.toString(), at, false, false, false)) as readonly RenameLocation[] | undefined) ?? [];
  } catch {
    return null;
  }
}

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
    const getWorker = await monaco.typescript.getTypeScriptWorker();
    const worker = await getWorker(model.uri);
    let mine: RenameLocation[] = [];
    // Just after a project opens, the worker may not have the model's program yet and finds
    // nothing: ask again a few times before falling back to renaming in the wiring only.
    for (let attempt = 0; attempt < 4 && mine.length === 0; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      const found = (await worker.findRenameLocations(model.uri.toString(), at, false, false, false)) as readonly RenameLocation[] | undefined;
      mine = (found ?? []).filter((l) => l.fileName === model.uri.toString()).sort((a, b) => b.textSpan.start - a.textSpan.start);
    }
    if (mine.length === 0) return null;
    let text = source;
    for (const { textSpan } of mine) text = text.slice(0, textSpan.start) + to + text.slice(textSpan.start + textSpan.length);
    return text;
  } catch {
    return null;
  }
}

import type * as MonacoNs from 'monaco-editor';
import type { Project } from '../../../runtime/schema';
import { checkFileName, generateCheckModule, mapCheckDiagnostic, type DataFileType } from '../../../runtime/graph/callbackTypes';
import { componentTypes } from '../../state/componentTypes';

type Monaco = typeof MonacoNs;
type Model = MonacoNs.editor.ITextModel;

/** Marker owner of the errors mapped from a callback's check module. */
export const WIRING_MARKER_OWNER = 'dashwright-wiring';

/** `file:///callbacks/<id>.ts`, the model of a callback module. */
export function modelPath(callbackId: string): string {
  return `file:///callbacks/${callbackId}.ts`;
}

/** `file:///callbacks/<id>.check.ts`, the extra lib with the callback's types and return check. */
export function checkPath(callbackId: string): string {
  return `file:///${checkFileName(callbackId)}`;
}

const libs = new Map<string, { content: string; lib: MonacoNs.IDisposable }>();

/**
 * Makes Monaco hold what the project holds: one model per callback module (created from the
 * store's source; replaced when the store changes it and `pending` has no unsaved typing for
 * it), and one extra lib per callback with its generated types (regenerated when the wiring
 * changes). Models and libs of callbacks that are gone are disposed. Returns whether any extra
 * lib changed.
 */
export function syncCallbackModels(
  monaco: Monaco,
  project: Project,
  sources: Readonly<Record<string, string>>,
  pending: ReadonlySet<string>,
  shownPath: string | null,
  dataTypes: readonly DataFileType[] = [],
): boolean {
  const ids = new Set(project.callbacks.map((c) => c.id));
  for (const id of ids) {
    const uri = monaco.Uri.parse(modelPath(id));
    const source = sources[id] ?? '';
    const model = monaco.editor.getModel(uri);
    if (!model) monaco.editor.createModel(source, 'typescript', uri);
    else if (!pending.has(id) && model.getValue() !== source) {
      // On screen: an edit (keeps the cursor and Monaco's undo); elsewhere: a fresh text.
      if (uri.toString() === shownPath) model.pushEditOperations([], [{ range: model.getFullModelRange(), text: source }], () => null);
      else model.setValue(source);
    }
  }
  for (const model of monaco.editor.getModels()) {
    const m = /^file:\/\/\/callbacks\/([^/]+)\.ts$/.exec(model.uri.toString());
    if (m && !m[1].endsWith('.check') && !ids.has(m[1]) && model.uri.toString() !== shownPath) model.dispose();
  }
  let changed = false;
  const defaults = monaco.typescript.typescriptDefaults;
  for (const id of ids) {
    const content = generateCheckModule(project, componentTypes().catalog, id, dataTypes);
    const known = libs.get(id);
    if (known?.content === content) continue;
    known?.lib.dispose();
    libs.set(id, { content, lib: defaults.addExtraLib(content, checkPath(id)) });
    changed = true;
  }
  for (const [id, known] of libs) {
    if (ids.has(id)) continue;
    known.lib.dispose();
    libs.delete(id);
    changed = true;
  }
  return changed;
}

interface MessageChain {
  messageText: string;
  next?: MessageChain[];
}

function flatten(text: string | MessageChain, indent = 0): string {
  if (typeof text === 'string') return text;
  const own = `${'  '.repeat(indent)}${text.messageText}`;
  return [own, ...(text.next ?? []).map((n) => flatten(n, indent + 1))].join('\n');
}

const requests = new WeakMap<Model, number>();

/**
 * Asks the TypeScript worker for the errors of the callback's check module (a wrong return
 * type, an output key it is not wired to, no default export) and shows them on the user's
 * model, at its `export default` header. Errors inside the module itself are Monaco's own markers.
 */
export async function refreshWiringMarkers(monaco: Monaco, model: Model, callbackId: string, attempt = 0): Promise<void> {
  const ticket = attempt > 0 ? (requests.get(model) ?? 0) : (requests.get(model) ?? 0) + 1;
  requests.set(model, ticket);
  let diagnostics: MonacoNs.typescript.Diagnostic[];
  try {
    const getWorker = await monaco.typescript.getTypeScriptWorker();
    const worker = await getWorker(model.uri);
    diagnostics = await worker.getSemanticDiagnostics(checkPath(callbackId));
  } catch {
    // TypeScript support starts with the first TypeScript model, and its worker restarts when
    // options change: try again in a moment.
    if (attempt < 30 && requests.get(model) === ticket && !model.isDisposed()) {
      setTimeout(() => {
        if (requests.get(model) === ticket) void refreshWiringMarkers(monaco, model, callbackId, attempt + 1);
      }, 1000);
    }
    return;
  }
  if (model.isDisposed() || requests.get(model) !== ticket) return;
  const source = model.getValue();
  const seen = new Set<string>();
  const markers: MonacoNs.editor.IMarkerData[] = [];
  for (const d of diagnostics) {
    const mapped = mapCheckDiagnostic(source, flatten(d.messageText as string | MessageChain));
    if (seen.has(mapped.message)) continue;
    seen.add(mapped.message);
    const start = model.getPositionAt(mapped.start);
    const end = model.getPositionAt(mapped.start + Math.max(mapped.length, 1));
    markers.push({
      severity: monaco.MarkerSeverity.Error,
      message: mapped.message,
      source: 'wiring',
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    });
  }
  monaco.editor.setModelMarkers(model, WIRING_MARKER_OWNER, markers);
}

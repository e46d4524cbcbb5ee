import type { CallbackSpec } from '../../runtime/schema';
import { editor } from '../state/editorStore';
import { takenIds, uniqueId } from '../state/ids';

/** The module a new onError handler starts from: typed by the generated CallbackError and Outputs. */
export function errorHandlerTemplate(id: string): string {
  return [
    `export default function ${id.replace(/-/g, '_')}(error: CallbackError, _ctx: Ctx): Outputs {`,
    '  // Runs when a callback it handles fails, where that callback ran. What it returns sets that',
    "  // callback's outputs (nothing: they stay as they are) and the error counts as handled; throw",
    '  // to leave it reported. ctx.setProps(id, props) sets other components.',
    '  console.warn(`${error.callback} failed: ${error.message}`);',
    '}',
    '',
  ].join('\n');
}

/**
 * A new onError handler (DESIGN §4b): a callback without wiring, with its module from the
 * template, made the handler of `callbackId` (or of the project, for null). One undo step; the
 * new handler becomes the active callback, to write its code.
 */
export function createErrorHandler(callbackId: string | null): string {
  const s = editor();
  const id = uniqueId('handleError', takenIds(s.project));
  const handler: CallbackSpec = { id, inputs: [], state: [], outputs: [], placement: 'server' };
  const ok = s.commit(callbackId === null ? `New error handler ${id} for the project` : `New error handler ${id} for ${callbackId}`, (doc) => {
    const callbacks = doc.project.callbacks.map((cb) => (cb.id === callbackId ? { ...cb, onError: id } : cb));
    const project = { ...doc.project, callbacks: [...callbacks, handler] };
    if (callbackId === null) project.onError = id;
    return { ...doc, project, callbacks: { ...doc.callbacks, [id]: errorHandlerTemplate(id) } };
  });
  if (ok) {
    editor().setActiveCallback(id);
    editor().setBottomTab('callbacks');
  }
  return id;
}

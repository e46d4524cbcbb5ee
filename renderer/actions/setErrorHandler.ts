import { editor } from '../state/editorStore';
import { mapCallbackSpecs } from '../state/docOps';

/**
 * A callback's onError handler (DESIGN §4b): the id of the callback whose module handles its
 * errors, or undefined for the project's. One undo step. (The project's own handler is set in
 * the project settings dialog, with setProjectSettings.)
 */
export function setErrorHandler(callbackId: string, handler: string | undefined): boolean {
  const name = handler === undefined ? `${callbackId}: errors go to the project's handler` : `${callbackId}: errors handled by ${handler}`;
  return editor().commit(name, (doc) =>
    mapCallbackSpecs(doc, (cb) => {
      if (cb.id !== callbackId || cb.onError === handler) return cb;
      const { onError: _old, ...rest } = cb;
      return handler === undefined ? rest : { ...rest, onError: handler };
    }),
  );
}

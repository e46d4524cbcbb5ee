import { editor } from '../state/editorStore';

/** Replace the source of callbacks/<id>.ts. Typing bursts are one undo step. */
export function setCallbackSource(id: string, source: string): boolean {
  return editor().commit(
    `Edit ${id}.ts`,
    (doc) => (doc.callbacks[id] === source ? doc : { ...doc, callbacks: { ...doc.callbacks, [id]: source } }),
    { coalesce: `source:${id}` },
  );
}

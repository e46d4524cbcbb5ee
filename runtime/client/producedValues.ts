import type { PreviewMessage } from '../contracts/previewMessages';
import type { RuntimeState } from './store';

type Source = { getState(): RuntimeState; subscribe(listener: () => void): () => void };
type ValuesMessage = Omit<PreviewMessage<'dashwright:values'>, 'type'>;

/**
 * Inside the editor's preview: the component props the running app changed since its spec
 * loaded (callback outputs, the user's input), sent to the editor as they change, at most every
 * `intervalMs`, so the design canvas can show them. Only what changed since the last message
 * travels; `reset` starts over after a (re)load of the spec. Props are compared by identity: the
 * runtime replaces a component's props object only when one of its props changes.
 */
export function reportProducedValues(runtime: Source, post: (message: ValuesMessage) => void, intervalMs = 100): () => void {
  let spec: RuntimeState['spec'] = null;
  let last: RuntimeState['components'] = {};
  let pending: Record<string, Record<string, unknown>> = {};
  let reset = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = (): void => {
    timer = undefined;
    if (!reset && Object.keys(pending).length === 0) return;
    try {
      post({ reset, values: pending });
    } catch {
      // A value the browser cannot copy to the editor: the canvas just does not show it.
    }
    pending = {};
    reset = false;
  };
  const schedule = (): void => {
    timer ??= setTimeout(flush, intervalMs);
  };

  const onChange = (): void => {
    const s = runtime.getState();
    if (s.spec !== spec) {
      // A new spec: its components' props as loaded are the starting point, not produced values.
      spec = s.spec;
      last = s.components;
      pending = {};
      reset = true;
      schedule();
      return;
    }
    if (s.components === last) return;
    for (const [id, props] of Object.entries(s.components)) {
      const before = last[id];
      if (props === before) continue;
      for (const [prop, value] of Object.entries(props)) {
        if (before && before[prop] === value) continue;
        (pending[id] ??= {})[prop] = value;
      }
    }
    last = s.components;
    schedule();
  };

  const unsubscribe = runtime.subscribe(onChange);
  onChange();
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}

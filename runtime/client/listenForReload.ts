import type { AppRuntime } from './runtime';

/** The editor's preview asks for a reload with postMessage({ type: 'dashwright:reload' }). */
export function listenForReload(target: Window, runtime: AppRuntime): () => void {
  const onMessage = (event: MessageEvent): void => {
    const data: unknown = event.data;
    if (data && typeof data === 'object' && (data as { type?: unknown }).type === 'dashwright:reload') void runtime.reload();
  };
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}

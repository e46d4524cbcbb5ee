import { parsePreviewMessage } from '../contracts/previewMessages';
import type { AppRuntime } from './runtime';

/** The editor's preview asks for a reload with the 'dashwright:reload' message. */
export function listenForReload(target: Window, runtime: AppRuntime): () => void {
  const onMessage = (event: MessageEvent): void => {
    if (parsePreviewMessage('dashwright:reload', event.data)) void runtime.reload();
  };
  target.addEventListener('message', onMessage);
  return () => target.removeEventListener('message', onMessage);
}

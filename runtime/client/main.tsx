import { createRoot } from 'react-dom/client';
import 'virtual:dashwright/component-styles.css';
import './app.css';
import { previewMessage } from '../contracts/previewMessages';
import { DashwrightApp } from './App';
import { listenForReload } from './listenForReload';
import { createAppRuntime } from './runtime';
import { reportProducedValues } from './producedValues';

function start(): void {
  // Inside the editor's preview, report each cascade to the editor (its dev tools list them).
  const embedded = window.parent !== window;
  const runtime = createAppRuntime({
    baseUrl: '',
    fetch: (url, init) => window.fetch(url, init),
    onCascade: embedded ? (record) => window.parent.postMessage(previewMessage('dashwright:cascade', { record }), '*') : undefined,
  });
  let container = document.getElementById('root');
  if (!container) {
    container = document.createElement('div');
    container.id = 'root';
    document.body.appendChild(container);
  }
  createRoot(container).render(<DashwrightApp runtime={runtime} />);
  listenForReload(window, runtime);
  // The design canvas shows what the app produced.
  if (embedded) reportProducedValues(runtime, (values) => window.parent.postMessage(previewMessage('dashwright:values', values), '*'));
  void runtime.load();
}

start();

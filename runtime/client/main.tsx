import { createRoot } from 'react-dom/client';
import 'virtual:dashwright/component-styles.css';
import './app.css';
import { parsePreviewMessage, previewMessage } from '../contracts/previewMessages';
import { DashwrightApp } from './App';
import { listenForReload } from './listenForReload';
import { createAppRuntime } from './runtime';
import { reportProducedValues } from './producedValues';
import { createBrowserNavigation, fixBaseUrl } from './navigation';
import { browserAreas, createPersistence } from './persistence';
import { seedLocation } from './pages';

function start(): void {
  // Inside the editor's preview, report each cascade to the editor (its dev tools list them).
  const embedded = window.parent !== window;
  // Requests and page paths are relative to the app's base, wherever history.pushState goes.
  const root = fixBaseUrl(document);
  const navigation = createBrowserNavigation(window, root);
  const persistence = createPersistence(browserAreas(window));
  const runtime = createAppRuntime({
    baseUrl: root,
    fetch: (url, init) => window.fetch(url, init),
    onCascade: embedded ? (record) => window.parent.postMessage(previewMessage('dashwright:cascade', { record }), '*') : undefined,
    seedProps: (spec, components) => {
      persistence.seed(spec, components);
      seedLocation(navigation, spec, components);
    },
    onUserSet: (key, value) => persistence.record(key, value),
  });
  let container = document.getElementById('root');
  if (!container) {
    container = document.createElement('div');
    container.id = 'root';
    document.body.appendChild(container);
  }
  createRoot(container).render(<DashwrightApp runtime={runtime} navigation={navigation} />);
  listenForReload(window, runtime);
  if (embedded) {
    // The design canvas shows what the app produced; the preview follows the canvas's page.
    reportProducedValues(runtime, (values) => window.parent.postMessage(previewMessage('dashwright:values', values), '*'));
    window.addEventListener('message', (event) => {
      const message = parsePreviewMessage('dashwright:navigate', event.data);
      if (message) navigation.navigate(message.path, { replace: true });
    });
    // ...and the canvas follows a link, back or forward in the preview.
    navigation.subscribe(() => window.parent.postMessage(previewMessage('dashwright:page', { path: navigation.get().pathname }), '*'));
  }
  void runtime.load();
}

start();

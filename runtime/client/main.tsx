import { createRoot } from 'react-dom/client';
import '../components/components.css';
import './app.css';
import { DashwrightApp } from './App';
import { listenForReload } from './listenForReload';
import { createAppRuntime } from './runtime';

function start(): void {
  const runtime = createAppRuntime({ baseUrl: '', fetch: (url, init) => window.fetch(url, init) });
  let container = document.getElementById('root');
  if (!container) {
    container = document.createElement('div');
    container.id = 'root';
    document.body.appendChild(container);
  }
  createRoot(container).render(<DashwrightApp runtime={runtime} />);
  listenForReload(window, runtime);
  void runtime.load();
}

start();

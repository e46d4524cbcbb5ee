import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'react-grid-layout/css/styles.css';
import 'virtual:dashwright/component-styles.css';
import './styles/theme.css';
import './styles/chrome.css';
import './styles/canvas.css';
import './styles/inspector.css';
import './styles/panels.css';
import './styles/dialogs.css';
import { App } from './App';

const root = document.getElementById('dw-root');
if (!root) throw new Error('index.html has no #dw-root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

import { revealComponent } from '../canvas/reveal';
import { editor } from '../state/editorStore';
import { findCallback, findComponent } from '../state/selectors';

/** Show a callback's wiring and code: make it active and switch to the Callbacks tab. */
export function openCallbackCode(id: string): void {
  const s = editor();
  if (!findCallback(s.project, id)) return;
  s.setActiveCallback(id);
  s.setBottomTab('callbacks');
}

/** Select a component on the canvas (showing the canvas if only the preview is visible). */
export function selectOnCanvas(id: string): void {
  const s = editor();
  if (!findComponent(s.project, id)) return;
  s.select([id]);
  if (s.session.view === 'preview') s.setView('split');
  revealComponent(id);
}

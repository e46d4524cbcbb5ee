import { useEffect } from 'react';
import { useEditor } from '../state/store';

/** "● Sales — Dashwright" while there are unsaved changes. */
export function useDocumentTitle(): void {
  const name = useEditor((s) => s.project.name);
  const dirty = useEditor((s) => s.dirty);
  const screen = useEditor((s) => s.session.screen);
  useEffect(() => {
    document.title = screen === 'editor' ? `${dirty ? '● ' : ''}${name} — Dashwright` : 'Dashwright';
  }, [name, dirty, screen]);
}

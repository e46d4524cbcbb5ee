import { useEffect } from 'react';
import { Toaster } from 'sonner';
import { ComponentRegistryProvider } from '../runtime/components/frame';
import { useEditor } from './state/store';
import { getHost } from './host';
import { syncProjectComponentTypes } from './state/projectComponentTypes';
import { CommandPalette } from './commandPalette/CommandPalette';
import { DialogHost } from './dialogs/DialogHost';
import { EditorShell } from './editor/EditorShell';
import { useAutosave } from './file/useAutosave';
import { useDocumentTitle } from './file/useDocumentTitle';
import { useStartup } from './file/useStartup';
import { useShortcuts } from './editor/useShortcuts';
import { Welcome } from './welcome/Welcome';

/** The editor window: welcome screen or the editor, plus dialogs, the command palette and toasts. */
export function App() {
  const screen = useEditor((s) => s.session.screen);
  const theme = useEditor((s) => s.session.theme);
  const components = useEditor((s) => s.session.components);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => syncProjectComponentTypes(getHost()), []);
  useShortcuts();
  useStartup();
  useAutosave();
  useDocumentTitle();

  return (
    <ComponentRegistryProvider value={components}>
      {screen === 'editor' ? <EditorShell /> : <Welcome />}
      <DialogHost />
      <CommandPalette />
      <Toaster theme={theme} position="bottom-right" richColors closeButton toastOptions={{ className: 'dw-toast' }} />
    </ComponentRegistryProvider>
  );
}

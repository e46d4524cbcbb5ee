import { useEditor } from '../state/store';
import { ExportDialog } from './ExportDialog';
import { NewDialog } from './NewDialog';
import { OpenDialog } from './OpenDialog';
import { RecoveryDialog } from './RecoveryDialog';
import { SettingsDialog } from './SettingsDialog';

/** Shows the dialog the session asks for (one at a time). */
export function DialogHost() {
  const dialog = useEditor((s) => s.session.dialog);
  const close = useEditor((s) => s.closeDialog);
  if (!dialog) return null;
  switch (dialog.kind) {
    case 'open':
      return <OpenDialog onClose={close} />;
    case 'new':
      return <NewDialog onClose={close} />;
    case 'export':
      return <ExportDialog onClose={close} />;
    case 'settings':
      return <SettingsDialog onClose={close} />;
    case 'recovery':
      return <RecoveryDialog savedAt={dialog.savedAt} onClose={close} />;
  }
}

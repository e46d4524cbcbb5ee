import { discardAutosave, restoreAutosave } from '../actions/recovery';
import { Modal } from './Modal';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

/** Offered on open when the autosave is newer than the saved files (a crash, or a closed tab). */
export function RecoveryDialog({ savedAt, onClose }: { savedAt: string; onClose: () => void }) {
  return (
    <Modal
      title="Restore unsaved changes?"
      onClose={onClose}
      onSubmit={() => void restoreAutosave()}
      footer={
        <>
          <button type="button" className="btn btn-default" data-testid="dialog-discard" onClick={() => void discardAutosave()}>
            Discard them
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dialog-confirm">
            Restore
          </button>
        </>
      }
    >
      <p>
        This project has changes from <strong>{when(savedAt)}</strong> that were never saved. Restore them? They stay unsaved until you save.
      </p>
    </Modal>
  );
}

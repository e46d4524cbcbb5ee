import { ShieldAlert } from 'lucide-react';
import { useEditor } from '../state/editorStore';
import { answerTrust } from './trustActions';
import { isRestricted, useTrust } from './trustStore';
import './trust.css';

/**
 * Restricted mode, said calmly under the toolbar: the design works, the preview draws the app
 * without running its callbacks. Asks once per folder (Trust / Stay restricted); after "Stay
 * restricted" it stays as a one-line reminder with Trust.
 */
export function TrustBanner() {
  const dir = useEditor((s) => s.dir);
  const trust = useTrust((s) => s.trust);
  const restricted = useTrust((s) => isRestricted(s, dir));
  if (!restricted || dir === null) return null;
  const asking = trust === 'ask';
  return (
    <div className="trust-banner" role="region" aria-label="Restricted mode" data-testid="trust-banner">
      <ShieldAlert size={16} aria-hidden className="trust-icon" />
      <p className="trust-text">
        <strong>Restricted mode.</strong>{' '}
        {asking
          ? 'Callbacks are this project’s own code and run with your rights, as in Dash. Do you trust the authors of '
          : 'Callbacks of '}
        <code title={dir}>{dir}</code>
        {asking ? '? Until you do, you can design, but the preview does not run callbacks.' : ' do not run in the preview.'}
      </p>
      <div className="trust-actions">
        <button type="button" className="btn btn-primary" data-testid="trust-folder" onClick={() => void answerTrust(dir, true)}>
          Trust folder
        </button>
        {asking && (
          <button type="button" className="btn btn-default" data-testid="stay-restricted" onClick={() => void answerTrust(dir, false)}>
            Stay restricted
          </button>
        )}
      </div>
    </div>
  );
}

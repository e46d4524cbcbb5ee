import { ArrowUp, Folder, LayoutDashboard } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { HostResponse } from '../../runtime/contracts/hostChannels';
import { errorText, getHost } from '../host';

type Listing = HostResponse<'fs:listDir'>;

interface Props {
  /** Where to start: the field's folder if it exists, else the home folder. */
  start: string;
  onChoose(dir: string): void;
  onCancel(): void;
}

/**
 * Browser mode's folder picker: the host lists folders (there is no native dialog in a browser
 * tab). Click to open a folder, Up to its parent; Dashwright projects are marked.
 */
export function FolderBrowser({ start, onChoose, onCancel }: Props) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = (dir?: string): void => {
    getHost()
      .call('fs:listDir', dir ? { dir } : {})
      .then(
        (l) => {
          setListing(l);
          setError(null);
        },
        (err: unknown) => {
          // A typed path that does not exist (yet): start from the home folder instead.
          if (dir && !listing) open();
          else setError(errorText(err));
        },
      );
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps -- once, from where the field points
  useEffect(() => open(start.trim() || undefined), []);

  return (
    <div className="folder-browser" data-testid="folder-browser">
      <div className="folder-browser-bar">
        <button type="button" className="btn btn-ghost btn-icon" aria-label="Parent folder" title="Parent folder" disabled={!listing?.parent} onClick={() => listing?.parent && open(listing.parent)}>
          <ArrowUp size={14} aria-hidden />
        </button>
        <code className="folder-browser-path" data-testid="folder-browser-path">{listing?.dir ?? '…'}</code>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <ul className="folder-browser-list" aria-label="Folders">
        {listing?.entries.map((e) => (
          <li key={e.name}>
            <button type="button" className="folder-browser-item" data-testid={`folder-${e.name}`} onClick={() => open(`${listing.dir}/${e.name}`)}>
              {e.isProject ? <LayoutDashboard size={14} aria-hidden /> : <Folder size={14} aria-hidden />}
              <span>{e.name}</span>
              {e.isProject && <span className="badge">project</span>}
            </button>
          </li>
        ))}
        {listing && listing.entries.length === 0 && <li className="muted folder-browser-empty">No folders here</li>}
      </ul>
      <div className="folder-browser-actions">
        <button type="button" className="btn btn-default" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" data-testid="folder-browser-choose" disabled={!listing} onClick={() => listing && onChoose(listing.dir)}>
          Choose this folder
        </button>
      </div>
    </div>
  );
}

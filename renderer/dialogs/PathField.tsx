import { FolderSearch } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import type { HostRequest } from '../../runtime/contracts/hostChannels';
import { errorText, getHost } from '../host';
import { FolderBrowser } from './FolderBrowser';

/** The last part of a path ("/a/b/my-app" → "my-app"). */
const lastPart = (path: string): string => path.replace(/[\\/]+$/, '').split(/[\\/]/).pop() ?? '';
const parentOf = (path: string): string => path.replace(/[\\/]+$/, '').replace(/[\\/][^\\/]*$/, '');

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  purpose: HostRequest<'project:chooseDir'>['purpose'];
  placeholder?: string;
  help?: string;
}

/**
 * A folder path typed by hand, or picked with Browse…: the native picker in Electron, a folder
 * list from the host in browser mode. For a folder to create (new project, export) the picked
 * folder is where it goes, keeping the name typed.
 */
export function PathField({ label, value, onChange, purpose, placeholder, help }: Props) {
  const host = getHost();
  const [browsing, setBrowsing] = useState(false);
  const creates = purpose !== 'open';
  const chosen = (dir: string): void => {
    setBrowsing(false);
    onChange(creates ? `${dir.replace(/[\\/]+$/, '')}/${lastPart(value) || (purpose === 'export' ? 'app' : 'my-dashboard')}` : dir);
  };
  const browse = async () => {
    if (host.kind !== 'electron') return setBrowsing((b) => !b);
    try {
      const { dir } = await host.call('project:chooseDir', { purpose });
      if (dir) onChange(dir);
    } catch (err) {
      toast.error(errorText(err));
    }
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor="dw-dialog-path">
        {label}
      </label>
      <div className="input-row">
        <input
          id="dw-dialog-path"
          className="input mono"
          data-testid="dialog-path-input"
          spellCheck={false}
          autoComplete="off"
          placeholder={placeholder}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <button type="button" className="btn btn-default" data-testid="dialog-browse" aria-expanded={host.kind === 'electron' ? undefined : browsing} onClick={() => void browse()}>
          <FolderSearch size={14} aria-hidden /> Browse…
        </button>
      </div>
      {browsing && <FolderBrowser start={creates ? parentOf(value) : value} onChoose={chosen} onCancel={() => setBrowsing(false)} />}
      {help && <p className="field-help">{help}</p>}
    </div>
  );
}

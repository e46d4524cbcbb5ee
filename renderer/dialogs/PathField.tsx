import { FolderSearch } from 'lucide-react';
import { toast } from 'sonner';
import type { HostRequest } from '../../runtime/contracts/hostChannels';
import { errorText, getHost } from '../host';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  purpose: HostRequest<'project:chooseDir'>['purpose'];
  placeholder?: string;
  help?: string;
}

/** A folder path typed by hand; in Electron also a Browse… button with the native picker. */
export function PathField({ label, value, onChange, purpose, placeholder, help }: Props) {
  const host = getHost();
  const browse = async () => {
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
        {host.kind === 'electron' && (
          <button type="button" className="btn btn-default" onClick={() => void browse()}>
            <FolderSearch size={14} aria-hidden /> Browse…
          </button>
        )}
      </div>
      {help && <p className="field-help">{help}</p>}
    </div>
  );
}

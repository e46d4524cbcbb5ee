import { Columns2, Eye, LayoutGrid } from 'lucide-react';
import { formatShortcut } from '../actions/shortcuts';
import { useEditor } from '../state/store';
import type { ViewMode } from '../state/types';

const VIEWS: { mode: ViewMode; label: string; icon: typeof Eye; key: string }[] = [
  { mode: 'design', label: 'Design', icon: LayoutGrid, key: 'Mod+1' },
  { mode: 'split', label: 'Split', icon: Columns2, key: 'Mod+2' },
  { mode: 'preview', label: 'Preview', icon: Eye, key: 'Mod+3' },
];

/** Design / Split / Preview segmented control. */
export function ViewSwitch() {
  const view = useEditor((s) => s.session.view);
  const setView = useEditor((s) => s.setView);
  return (
    <div className="segmented" role="radiogroup" aria-label="View">
      {VIEWS.map(({ mode, label, icon: Icon, key }) => (
        <button
          key={mode}
          type="button"
          role="radio"
          aria-checked={view === mode}
          data-testid={`toolbar-view-${mode}`}
          className={view === mode ? 'is-active' : undefined}
          title={`${label} (${formatShortcut(key)})`}
          onClick={() => setView(mode)}
        >
          <Icon size={14} strokeWidth={1.75} aria-hidden />
          <span>{label}</span>
        </button>
      ))}
    </div>
  );
}

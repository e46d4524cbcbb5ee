import { Command as CommandIcon, FilePlus2, FolderOpen, Moon, PackageOpen, Redo2, Save, Settings2, ShieldCheck, Sun, Undo2 } from 'lucide-react';
import { exportAction } from '../actions/exportProject';
import { newProjectAction } from '../actions/newProject';
import { openAction } from '../actions/open';
import { redoAction } from '../actions/redo';
import { saveAction } from '../actions/save';
import { projectSettingsAction } from '../actions/setProjectSettings';
import { formatShortcut } from '../actions/shortcuts';
import { undoAction } from '../actions/undo';
import { validateAction } from '../actions/validate';
import { commandPaletteAction, toggleThemeAction } from '../actions/view';
import type { ActionDef } from '../actions/types';
import { selectCanRedo, selectCanUndo, selectRedoName, selectUndoName, useEditor } from '../state/store';
import { IconButton } from './IconButton';
import { Logo } from './Logo';
import { ProjectName } from './ProjectName';
import { ViewSwitch } from './ViewSwitch';

const tip = (label: string, action: ActionDef): string => (action.shortcuts?.[0] ? `${label} (${formatShortcut(action.shortcuts[0])})` : label);

/** Top bar: identity and project on the left, history and file commands on the right. */
export function Toolbar() {
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const undoName = useEditor(selectUndoName);
  const redoName = useEditor(selectRedoName);
  const theme = useEditor((s) => s.session.theme);
  const saving = useEditor((s) => s.session.busy.saving);
  const dirty = useEditor((s) => s.dirty);
  const problems = useEditor((s) => s.session.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;

  return (
    <header className="toolbar" role="toolbar" aria-label="Editor">
      <div className="toolbar-group">
        <Logo />
        <ProjectName />
        <ViewSwitch />
      </div>
      <div className="toolbar-group">
        <IconButton data-testid="toolbar-undo" icon={Undo2} title={tip(undoName ? `Undo ${undoName}` : 'Undo', undoAction)} disabled={!canUndo} onClick={() => undoAction.run()} />
        <IconButton data-testid="toolbar-redo" icon={Redo2} title={tip(redoName ? `Redo ${redoName}` : 'Redo', redoAction)} disabled={!canRedo} onClick={() => redoAction.run()} />
        <span className="toolbar-divider" />
        <IconButton data-testid="toolbar-command" icon={CommandIcon} label={formatShortcut('Mod+K')} title="Command palette" onClick={() => commandPaletteAction.run()} />
        <IconButton
          data-testid="toolbar-validate"
          icon={ShieldCheck}
          label={problems.length ? `Validate · ${problems.length}` : 'Validate'}
          className={errors ? 'has-errors' : undefined}
          title={tip('Validate the project', validateAction)}
          onClick={() => void validateAction.run()}
        />
        <span className="toolbar-divider" />
        <IconButton data-testid="toolbar-new" icon={FilePlus2} title={tip('New from template…', newProjectAction)} onClick={() => newProjectAction.run()} />
        <IconButton data-testid="toolbar-open" icon={FolderOpen} title={tip('Open…', openAction)} onClick={() => void openAction.run()} />
        <IconButton data-testid="toolbar-settings" icon={Settings2} title={tip('Project settings…', projectSettingsAction)} onClick={() => projectSettingsAction.run()} />
        <IconButton
          data-testid="toolbar-save"
          icon={Save}
          label="Save"
          title={tip(dirty ? 'Save (unsaved changes)' : 'Save', saveAction)}
          className={dirty ? 'is-dirty' : undefined}
          disabled={saving}
          onClick={() => void saveAction.run()}
        />
        <IconButton data-testid="toolbar-export" icon={PackageOpen} label="Export…" variant="primary" title={tip('Export a standalone app', exportAction)} onClick={() => exportAction.run()} />
        <IconButton
          data-testid="toolbar-theme"
          icon={theme === 'dark' ? Sun : Moon}
          title={theme === 'dark' ? 'Light theme' : 'Dark theme'}
          onClick={() => toggleThemeAction.run()}
        />
      </div>
    </header>
  );
}

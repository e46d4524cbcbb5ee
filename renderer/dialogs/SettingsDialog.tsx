import { useState, type ReactNode } from 'react';
import type { Project } from '../../runtime/schema';
import { setProjectSettings } from '../actions/setProjectSettings';
import { createErrorHandler } from '../actions/createErrorHandler';
import { NEW_HANDLER } from '../panels/callbacks/ErrorHandlerSelect';
import { useEditor } from '../state/store';
import { Modal } from './Modal';

type ThemeMode = NonNullable<NonNullable<Project['theme']>['mode']>;
type Compaction = NonNullable<NonNullable<Project['settings']>['compaction']>;

function Field({ label, help, children }: { label: string; help?: string; children: ReactNode }) {
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      {children}
      {help && <span className="field-help">{help}</span>}
    </label>
  );
}

/** Whole number in [min, max], or the reason it is not. */
function wholeIn(text: string, min: number, max: number): string | null {
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? null : `a whole number from ${min} to ${max}`;
}

/**
 * Project settings (DESIGN §2 `settings`, `theme`, `layout`): the page title and whether it shows,
 * light/dark, the grid, compaction, the scripts an includeScript may load and the error handler
 * (top-level onError, DESIGN §4b; "New handler…" makes one, as its own undo step). One undo step.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const project = useEditor((s) => s.project);
  const settings = project.settings ?? {};
  const [title, setTitle] = useState(settings.title ?? '');
  const [showTitle, setShowTitle] = useState(settings.showTitle !== false);
  const [mode, setMode] = useState<ThemeMode | ''>(project.theme?.mode ?? '');
  const [accent, setAccent] = useState(project.theme?.accent ?? '');
  const [cols, setCols] = useState(String(project.layout.cols));
  const [rowHeight, setRowHeight] = useState(String(project.layout.rowHeight));
  const [compaction, setCompaction] = useState<Compaction>(settings.compaction ?? 'vertical');
  const [scripts, setScripts] = useState((settings.allowScripts ?? []).join('\n'));
  const [onError, setOnError] = useState(project.onError ?? '');
  const colsError = wholeIn(cols, 1, 48);
  const rowError = wholeIn(rowHeight, 4, 400);
  const accentError = accent.trim() && !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(accent.trim()) ? 'a colour like #2563eb' : null;
  const invalid = Boolean(colsError || rowError || accentError);

  const apply = (): void => {
    if (invalid) return;
    const allowScripts = scripts.split('\n').map((s) => s.trim()).filter(Boolean);
    setProjectSettings({
      settings: {
        ...settings,
        title: title.trim() || undefined,
        showTitle: showTitle ? undefined : false,
        compaction: compaction === 'vertical' ? undefined : compaction,
        allowScripts: allowScripts.length > 0 ? allowScripts : undefined,
      },
      theme: { ...project.theme, mode: mode === '' ? undefined : mode, accent: accent.trim() || undefined },
      layout: { cols: Number(cols), rowHeight: Number(rowHeight) },
      onError: onError === '' || onError === NEW_HANDLER ? undefined : onError,
    });
    if (onError === NEW_HANDLER) createErrorHandler(null);
    onClose();
  };

  return (
    <Modal
      title="Project settings"
      onClose={onClose}
      onSubmit={apply}
      footer={
        <>
          <button type="button" className="btn btn-default" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="dialog-confirm" disabled={invalid}>
            Apply
          </button>
        </>
      }
    >
      <Field label="Page title" help={`Shown above the grid; the project's name (${project.name}) when empty.`}>
        <input className="input" data-testid="settings-title" value={title} placeholder={project.name} onChange={(e) => setTitle(e.target.value)} />
      </Field>
      <label className="field field-boolean">
        <span className="field-label">Show the title</span>
        <input type="checkbox" data-testid="settings-show-title" checked={showTitle} onChange={(e) => setShowTitle(e.target.checked)} />
      </label>
      <Field label="Theme" help="Auto follows the viewer's system setting. Not set: light, and the editor's own theme on the canvas and in the preview.">
        <select className="input" data-testid="settings-theme" value={mode} onChange={(e) => setMode(e.target.value as ThemeMode | '')}>
          <option value="">Not set</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
          <option value="auto">Auto</option>
        </select>
      </Field>
      <Field label="Accent colour" help={accentError ?? 'Buttons, sliders and highlights; empty = the default blue.'}>
        <input className={`input mono${accentError ? ' is-invalid' : ''}`} data-testid="settings-accent" value={accent} placeholder="#2563eb" onChange={(e) => setAccent(e.target.value)} />
      </Field>
      <div className="input-row">
        <Field label="Grid columns" help={colsError ?? undefined}>
          <input className={`input${colsError ? ' is-invalid' : ''}`} data-testid="settings-cols" inputMode="numeric" value={cols} onChange={(e) => setCols(e.target.value)} />
        </Field>
        <Field label="Row height (px)" help={rowError ?? undefined}>
          <input className={`input${rowError ? ' is-invalid' : ''}`} data-testid="settings-row-height" inputMode="numeric" value={rowHeight} onChange={(e) => setRowHeight(e.target.value)} />
        </Field>
      </div>
      <Field label="Layout" help="Vertical: items float up to fill gaps. None: items stay where you put them.">
        <select className="input" data-testid="settings-compaction" value={compaction} onChange={(e) => setCompaction(e.target.value as Compaction)}>
          <option value="vertical">Compact vertically</option>
          <option value="none">No compaction</option>
        </select>
      </Field>
      <Field label="Scripts an includeScript may load" help="One per line: a file of data/, an exact URL, or a URL prefix ending in /. The exported page admits exactly these.">
        <textarea className="input textarea mono" data-testid="settings-scripts" rows={3} value={scripts} spellCheck={false} onChange={(e) => setScripts(e.target.value)} />
      </Field>
      <Field label="Error handler" help="A callback whose module gets (error, ctx) when a callback without its own handler fails (Dash's on_error): what it returns sets the failed callback's outputs, and the error counts as handled.">
        <select className="input" data-testid="settings-on-error" value={onError} onChange={(e) => setOnError(e.target.value)}>
          <option value="">None</option>
          {project.callbacks.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id}
            </option>
          ))}
          <option value={NEW_HANDLER}>New handler… (made when you apply)</option>
        </select>
      </Field>
    </Modal>
  );
}

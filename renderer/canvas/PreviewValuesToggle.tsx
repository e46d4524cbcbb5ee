import { Radio } from 'lucide-react';
import { usePreviewValues } from '../preview/previewValues';

/** Over the canvas: draw the values the preview's app produced on the canvas, or the project's own. */
export function PreviewValuesToggle() {
  const shown = usePreviewValues((s) => s.shown);
  const count = usePreviewValues((s) => Object.keys(s.values).length);
  return (
    <button
      type="button"
      className={`preview-values-toggle${shown ? ' is-active' : ''}`}
      aria-pressed={shown}
      data-testid="toggle-preview-values"
      title={
        shown
          ? 'The canvas shows what the running preview produced (marked "preview"; never saved). Click to show the project\'s own values.'
          : 'The canvas shows the project\'s own values. Click to show what the running preview produced.'
      }
      onClick={() => usePreviewValues.getState().setShown(!shown)}
    >
      <Radio size={14} strokeWidth={1.75} aria-hidden />
      <span>Preview values{shown && count > 0 ? ` · ${count}` : ''}</span>
    </button>
  );
}

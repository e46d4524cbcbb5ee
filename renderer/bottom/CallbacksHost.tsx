import { Code2 } from 'lucide-react';
import type { ComponentType } from 'react';
import { useCascades } from '../devtools/cascadeStore';

/**
 * The callbacks panel is built separately (renderer/panels/callbacks/index.ts, Monaco inside).
 * Vite resolves this glob at build time: before that module exists it matches nothing and a
 * placeholder shows; once it exists it is rendered, with no change here.
 */
type PanelProps = { durations?: Readonly<Record<string, number>> };
type PanelModule = { CallbacksPanel?: ComponentType<PanelProps>; default?: ComponentType<PanelProps> };
const found = import.meta.glob<PanelModule>('../panels/callbacks/index.ts', { eager: true });
const mod = Object.values(found)[0];
const Panel = mod?.CallbacksPanel ?? mod?.default;

export function CallbacksHost() {
  // Last run time of each callback, as the preview reported it (Dev tools).
  const durations = useCascades((s) => s.durations);
  if (Panel) return <Panel durations={durations} />;
  return (
    <div className="placeholder" data-testid="callbacks-placeholder">
      <Code2 size={20} strokeWidth={1.5} aria-hidden />
      <p>The callbacks editor is not part of this build yet.</p>
    </div>
  );
}

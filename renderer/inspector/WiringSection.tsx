import { ArrowLeftFromLine, ArrowRightToLine } from 'lucide-react';
import { useMemo } from 'react';
import { editor } from '../state/editorStore';
import { useEditor, wiringOf } from '../state/store';

function open(callback: string): void {
  editor().setActiveCallback(callback);
  editor().setBottomTab('callbacks');
}

/** Which callbacks read this component and which write it. */
export function WiringSection({ id }: { id: string }) {
  const callbacks = useEditor((s) => s.project.callbacks);
  const { reads, writes } = useMemo(() => wiringOf(callbacks, id), [callbacks, id]);
  return (
    <section className="wiring">
      <h3 className="section-title">Wiring</h3>
      {reads.length === 0 && writes.length === 0 && <p className="empty-note">No callback uses this component.</p>}
      <ul>
        {writes.map((w) => (
          <li key={`w-${w.callback}-${w.prop}`}>
            <ArrowRightToLine size={13} aria-hidden />
            <span className="mono">{w.prop}</span> ← output of
            <button type="button" className="link" onClick={() => open(w.callback)}>
              {w.callback}
            </button>
          </li>
        ))}
        {reads.map((r) => (
          <li key={`r-${r.callback}-${r.prop}`}>
            <ArrowLeftFromLine size={13} aria-hidden />
            <span className="mono">{r.prop}</span> → input of
            <button type="button" className="link" onClick={() => open(r.callback)}>
              {r.callback}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

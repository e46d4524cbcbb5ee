import { Monitor, Smartphone, Tablet } from 'lucide-react';
import type { Breakpoint } from '../../runtime/schema';
import { breakpointWidths } from '../../runtime/schema/breakpoints';
import { setBreakpoint, useBreakpoint } from '../state/breakpoint';
import { useEditor } from '../state/store';

/** The widths the switch offers: the project's breakpoints, shown at a typical device width. */
export const WIDTHS: readonly { bp: Breakpoint; label: string; icon: typeof Monitor }[] = [
  { bp: 'lg', label: 'Desktop', icon: Monitor },
  { bp: 'sm', label: 'Tablet', icon: Tablet },
  { bp: 'xs', label: 'Phone', icon: Smartphone },
];

/** Canvas width of a breakpoint (null: all the room there is). */
export function canvasWidthOf(bp: Breakpoint, widths: Record<Breakpoint, number>): number | null {
  if (bp === 'lg') return null;
  if (bp === 'xs') return Math.max(320, Math.min(390, widths.sm - 1));
  return Math.max(widths[bp], Math.min(820, widths.md - 1));
}

/** Desktop / tablet / phone: the canvas (and what commands write) follow the chosen breakpoint. */
export function WidthSwitch() {
  const bp = useBreakpoint((s) => s.breakpoint);
  const layout = useEditor((s) => s.project.layout);
  const widths = breakpointWidths(layout);
  return (
    <div className="width-switch" role="radiogroup" aria-label="Width">
      {WIDTHS.map(({ bp: b, label, icon: Icon }) => {
        const px = canvasWidthOf(b, widths);
        return (
          <button
            key={b}
            type="button"
            role="radio"
            aria-checked={bp === b}
            className={`width-switch-button${bp === b ? ' is-active' : ''}`}
            data-testid={`width-${b}`}
            title={`${label} (${b}: from ${widths[b]} px${px ? `, shown at ${px} px` : ''})`}
            onClick={() => setBreakpoint(b)}
          >
            <Icon size={14} strokeWidth={1.75} aria-hidden />
            <span>{label}</span>
          </button>
        );
      })}
    </div>
  );
}

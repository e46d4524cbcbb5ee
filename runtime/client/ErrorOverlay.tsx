import { useState, type CSSProperties, type ReactElement } from 'react';
import { previewMessage } from '../contracts/previewMessages';
import { useRuntimeSelector } from './hooks';
import type { AppRuntime } from './runtime';
import type { RuntimeError } from './store';
import { ErrorToasts } from './Toasts';

/**
 * Inside the editor's preview (the page is framed), callback errors show as an overlay card at
 * the bottom of the page: which callback, the message, the `.ts` line it was thrown from (server
 * stacks are source-mapped to callbacks/<id>.ts), a button that opens the callback's code in
 * the editor, and dismiss. Exported apps (not framed) keep the small toasts. Both read the
 * runtime's `errors`; the rest of the app keeps working either way.
 */

export function isEmbedded(win: Window = window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

export interface SourceLocation {
  file: string;
  line: number;
  column?: number;
}

/** The `.ts` file, line and column in a stack line such as "at draw (callbacks/draw.ts:4:11)". */
export function sourceLocation(location: string | undefined): SourceLocation | null {
  const m = location ? /([^\s()@]+\.(?:ts|tsx|mts|cts)):(\d+)(?::(\d+))?/.exec(location) : null;
  if (!m) return null;
  const file = m[1]!.replace(/^(?:file|https?):\/\/[^/]*/, '').replace(/^.*?(?=callbacks\/)/, '');
  return m[3] ? { file, line: Number(m[2]), column: Number(m[3]) } : { file, line: Number(m[2]) };
}

const s = {
  wrap: { position: 'fixed', left: 16, right: 16, bottom: 16, zIndex: 2000, display: 'flex', justifyContent: 'center', pointerEvents: 'none' },
  card: {
    pointerEvents: 'auto',
    width: 'min(760px, 100%)',
    boxSizing: 'border-box',
    background: 'var(--dw-surface, #fff)',
    color: 'var(--dw-text, #1d2433)',
    border: '1px solid var(--dw-border, #e4e7ec)',
    borderTop: '3px solid var(--dw-danger, #d92d20)',
    borderRadius: 10,
    boxShadow: '0 16px 40px rgba(16, 24, 40, 0.18), 0 3px 8px rgba(16, 24, 40, 0.08)',
    fontFamily: 'var(--dw-font, system-ui, sans-serif)',
    fontSize: 13,
    lineHeight: 1.45,
    padding: '12px 14px 12px 16px',
  },
  head: { display: 'flex', alignItems: 'center', gap: 10 },
  badge: { flex: 'none', display: 'inline-grid', placeItems: 'center', width: 18, height: 18, borderRadius: 9, background: 'var(--dw-danger, #d92d20)', color: '#fff', fontSize: 12, fontWeight: 700 },
  title: { flex: 1, minWidth: 0, fontWeight: 600 },
  code: { fontFamily: 'var(--dw-mono, monospace)', fontSize: 12.5, fontWeight: 600 },
  nav: { display: 'inline-flex', alignItems: 'center', gap: 2, color: 'var(--dw-muted, #667085)', fontSize: 12 },
  iconBtn: { border: 'none', background: 'none', padding: '0 6px', color: 'var(--dw-muted, #667085)', fontSize: 18, lineHeight: 1, cursor: 'pointer' },
  message: {
    margin: '10px 0 0',
    padding: '8px 10px',
    maxHeight: '30vh',
    overflow: 'auto',
    borderRadius: 6,
    background: 'color-mix(in srgb, var(--dw-danger, #d92d20) 6%, var(--dw-surface, #fff))',
    color: 'var(--dw-text, #1d2433)',
    fontFamily: 'var(--dw-mono, monospace)',
    fontSize: 12.5,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  foot: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: '4px 12px', marginTop: 8, color: 'var(--dw-muted, #667085)', fontSize: 12 },
  where: { fontFamily: 'var(--dw-mono, monospace)', fontSize: 12, color: 'var(--dw-text, #1d2433)' },
  link: { border: 'none', background: 'none', padding: 0, color: 'var(--dw-accent, #2563eb)', font: 'inherit', fontWeight: 500, cursor: 'pointer' },
} satisfies Record<string, CSSProperties>;

function title(error: RuntimeError): string {
  if (error.source === 'network') return 'Request failed';
  return error.source === 'client' ? 'Client callback error in' : 'Callback error in';
}

const openable = (error: RuntimeError): boolean => error.source !== 'network' && /^[A-Za-z][\w-]*$/.test(error.callback);

export function ErrorOverlay({ runtime }: { runtime: AppRuntime }): ReactElement | null {
  const errors = useRuntimeSelector(runtime, (st) => st.errors);
  const [shown, setShown] = useState<number | null>(null);
  if (errors.length === 0) return null;
  // The error picked with ‹ ›, else the newest.
  let index = errors.findIndex((e) => e.id === shown);
  if (index < 0) index = errors.length - 1;
  const error = errors[index]!;
  const where = sourceLocation(error.location);
  const go = (i: number) => setShown(errors[i]!.id);
  return (
    <div style={s.wrap} data-testid="error-overlay">
      <section style={s.card} role="alert" aria-label={`${title(error)} ${error.callback}`} data-callback={error.callback}>
        <div style={s.head}>
          <span style={s.badge} aria-hidden>
            !
          </span>
          <span style={s.title}>
            {title(error)} <code style={s.code}>{error.callback}</code>
          </span>
          {errors.length > 1 ? (
            <span style={s.nav}>
              <button type="button" style={s.iconBtn} aria-label="Previous error" disabled={index === 0} onClick={() => go(index - 1)}>
                ‹
              </button>
              {index + 1} of {errors.length}
              <button type="button" style={s.iconBtn} aria-label="Next error" disabled={index === errors.length - 1} onClick={() => go(index + 1)}>
                ›
              </button>
            </span>
          ) : null}
          <button type="button" style={s.iconBtn} aria-label="Dismiss" title="Dismiss" data-testid="error-overlay-dismiss" onClick={() => runtime.dismissError(error.id)}>
            ×
          </button>
        </div>
        <pre style={s.message} data-testid="error-overlay-message">
          {error.message}
        </pre>
        <div style={s.foot}>
          {where ? (
            <span data-testid="error-overlay-location" title={error.location}>
              Thrown at{' '}
              <span style={s.where}>
                {where.file}:{where.line}
                {where.column !== undefined ? `:${where.column}` : ''}
              </span>
            </span>
          ) : error.location ? (
            <span style={s.where} data-testid="error-overlay-location">
              {error.location}
            </span>
          ) : null}
          {openable(error) ? (
            <button
              type="button"
              style={{ ...s.link, marginLeft: 'auto' }}
              data-testid="error-overlay-open"
              onClick={() => window.parent.postMessage(previewMessage('dashwright:open-callback', { callback: error.callback }), '*')}
            >
              Open {error.callback} in the editor →
            </button>
          ) : null}
        </div>
      </section>
    </div>
  );
}

/** Errors as the page shows them: the overlay in the editor's preview, toasts in exported apps. */
export function ErrorReport({ runtime, embedded = isEmbedded() }: { runtime: AppRuntime; embedded?: boolean }): ReactElement | null {
  return embedded ? <ErrorOverlay runtime={runtime} /> : <ErrorToasts runtime={runtime} />;
}

import { useRef, type KeyboardEvent, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { useContainerHost } from '../slots';
import { openTab, type TabsProps } from './props';

const KEY_STEP: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1 };

/**
 * A row of `button[role=tab]` (aria-selected on the open one) over one panel, which holds the
 * open tab's children only, laid out in the tab's own grid (DESIGN §3). A click or the arrow
 * keys open a tab and set `value`; on the canvas a click opens it for editing.
 */
export function TabsView({ id, props, setProp, mode }: ViewProps<TabsProps>): ReactElement {
  const host = useContainerHost();
  const open = openTab(props);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const choose = (name: string): void => {
    if (mode === 'design') host.openTab?.(id, name);
    else setProp('value', name);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const step = KEY_STEP[e.key];
    if (!step || props.tabs.length === 0) return;
    e.preventDefault();
    const at = Math.max(0, props.tabs.findIndex((t) => t.name === open));
    const next = (at + step + props.tabs.length) % props.tabs.length;
    choose(props.tabs[next].name);
    buttons.current[next]?.focus();
  };
  return (
    <div className="dw-tabs">
      <div className="dw-tabs-list" role="tablist" onKeyDown={onKeyDown}>
        {props.tabs.map((t, i) => (
          <button
            key={t.name}
            ref={(el) => {
              buttons.current[i] = el;
            }}
            type="button"
            role="tab"
            className="dw-tab"
            data-tab={t.name}
            id={`${id}--tab-${t.name}`}
            aria-selected={t.name === open}
            aria-controls={`${id}--panel`}
            tabIndex={t.name === open ? 0 : -1}
            onClick={() => choose(t.name)}
          >
            {t.label || t.name}
          </button>
        ))}
      </div>
      <div className="dw-tabs-panel dw-slot" role="tabpanel" id={`${id}--panel`} aria-labelledby={open ? `${id}--tab-${open}` : undefined} data-slot={open}>
        {open !== undefined ? host.renderSlot(id, open) : null}
      </div>
    </div>
  );
}

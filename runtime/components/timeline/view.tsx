import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import { formatEventDate, isoDate, sortedEvents } from './dates';
import type { TimelineProps } from './props';

const KEY_STEP: Readonly<Record<string, number>> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -1, ArrowDown: 1 };

/** Scrolls `scroller` sideways just enough that `item` is in view (never the page itself). */
function keepInView(scroller: HTMLElement, item: HTMLElement): void {
  const left = item.offsetLeft;
  const right = left + item.offsetWidth;
  if (left < scroller.scrollLeft) scroller.scrollLeft = Math.max(0, left - 16);
  else if (right > scroller.scrollLeft + scroller.clientWidth) scroller.scrollLeft = right - scroller.clientWidth + 16;
}

/**
 * Dated events on a horizontal axis, in date order: one button per event (its label), with the
 * date beside it. A click, or the arrow keys (Home/End too), set `selected`; the selected event
 * stays in view when there are more than fit, also when a callback selects it.
 */
export function TimelineView({ id, props, setProp, mode }: ViewProps<TimelineProps>): ReactElement {
  const events = useMemo(() => sortedEvents(props.events), [props.events]);
  const selectedIndex = events.findIndex((e) => e.id === props.selected);
  const scroller = useRef<HTMLDivElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    const item = buttons.current[selectedIndex]?.parentElement;
    if (scroller.current && item) keepInView(scroller.current, item);
  }, [selectedIndex, events]);

  function select(index: number): void {
    const event = events[index];
    if (!event || mode === 'design') return;
    if (event.id !== props.selected) setProp('selected', event.id);
  }

  function onKeyDown(e: KeyboardEvent<HTMLOListElement>): void {
    if (events.length === 0) return;
    const from = Math.max(0, buttons.current.findIndex((b) => b === document.activeElement));
    const step = KEY_STEP[e.key];
    const to = step !== undefined ? Math.min(events.length - 1, Math.max(0, from + step)) : e.key === 'Home' ? 0 : e.key === 'End' ? events.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    buttons.current[to]?.focus();
    select(to);
  }

  if (events.length === 0) {
    return <div className="dw-timeline dw-timeline-empty">No events yet: set events to [{'{'} id, date, label {'}'}]</div>;
  }
  const focusable = selectedIndex >= 0 ? selectedIndex : 0;
  return (
    <div className="dw-timeline">
      <div className="dw-timeline-scroller" ref={scroller}>
        <ol className="dw-timeline-list" onKeyDown={onKeyDown}>
          {events.map((event, i) => {
            const selected = i === selectedIndex;
            const dateId = `${id}-date-${i}`;
            return (
              <li key={`${event.id}-${i}`} className="dw-timeline-item" data-selected={selected ? 'true' : undefined} onClick={() => select(i)}>
                <time className="dw-timeline-date" id={dateId} dateTime={isoDate(event.date)}>
                  {formatEventDate(event.date)}
                </time>
                <span className="dw-timeline-axis" aria-hidden="true">
                  <span className="dw-timeline-dot" />
                </span>
                <button
                  ref={(el) => {
                    buttons.current[i] = el;
                  }}
                  type="button"
                  className="dw-timeline-event"
                  aria-pressed={selected}
                  aria-describedby={dateId}
                  tabIndex={i === focusable ? 0 : -1}
                >
                  {event.label}
                </button>
              </li>
            );
          })}
        </ol>
      </div>
    </div>
  );
}

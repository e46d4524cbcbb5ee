import type { TimelineEvent } from './props';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds of an event's date; a date-only string is midnight UTC, so it shows as the same day everywhere. */
export function eventTime(date: string): number {
  const text = date.trim();
  return Date.parse(DAY.test(text) ? `${text}T00:00:00Z` : text);
}

/** Sorted by date (stable; unreadable dates last, in their given order). */
export function sortedEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, index) => ({ event, index, time: eventTime(event.date) }))
    .sort((a, b) => {
      const an = Number.isNaN(a.time);
      const bn = Number.isNaN(b.time);
      if (an || bn) return an === bn ? a.index - b.index : an ? 1 : -1;
      return a.time - b.time || a.index - b.index;
    })
    .map((e) => e.event);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const timeFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** The date as the timeline shows it ("Mar 1, 2024"); what was given when it is not a date. */
export function formatEventDate(date: string): string {
  const time = eventTime(date);
  if (Number.isNaN(time)) return date;
  return DAY.test(date.trim()) ? dayFormat.format(time) : timeFormat.format(time);
}

/** A machine-readable datetime attribute for <time>. */
export function isoDate(date: string): string | undefined {
  const time = eventTime(date);
  if (Number.isNaN(time)) return undefined;
  return DAY.test(date.trim()) ? date.trim() : new Date(time).toISOString();
}

import { z } from 'zod';
import { tsNamed } from '../tsType';

export const timelineEvent = tsNamed(
  z.object({
    id: z.string().min(1),
    /** "YYYY-MM-DD", or any date Date.parse reads ("2024-03-01T09:30"). */
    date: z.string(),
    label: z.string(),
  }),
  'TimelineEvent',
);
export type TimelineEvent = z.output<typeof timelineEvent>;

export const timelineProps = z.object({
  /** Shown sorted by date, whatever their order here. */
  events: z.array(timelineEvent).default([]),
  /** The selected event's id (an input): a click or the arrow keys set it. */
  selected: z.string().nullable().default(null),
});
export type TimelineProps = z.output<typeof timelineProps>;

import { z } from 'zod';

const pair = z.tuple([z.number(), z.number()]);

export const rangeSliderProps = z.object({
  label: z.string().default(''),
  min: z.number().default(0),
  max: z.number().default(10),
  step: z.number().positive().default(1),
  /** [low, high]; the low thumb never passes the high one. */
  value: pair.default([2, 8]),
  /** Dash's updatemode: "drag" sets `value` while a thumb moves, "mouseup" only when it is let go. */
  updatemode: z.enum(['drag', 'mouseup']).default('drag'),
  /** Where the thumbs are while one is dragged (Dash's drag_value), whatever the update mode. */
  dragValue: pair.nullable().default(null),
  disabled: z.boolean().default(false),
});
export type RangeSliderProps = z.output<typeof rangeSliderProps>;

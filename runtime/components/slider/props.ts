import { z } from 'zod';

export const sliderProps = z.object({
  label: z.string().default(''),
  min: z.number().default(0),
  max: z.number().default(10),
  step: z.number().positive().default(1),
  value: z.number().default(5),
  /** Dash's updatemode: "drag" sets `value` while the thumb moves, "mouseup" only when it is let go. */
  updatemode: z.enum(['drag', 'mouseup']).default('drag'),
  /** Where the thumb is while it is dragged (Dash's drag_value), whatever the update mode. */
  dragValue: z.number().nullable().default(null),
});
export type SliderProps = z.output<typeof sliderProps>;

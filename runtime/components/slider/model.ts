import { z } from 'zod';
import { defineComponent } from '../model';

export const sliderModel = defineComponent({
  type: 'slider',
  label: 'Slider',
  icon: 'SlidersHorizontal',
  defaultSize: { w: 4, h: 2 },
  props: z.object({
    label: z.string().default(''),
    min: z.number().default(0),
    max: z.number().default(10),
    step: z.number().positive().default(1),
    value: z.number().default(5),
    /** Dash's updatemode: "drag" sets `value` while the thumb moves, "mouseup" only when it is let go. */
    updatemode: z.enum(['drag', 'mouseup']).default('drag'),
    /** Where the thumb is while it is dragged (Dash's drag_value), whatever the update mode. */
    dragValue: z.number().nullable().default(null),
  }),
  inputProps: ['value', 'dragValue'],
  tsTypes: { label: 'string', min: 'number', max: 'number', step: 'number', value: 'number', updatemode: '"drag" | "mouseup"', dragValue: 'number | null' },
  inspector: {
    updatemode: { label: 'Update value', help: '"mouseup": callbacks on value run once, when the thumb is let go; dragValue follows the thumb meanwhile' },
    dragValue: { hidden: true },
  },
});

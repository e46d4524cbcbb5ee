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
  }),
  inputProps: ['value'],
  tsTypes: { label: 'string', min: 'number', max: 'number', step: 'number', value: 'number' },
});

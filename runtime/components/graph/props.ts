import { z } from 'zod';
import { tsNamed } from '../tsType';

export const figureSchema = tsNamed(
  z.object({
    data: z.array(z.record(z.string(), z.unknown())).default([]),
    layout: z.record(z.string(), z.unknown()).optional(),
    config: z.record(z.string(), z.unknown()).optional(),
  }),
  'Figure',
);

const plotEvent = tsNamed(z.object({ points: z.array(z.record(z.string(), z.unknown())) }), 'PlotEvent');

export const graphProps = z.object({
  figure: figureSchema.default({ data: [], layout: {} }),
  clickData: plotEvent.nullable().default(null),
  selectedData: plotEvent.nullable().default(null),
});
export type GraphProps = z.output<typeof graphProps>;

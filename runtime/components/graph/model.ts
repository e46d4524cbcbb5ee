import { z } from 'zod';
import { defineComponent } from '../model';

export const figureSchema = z.object({
  data: z.array(z.record(z.string(), z.unknown())).default([]),
  layout: z.record(z.string(), z.unknown()).optional(),
  config: z.record(z.string(), z.unknown()).optional(),
});

const eventData = z.object({ points: z.array(z.record(z.string(), z.unknown())) }).nullable();

export const graphModel = defineComponent({
  type: 'graph',
  label: 'Graph',
  icon: 'ChartScatter',
  defaultSize: { w: 6, h: 7 },
  props: z.object({
    figure: figureSchema.default({ data: [], layout: {} }),
    clickData: eventData.default(null),
    selectedData: eventData.default(null),
  }),
  inputProps: ['clickData', 'selectedData'],
  tsTypes: {
    figure: 'Figure',
    clickData: 'PlotEvent | null',
    selectedData: 'PlotEvent | null',
  },
  inspector: {
    figure: { editor: 'json', help: 'Plotly figure: {"data": [...], "layout": {...}}' },
    clickData: { hidden: true },
    selectedData: { hidden: true },
  },
});

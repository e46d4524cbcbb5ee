import { defineComponent } from '../define';
import { graphProps } from './props';
import { GraphView } from './view';

export default defineComponent({
  type: 'graph',
  label: 'Graph',
  icon: 'ChartScatter',
  group: 'Data',
  description: 'A Plotly chart; clicks and selections are inputs (Dash dcc.Graph)',
  size: { w: 6, h: 7 },
  props: graphProps,
  inputs: ['clickData', 'selectedData'],
  inspector: {
    figure: { editor: 'json', help: 'Plotly figure: {"data": [...], "layout": {...}}' },
    clickData: { hidden: true },
    selectedData: { hidden: true },
  },
  View: GraphView,
});

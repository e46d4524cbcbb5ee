import { defineComponent } from '../define';
import { dateRangeProps } from './props';
import { DateRangeView } from './view';

export default defineComponent({
  type: 'dateRange',
  label: 'Date range',
  icon: 'CalendarRange',
  group: 'Inputs',
  description: 'Pick a first and a last day (Dash dcc.DatePickerRange)',
  size: { w: 5, h: 2 },
  props: dateRangeProps,
  inputs: ['startDate', 'endDate'],
  inspector: {
    startDate: { help: '"YYYY-MM-DD", or empty for none' },
    endDate: { help: '"YYYY-MM-DD", not before the start' },
    minDate: { label: 'First day', help: '"YYYY-MM-DD"' },
    maxDate: { label: 'Last day', help: '"YYYY-MM-DD"' },
  },
  View: DateRangeView,
});

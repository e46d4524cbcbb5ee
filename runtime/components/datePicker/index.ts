import { defineComponent } from '../define';
import { datePickerProps } from './props';
import { DatePickerView } from './view';

export default defineComponent({
  type: 'datePicker',
  label: 'Date',
  icon: 'Calendar',
  group: 'Inputs',
  description: 'Pick one day (Dash dcc.DatePickerSingle)',
  size: { w: 3, h: 2 },
  props: datePickerProps,
  inputs: ['date'],
  inspector: {
    date: { help: '"YYYY-MM-DD", or empty for none' },
    minDate: { label: 'First day', help: '"YYYY-MM-DD"' },
    maxDate: { label: 'Last day', help: '"YYYY-MM-DD"' },
  },
  View: DatePickerView,
});

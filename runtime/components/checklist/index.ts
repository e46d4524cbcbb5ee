import { defineComponent } from '../define';
import { checklistProps } from './props';
import { ChecklistView } from './view';

export default defineComponent({
  type: 'checklist',
  label: 'Checklist',
  icon: 'ListChecks',
  group: 'Inputs',
  description: 'Tick any number of options (Dash dcc.Checklist)',
  size: { w: 3, h: 3 },
  props: checklistProps,
  inputs: ['value'],
  inspector: {
    options: { editor: 'json', help: 'Strings or {"label", "value"} objects' },
    value: { editor: 'json', help: 'The checked options\' values, e.g. ["Option A"]' },
    inline: { label: 'Side by side' },
  },
  View: ChecklistView,
});

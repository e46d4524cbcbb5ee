import { defineComponent } from '../define';
import { z } from 'zod';
import { dropdownProps, optionValue } from './props';
import { DropdownView } from './view';

export default defineComponent({
  type: 'dropdown',
  label: 'Dropdown',
  icon: 'ChevronDownSquare',
  group: 'Inputs',
  description: 'Pick one option, or several with multi (Dash dcc.Dropdown)',
  size: { w: 3, h: 2 },
  props: dropdownProps,
  inputs: ['value'],
  inspector: { options: { editor: 'json', help: 'Strings or {"label", "value"} objects' } },
  instanceProps: (p) => ({ value: p.multi ? z.array(optionValue) : optionValue.nullable() }),
  View: DropdownView,
});

import { defineComponent } from '../define';
import { tabsProps } from './props';
import { TabsView } from './view';

export default defineComponent({
  type: 'tabs',
  label: 'Tabs',
  icon: 'PanelTop',
  group: 'Content',
  description: 'A container with tabs: each tab holds components in its own grid; the open tab is an input',
  size: { w: 12, h: 8 },
  props: tabsProps,
  inputs: ['value'],
  inspector: {
    tabs: { editor: 'json', help: '[{ "name", "label" }]: a tab\'s name is the slot its components sit in' },
    value: { label: 'open tab', help: 'The open tab\'s name; a callback input, set when the user opens a tab' },
  },
  slots: (props) => props.tabs.map((t) => t.name),
  View: TabsView,
});

import { defineComponent } from '../define';
import { markdownProps } from './props';
import { MarkdownView } from './view';

export default defineComponent({
  type: 'markdown',
  label: 'Markdown',
  icon: 'Pilcrow',
  group: 'Content',
  description: 'Formatted text: headings, lists, links, tables',
  size: { w: 6, h: 3 },
  props: markdownProps,
  inputs: [],
  inspector: { source: { editor: 'multiline' } },
  View: MarkdownView,
});

import { defineComponent } from '../define';
import { linkProps } from './props';
import { LinkView } from './view';

export default defineComponent({
  type: 'link',
  label: 'Link',
  icon: 'Link',
  group: 'Content',
  description: 'A link to a page of the app (opens without a reload) or to a URL (Dash dcc.Link)',
  size: { w: 3, h: 1 },
  props: linkProps,
  inputs: [],
  inspector: {
    href: { help: 'A page of the app ("/sales") or a URL ("https://…")' },
    refresh: { help: 'Load the page with a full reload' },
    newTab: { label: 'New tab', help: 'An outside URL opens in a new tab' },
  },
  View: LinkView,
});

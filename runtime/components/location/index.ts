import { defineComponent } from '../define';
import { locationProps } from './props';
import { LocationView } from './view';

export default defineComponent({
  type: 'location',
  label: 'Location',
  icon: 'Compass',
  group: 'Utilities',
  description: "Not drawn: the page's address (pathname, search, hash) as callback inputs; a callback that sets them navigates (Dash dcc.Location)",
  size: { w: 2, h: 1 },
  props: locationProps,
  inputs: ['pathname', 'search', 'hash'],
  nonVisual: true,
  inspector: {
    pathname: { help: 'The page path within the app ("/", "/sales"); set by the browser, or by a callback to navigate' },
    search: { help: 'The query string with its "?"' },
    hash: { help: 'The fragment with its "#"' },
    replace: { help: 'A navigation from a callback replaces the history entry (back skips it)' },
  },
  View: LocationView,
});

import { defineComponent } from '../define';
import { storeProps } from './props';
import { StoreView } from './view';

export default defineComponent({
  type: 'store',
  label: 'Store',
  icon: 'Database',
  group: 'Utilities',
  description: 'Not drawn: keeps a JSON value callbacks share in the page; storage "session" or "local" keeps it across reloads (Dash dcc.Store)',
  size: { w: 2, h: 1 },
  props: storeProps,
  inputs: ['data'],
  nonVisual: true,
  inspector: {
    data: { editor: 'json', help: 'Any JSON value; the starting value unless a stored one replaces it' },
    storage: { help: '"memory": lost on reload; "session": kept until the tab closes; "local": kept in this browser across visits' },
  },
  View: StoreView,
});

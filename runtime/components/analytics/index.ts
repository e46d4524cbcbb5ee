import { defineComponent } from '../define';
import { analyticsProps } from './props';
import { AnalyticsView } from './view';

export default defineComponent({
  type: 'analytics',
  label: 'Analytics',
  icon: 'ChartLine',
  group: 'Utilities',
  description: 'Not drawn: sends an event to Mixpanel or an HTTP endpoint for each change of the props it tracks (only logs in the preview)',
  size: { w: 2, h: 1 },
  props: analyticsProps,
  inputs: ['sent', 'error'],
  nonVisual: true,
  inspector: {
    provider: { help: 'mixpanel: Mixpanel\'s HTTP ingestion API (needs token); http: POST the events as a JSON array to endpoint' },
    token: { help: 'Mixpanel project token' },
    endpoint: { help: 'Empty = Mixpanel\'s /track; for http, a URL (its host is admitted by the page\'s CSP)' },
    track: { editor: 'json', help: '["id.prop", …]: each change of one of these becomes an event' },
    identify: { label: 'User id cookie', help: 'Cookie holding the user\'s id (distinct_id); empty = an anonymous id kept in the browser' },
    eventName: { label: 'Event name', help: 'Empty = "<id.prop> changed"' },
    sent: { help: 'Events delivered so far; a callback input' },
    error: { hidden: true },
  },
  View: AnalyticsView,
});

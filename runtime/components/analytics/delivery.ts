import { MIXPANEL_TRACK_URL } from '../../schema/externalSources';
import type { AnalyticsEvent } from './events';
import type { Delivery } from './queue';

/**
 * How each provider's events go over the wire. Mixpanel's /track takes the JSON array as the
 * form field `data` (a CORS-safelisted type, so no preflight, and sendBeacon can carry it); a
 * plain HTTP endpoint gets the JSON array itself (as text/plain from sendBeacon on page hide).
 */
export function deliveryFor(provider: 'mixpanel' | 'http', endpoint: string): Delivery | null {
  const url = endpoint.trim() || (provider === 'mixpanel' ? MIXPANEL_TRACK_URL : '');
  if (!url) return null;
  if (provider === 'mixpanel') {
    const form = (events: readonly AnalyticsEvent[]) => ({ body: `data=${encodeURIComponent(JSON.stringify(events))}`, contentType: 'application/x-www-form-urlencoded' });
    return { url, encode: form, encodeBeacon: form };
  }
  return {
    url,
    encode: (events) => ({ body: JSON.stringify(events), contentType: 'application/json' }),
    encodeBeacon: (events) => ({ body: JSON.stringify(events), contentType: 'text/plain;charset=UTF-8' }),
  };
}

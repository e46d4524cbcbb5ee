/** The events analytics sends: Mixpanel's shape ({ event, properties: { token, distinct_id, time, $insert_id, … } }) for both providers. */
export interface AnalyticsEvent {
  event: string;
  properties: Record<string, unknown>;
}

const ANON_KEY = 'dashwright:anonymous-id';
/** A value larger than this (as JSON) is sent as its JSON text, cut short. */
const MAX_VALUE_CHARS = 1000;

function randomId(): string {
  return typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(';')) {
    const at = part.indexOf('=');
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(at + 1).trim()) || null;
    } catch {
      return part.slice(at + 1).trim() || null;
    }
  }
  return null;
}

/** An id for this browser, kept in localStorage (or for this page only, where storage is refused). */
function anonymousId(): string {
  try {
    const kept = localStorage.getItem(ANON_KEY);
    if (kept) return kept;
    const made = `anon-${randomId()}`;
    localStorage.setItem(ANON_KEY, made);
    return made;
  } catch {
    return `anon-${randomId()}`;
  }
}

/** The user's id: the `cookie`'s value when named and set, else the anonymous id. Read per event, so a login mid-visit counts. */
export function distinctId(cookie: string): string {
  const name = cookie.trim();
  const fromCookie = name && typeof document !== 'undefined' ? readCookie(document.cookie, name) : null;
  return fromCookie ?? anonymousId();
}

function sendableValue(value: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    return String(value);
  }
  if (text === undefined) return null;
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : (JSON.parse(text) as unknown);
}

export interface EventOptions {
  eventName: string;
  token: string;
  identify: string;
  now(): number;
}

/** The event for a change of `key` ("id.prop") to `value`. */
export function changeEvent(key: string, value: unknown, options: EventOptions): AnalyticsEvent {
  const properties: Record<string, unknown> = {
    distinct_id: distinctId(options.identify),
    time: options.now(),
    $insert_id: randomId(),
    prop: key,
    value: sendableValue(value),
  };
  if (options.token) properties.token = options.token;
  if (typeof location !== 'undefined') properties.$current_url = location.href;
  return { event: options.eventName.trim() || `${key} changed`, properties };
}

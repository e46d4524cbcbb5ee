import type { Project } from './project';

/**
 * What a project reaches outside its own server, read from the manifest: the scripts an
 * `includeScript` may load (`settings.allowScripts`), the hosts a `map` draws tiles from and the
 * endpoints `analytics` sends to. The includeScript component, `validate` and the page's
 * Content-Security-Policy all decide from here, so they cannot disagree.
 */

/** Mixpanel's HTTP ingestion endpoint (POST a JSON array of events; `?ip=1` geolocates from the request). */
export const MIXPANEL_TRACK_URL = 'https://api-js.mixpanel.com/track';

/** Where the page finds a file of data/ (runtime/server/dataRoute.ts), relative to the page. */
export const DATA_ROUTE = '_dashwright/data/';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

export type ScriptSource =
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  | { kind: 'data'; name: string; url: string }
  | { kind: 'refused'; reason: string };

/** What an includeScript's `src` names (DESIGN §2): a URL as it is, else a file of data/, never leaving it. */
export function scriptSource(src: string): ScriptSource {
  const text = src.trim();
  if (text === '') return { kind: 'none' };
  if (SCHEME.test(text) || text.startsWith('//')) {
    return /^https?:\/\//i.test(text) ? { kind: 'url', url: text } : { kind: 'refused', reason: `"${text}" is neither an http(s) URL nor a file of data/` };
  }
  if (text.startsWith('/')) return { kind: 'url', url: text };
  const segments = text.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))) {
    return { kind: 'refused', reason: `"${text}" is not a file name inside data/` };
  }
  return { kind: 'data', name: text, url: DATA_ROUTE + segments.map(encodeURIComponent).join('/') };
}

/**
 * Whether `settings.allowScripts` admits `src`: an entry is a URL (the same URL, or a prefix
 * ending in "/" that it starts with) or a file of data/ (the same name).
 */
export function scriptAllowed(src: string, allowScripts: readonly string[] | undefined): boolean {
  const source = scriptSource(src);
  if (source.kind !== 'url' && source.kind !== 'data') return false;
  const wanted = source.kind === 'data' ? source.name : source.url;
  return (allowScripts ?? []).some((raw) => {
    const entry = raw.trim();
    return entry === wanted || (source.kind === 'url' && entry.endsWith('/') && SCHEME.test(entry) && wanted.startsWith(entry));
  });
}

/** The message a refused script gets, in the page and from validate. */
export function refusedScriptMessage(src: string): string {
  const source = scriptSource(src);
  if (source.kind === 'refused') return `refused: ${source.reason}`;
  return `refused: "${src.trim()}" is not listed in the project's settings.allowScripts`;
}

function stringProp(props: Readonly<Record<string, unknown>>, name: string): string {
  const value = props[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** Origin ("https://host:port") of an absolute http(s) URL or URL template, or null. */
export function originOf(url: string): string | null {
  const match = /^(https?:\/\/[^/?#{}\s]+)/i.exec(url.replace(/\{s\}\./, 'x.'));
  if (!match) return null;
  try {
    const parsed = new URL(match[1]!);
    // Leaflet's {s} subdomains (a., b., c.) all need admitting: a wildcard host.
    const host = /\{s\}\./.test(url) ? `*.${parsed.host.replace(/^x\./, '')}` : parsed.host;
    return `${parsed.protocol}//${host}`;
  } catch {
    return null;
  }
}

export interface ExternalSources {
  /** URL entries of settings.allowScripts (files of data/ are the app's own origin). */
  scripts: string[];
  /** Origins map tiles come from. */
  tiles: string[];
  /** Origins analytics components send to. */
  analytics: string[];
}

/** What the manifest's components and settings reach outside the app's own server. */
export function externalSources(project: Pick<Project, 'components' | 'settings'>): ExternalSources {
  const scripts = (project.settings?.allowScripts ?? []).map((s) => s.trim()).filter((s) => /^https?:\/\//i.test(s));
  const tiles = new Set<string>();
  const analytics = new Set<string>();
  for (const c of project.components) {
    if (c.type === 'map') {
      const origin = originOf(stringProp(c.props, 'tiles'));
      if (origin) tiles.add(origin);
    } else if (c.type === 'analytics') {
      const endpoint = stringProp(c.props, 'endpoint') || (stringProp(c.props, 'provider') === 'http' ? '' : MIXPANEL_TRACK_URL);
      const origin = originOf(endpoint);
      if (origin) analytics.add(origin);
    }
  }
  return { scripts: [...new Set(scripts)], tiles: [...tiles], analytics: [...analytics] };
}

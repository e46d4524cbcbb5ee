/** Where the page finds a file of data/ (served by runtime/server/dataRoute.ts), relative to the page as its assets are. */
const DATA_ROUTE = '_dashwright/data/';

/** "https:", "data:", "blob:"…: a scheme makes src a URL. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** `dataFile`: the URL is the page's data route, which the design canvas (not a page of the app) does not have. */
export type ImageSource = { kind: 'none' } | { kind: 'url'; url: string; dataFile?: true } | { kind: 'refused'; reason: string };

/**
 * What an image's `src` names (DESIGN §2): a URL as it is (with a scheme, or a path from the
 * site's root), otherwise a file of data/, never leaving it.
 */
export function imageSource(src: string): ImageSource {
  const text = src.trim();
  if (text === '') return { kind: 'none' };
  if (SCHEME.test(text) || text.startsWith('/')) return { kind: 'url', url: text };
  const segments = text.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0'))) {
    return { kind: 'refused', reason: `"${text}" is not a file name inside data/` };
  }
  return { kind: 'url', url: DATA_ROUTE + segments.map(encodeURIComponent).join('/'), dataFile: true };
}

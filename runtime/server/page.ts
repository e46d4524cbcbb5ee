import { normalizePagePath } from '../schema/pages';
import type { PageSpec } from '../schema/project';

/** A small grid mark (three tiles), inline so it needs no request; the page's CSP admits data: images. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='1' y='1' width='6' height='6' rx='1.5' fill='%232563eb'/%3E%3Crect x='9' y='1' width='6' height='6' rx='1.5' fill='%2394a3b8'/%3E%3Crect x='1' y='9' width='14' height='6' rx='1.5' fill='%23475569'/%3E%3C/svg%3E";

/**
 * The app page. URLs are relative so the app also works under a path prefix; `<base>` is the
 * app's root, which pagePathHtml points back to from a deeper page path.
 */
export function renderPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<base href="./">
<link rel="icon" href="${FAVICON}">
<link rel="stylesheet" href="_dashwright/assets/app.css">
<script type="module" src="_dashwright/assets/app.js"></script>
</head>
<body>
<div id="root"></div>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The app page as served at a page path (DESIGN §4b, "/sales/q1"): its `<base>` leads back to the
 * app's root ("../" per level below the first), so assets and requests resolve there.
 */
export function pagePathHtml(html: string, path: string): string {
  const depth = Math.max(0, (path.match(/\//g)?.length ?? 1) - 1);
  return depth === 0 ? html : html.replace('<base href="./">', `<base href="${'../'.repeat(depth)}">`);
}

/** Which GET paths are the app's pages (DESIGN §4b): every page path serves the app page; others 404. */
export function isPagePath(pages: readonly PageSpec[] | undefined, path: string): boolean {
  if (!pages || pages.length === 0 || path.startsWith('/_dashwright/')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return false;
  }
  const wanted = normalizePagePath(decoded);
  return pages.some((p) => normalizePagePath(p.path) === wanted);
}

/** The 404 message of a path that is nothing: names the app's pages when it has any. */
export function notFoundMessage(pages: readonly PageSpec[] | undefined, path: string): string {
  if (!pages || pages.length === 0) return `no such page: ${path}`;
  return `no such page: ${path} (this app's pages: ${pages.map((p) => p.path).join(', ')})`;
}

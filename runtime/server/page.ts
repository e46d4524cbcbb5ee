/** A small grid mark (three tiles), inline so it needs no request; the page's CSP admits data: images. */
const FAVICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Crect x='1' y='1' width='6' height='6' rx='1.5' fill='%232563eb'/%3E%3Crect x='9' y='1' width='6' height='6' rx='1.5' fill='%2394a3b8'/%3E%3Crect x='1' y='9' width='14' height='6' rx='1.5' fill='%23475569'/%3E%3C/svg%3E";

/** The app page. URLs are relative so the app also works under a path prefix. */
export function renderPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
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

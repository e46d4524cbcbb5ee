/** The app page. URLs are relative so the app also works under a path prefix. */
export function renderPage(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
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

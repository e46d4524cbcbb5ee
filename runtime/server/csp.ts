import { externalSources, originOf } from '../schema/externalSources';
import type { Project } from '../schema/project';

/** Plotly fetches the outlines of geo charts (scattergeo, choropleth) from here. */
const PLOTLY_TOPOJSON = 'https://cdn.plot.ly';

/** A CSP source expression may not hold spaces, quotes, semicolons or commas, nor (in its path) a query. */
function sourceExpression(url: string): string | null {
  const bare = url.replace(/[?#].*$/, '');
  return /^[^\s;,'"]+$/.test(bare) ? bare : null;
}

function unique(items: readonly (string | null)[]): string[] {
  return [...new Set(items.filter((s): s is string => s !== null))];
}

/**
 * The app page's Content-Security-Policy, derived from the project (DESIGN §8): scripts from the
 * app itself and exactly the URLs of `settings.allowScripts` (files of data/ are the app's own);
 * connections to the app, the analytics endpoints and the allowed scripts' origins; images from
 * the app, `data:`/`blob:`, the map tile hosts and any https host (an image's `src` may be any
 * URL a callback sets); no plugins, no foreign base URL or form target.
 */
export function pageCsp(project: Pick<Project, 'components' | 'settings'>): string {
  const sources = externalSources(project);
  const scripts = unique(sources.scripts.map(sourceExpression));
  const scriptOrigins = unique(scripts.map(originOf));
  const hasGraph = project.components.some((c) => c.type === 'graph');
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scripts]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', 'https:', ...sources.tiles]],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', unique(["'self'", ...sources.analytics, ...scriptOrigins, ...(hasGraph ? [PLOTLY_TOPOJSON] : [])])],
    ['worker-src', ["'self'", 'blob:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, values]) => `${name} ${unique(values).join(' ')}`).join('; ');
}

import type { Catalog } from '../schema/catalog';
import type { Problem } from '../schema/problems';
import type { Project } from '../schema/project';
import { normalizePagePath } from '../schema/pages';

/**
 * Pages, persistence and container columns (DESIGN §4b): page paths start with "/" and are
 * unique, a component's `page` names one of them, `persistence` sits on an input component,
 * `cols` on a container.
 */
export function checkPages(project: Project, catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const paths = new Map<string, number>();
  const byId = new Map(project.components.map((c) => [c.id, c]));
  (project.pages ?? []).forEach((p, i) => {
    const path = `pages[${i}].path`;
    if (!p.path.startsWith('/')) {
      problems.push({ path, code: 'bad-page-path', severity: 'error', message: `page "${p.name}": path "${p.path}" must start with "/"` });
      return;
    }
    if (/[?#\s]/.test(p.path)) {
      problems.push({ path, code: 'bad-page-path', severity: 'error', message: `page "${p.name}": path "${p.path}" may not hold "?", "#" or spaces` });
      return;
    }
    const key = normalizePagePath(p.path);
    const first = paths.get(key);
    if (first !== undefined) problems.push({ path, code: 'duplicate-page', severity: 'error', message: `page path "${p.path}" is already used by pages[${first}]` });
    else paths.set(key, i);
  });
  if (project.pages && project.pages.length > 0 && !paths.has('/')) {
    problems.push({ path: 'pages', code: 'no-root-page', severity: 'warning', message: 'no page has the path "/": the app\'s address shows only the components on every page' });
  }
  project.components.forEach((c, i) => {
    const target = { kind: 'component' as const, id: c.id };
    const href = c.type === 'link' ? c.props.href : undefined;
    if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && project.pages && project.pages.length > 0 && !paths.has(normalizePagePath(href))) {
      problems.push({ path: `components[${i}].props.href`, code: 'unknown-link-page', severity: 'warning', message: `${c.id}: links to "${href}", which is not a page of the project`, target });
    }
    if (c.page !== undefined) {
      if (!project.pages || project.pages.length === 0) {
        problems.push({ path: `components[${i}].page`, code: 'unknown-page', severity: 'error', message: `${c.id}: page "${c.page}", but the project has no pages`, target });
      } else if (!paths.has(normalizePagePath(c.page))) {
        const known = project.pages.map((p) => p.path).join(', ');
        problems.push({ path: `components[${i}].page`, code: 'unknown-page', severity: 'error', message: `${c.id}: page "${c.page}" is not a page of the project (its pages: ${known})`, target });
      } else if (c.parent) {
        problems.push({ path: `components[${i}].page`, code: 'page-in-container', severity: 'warning', message: `${c.id}: "page" is ignored inside a container (it is on ${c.parent.id}'s page)`, target });
      }
    }
    const info = catalog.get(c.type);
    if (c.persistence !== undefined && info && info.inputProps.length === 0) {
      problems.push({ path: `components[${i}].persistence`, code: 'persistence-not-input', severity: 'warning', message: `${c.id}: a ${c.type} has no props the user sets, so "persistence" keeps nothing`, target });
    }
    const parent = c.parent ? byId.get(c.parent.id) : undefined;
    if (parent?.cols !== undefined && c.grid.x + c.grid.w > parent.cols) {
      problems.push({ path: `components[${i}].grid`, code: 'outside-container-grid', severity: 'warning', message: `${c.id}: reaches column ${c.grid.x + c.grid.w}, past the ${parent.cols} columns of ${parent.id} (it is drawn narrower)`, target });
    }
    if (c.cols !== undefined && info && !info.slots) {
      problems.push({ path: `components[${i}].cols`, code: 'cols-not-container', severity: 'warning', message: `${c.id}: "cols" sets a container's grid, and a ${c.type} is not a container`, target });
    }
  });
  return problems;
}

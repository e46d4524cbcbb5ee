/**
 * Which page the app shows (DESIGN §4b): the page whose path the browser's location names. The
 * location components of a spec start from that location (seedLocation), so the first cascade
 * already sees the page it is on.
 */
import { useSyncExternalStore, type ReactElement } from 'react';
import type { AppSpec } from '../contracts/spec';
import type { AppLocation, Navigation } from '../components/navigation';
import { pageAt } from '../schema/pages';
import type { PageSpec } from '../schema/project';

/** The app's location, re-rendering on every navigation. */
export function useAppLocation(navigation: Navigation): AppLocation {
  useSyncExternalStore(
    (listener) => navigation.subscribe(listener),
    () => {
      const l = navigation.get();
      return `${l.pathname}${l.search}${l.hash}`;
    },
  );
  return navigation.get();
}

/**
 * The page shown: `{ page }` for a project without pages (undefined: everything), the page at
 * the location's path, or `{ missing }` when the path names none.
 */
export function currentPage(spec: Pick<AppSpec, 'pages'>, pathname: string): { page: PageSpec | undefined; missing?: string } {
  if (!spec.pages || spec.pages.length === 0) return { page: undefined };
  const page = pageAt(spec.pages, pathname);
  return page ? { page } : { page: undefined, missing: pathname };
}

/** Starts every location component from the page's location (runtime seedProps). */
export function seedLocation(navigation: Navigation, spec: AppSpec, components: Record<string, Record<string, unknown>>): void {
  const at = navigation.get();
  for (const c of spec.components) {
    const props = components[c.id];
    if (c.type === 'location' && props) Object.assign(props, { pathname: at.pathname, search: at.search, hash: at.hash });
  }
}

/** Shown for a path that names no page (a callback navigated there): the way back to the first page. */
export function PageNotFound({ path, pages, navigation }: { path: string; pages: readonly PageSpec[]; navigation: Navigation }): ReactElement {
  const home = pages[0];
  return (
    <div className="dw-page-missing" role="status">
      <strong>No page at {path}</strong>
      {home && (
        <a
          href={navigation.hrefOf(home.path)}
          onClick={(e) => {
            e.preventDefault();
            navigation.navigate(home.path);
          }}
        >
          Go to {home.name}
        </a>
      )}
    </div>
  );
}

import { createContext, useContext } from 'react';

/** Where the app is: its page path ("/", "/sales": within the app, its base left out), query ("?a=1" or "") and hash ("#x" or ""). */
export interface AppLocation {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * The app's navigation between its pages (DESIGN §4b), given to components by the running app:
 * `location` reads and sets it, `link` and markdown links go through it. No reload: the browser's
 * history (pushState), and back/forward (popstate) tell every subscriber.
 */
export interface Navigation {
  get(): AppLocation;
  /** Called after each change of the location (a navigation, back or forward). */
  subscribe(listener: () => void): () => void;
  /** Go to `href` within the app ("/sales?x=1", "sales", "#top"); `replace`: without a new history entry. */
  navigate(href: string, options?: { replace?: boolean }): void;
  /** The URL an `<a href>` takes for a path within the app (under the app's base, so a new tab opens it too). */
  hrefOf(href: string): string;
}

/** Whether an href names a place within the app (a path or a relative link), not another site or scheme. */
export function isAppHref(href: string): boolean {
  const h = href.trim();
  if (h === '' || h.startsWith('//')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(h);
}

/** Outside an app (the design canvas, tests): one page at "/", navigations go nowhere. */
export const staticNavigation: Navigation = {
  get: () => ({ pathname: '/', search: '', hash: '' }),
  subscribe: () => () => {},
  navigate: () => {},
  hrefOf: (href) => href,
};

const NavigationContext = createContext<Navigation>(staticNavigation);

export const NavigationProvider = NavigationContext.Provider;

export function useNavigation(): Navigation {
  return useContext(NavigationContext);
}

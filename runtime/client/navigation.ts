/**
 * The app's navigation in the browser (DESIGN §4b): page paths are within the app's base (the
 * page's <base>, which the server sets, so an app under a path prefix, like the editor's preview,
 * works), moves are history.pushState, and back/forward (popstate) tell every subscriber.
 */
import type { AppLocation, Navigation } from '../components/navigation';

type NavigationWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & {
  location: Pick<Location, 'href'>;
  history: Pick<History, 'pushState' | 'replaceState'>;
};

/** The app's base URL, fixed: made absolute in the page's <base> so pushState cannot move it. */
export function fixBaseUrl(doc: Pick<Document, 'baseURI' | 'querySelector'>): string {
  const root = new URL('.', doc.baseURI).href;
  const base = doc.querySelector('base');
  if (base) base.setAttribute('href', root);
  return root;
}

export function createBrowserNavigation(win: NavigationWindow, root: string): Navigation & { dispose(): void } {
  const rootUrl = new URL(root);
  const listeners = new Set<() => void>();
  let last = '';

  const urlOf = (href: string): URL => {
    const h = href.trim();
    if (h.startsWith('#') || h.startsWith('?')) {
      const here = new URL(win.location.href);
      return new URL(h.startsWith('#') ? `${here.pathname}${here.search}${h}` : `${here.pathname}${h}`, rootUrl);
    }
    return new URL(h.replace(/^\/+/, ''), rootUrl);
  };

  const get = (): AppLocation => {
    const url = new URL(win.location.href);
    const inside = url.pathname.startsWith(rootUrl.pathname);
    const rest = inside ? url.pathname.slice(rootUrl.pathname.length) : url.pathname.replace(/^\/+/, '');
    return { pathname: `/${rest}`, search: url.search, hash: url.hash };
  };

  const notify = (): void => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    for (const listener of [...listeners]) listener();
  };
  last = win.location.href;
  win.addEventListener('popstate', notify);
  win.addEventListener('hashchange', notify);

  return {
    get,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    navigate(href, options = {}) {
      const url = urlOf(href);
      if (url.href === win.location.href) return;
      if (options.replace) win.history.replaceState(null, '', url.href);
      else win.history.pushState(null, '', url.href);
      notify();
    },
    hrefOf: (href) => urlOf(href).href,
    dispose() {
      win.removeEventListener('popstate', notify);
      win.removeEventListener('hashchange', notify);
      listeners.clear();
    },
  };
}

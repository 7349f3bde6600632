// A small history-API router: the app has two screens, so a library would be more weight than help.
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { focusIsLost } from './focus';

export {
  audiencePath,
  canvasPath,
  matchRoute,
  presentPath,
  segmentPath,
  type Route,
} from './routes';

const NAVIGATE_EVENT = 'ninefold:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

export function usePathname(): string {
  const pathname = () => window.location.pathname;
  // The same while hydrating the first paint (app/first-paint.ts).
  return useSyncExternalStore(subscribe, pathname, pathname);
}

// Whether the address has changed since the page loaded: by the app, or by back and forward.
let navigated = false;
if (typeof window !== 'undefined') window.addEventListener('popstate', () => (navigated = true));

/** False while the page still shows the address it was loaded (or reloaded) with. */
export const hasNavigated = (): boolean => navigated;

/**
 * A screen reached from another (a link, Back, an undone import), once `ready`: what had the
 * focus there is gone, so this screen's `page` takes it, in the next frame, unless something
 * (a panel, a button to return to) has taken it meanwhile. Not on the first load.
 */
export function useFocusOnArrival(page: RefObject<HTMLElement | null>, ready = true): void {
  useEffect(() => {
    if (!ready || !hasNavigated()) return;
    requestAnimationFrame(() => {
      if (focusIsLost()) page.current?.focus({ preventScroll: true });
    });
  }, [ready, page]);
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === window.location.pathname) return;
  navigated = true;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** A plain link that navigates in-app on a normal click and behaves natively otherwise. */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  navigate(path);
}

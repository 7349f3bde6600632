// A small history-API router: the app has two screens, so a library would be more weight than help.
import { useEffect, useSyncExternalStore, type RefObject } from 'react';
import { focusIsLost } from './focus';

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
  return useSyncExternalStore(subscribe, () => window.location.pathname);
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

export type Route =
  | { name: 'home' }
  /** A canvas; with `segmentId`, that segment's panel open beside it. */
  | { name: 'canvas'; canvasId: string; segmentId: string | null }
  /** Workshop mode: the facilitator's presentation, or the audience window that mirrors it. */
  | { name: 'present'; canvasId: string; audience: boolean }
  | { name: 'not-found' };

export function matchRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { name: 'home' };
  const canvas = /^\/canvas\/([A-Za-z0-9_-]{1,64})(?:\/segments\/([A-Za-z0-9_-]{1,64}))?\/?$/.exec(
    pathname,
  );
  if (canvas) return { name: 'canvas', canvasId: canvas[1]!, segmentId: canvas[2] ?? null };
  const present = /^\/canvas\/([A-Za-z0-9_-]{1,64})\/(present|audience)\/?$/.exec(pathname);
  if (present)
    return { name: 'present', canvasId: present[1]!, audience: present[2] === 'audience' };
  return { name: 'not-found' };
}

export const canvasPath = (canvasId: string) => `/canvas/${canvasId}`;
export const presentPath = (canvasId: string) => `/canvas/${canvasId}/present`;
export const audiencePath = (canvasId: string) => `/canvas/${canvasId}/audience`;
export const segmentPath = (canvasId: string, segmentId: string) =>
  `/canvas/${canvasId}/segments/${segmentId}`;

/** A plain link that navigates in-app on a normal click and behaves natively otherwise. */
export function onLinkClick(event: React.MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  navigate(path);
}

// The app's addresses, free of React: the first paint (app/first-paint.ts) reads the address
// before React has loaded. ui/router.ts re-exports them with the hooks that follow the address.

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

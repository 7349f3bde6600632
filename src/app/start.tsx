import './zod-config';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { firstScreenReady, startPersistence } from '../persistence/session';
import type { Route } from '../ui/routes';
import { App } from './App';

/** Says when the app has committed its first render: it then hydrated (or replaced) the first paint. */
function FirstCommit({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}

/**
 * Starts the app in `root`, on `route`. `firstPaint` resolves true once the first paint
 * (first-paint.ts) has drawn the canvas there, inert; the app's first render then hydrates it.
 */
export function start(root: HTMLElement, route: Route, firstPaint: Promise<boolean>): void {
  // Persistence starts outside React: loading must finish before anything can be written,
  // and a StrictMode double mount must not start it twice.
  void startPersistence(route.name === 'canvas' ? route.canvasId : null);

  // The first paint is inert until the app has taken it over: then the page can be used.
  const letUse = () => {
    root.inert = false;
  };
  let rendered = false;
  const renderOnce = () => {
    if (rendered) return;
    rendered = true;
    const app = (
      <StrictMode>
        <App />
        <FirstCommit onCommit={letUse} />
      </StrictMode>
    );
    // The first paint drew the canvas in `root`: the app takes its elements over as they are
    // (tests/app/first-paint.test.tsx holds the two to the same markup). Should they differ after
    // all (a row the first paint drew that the app cannot read, say), React draws the page anew.
    if (root.inert)
      hydrateRoot(root, app, {
        onRecoverableError: (error) =>
          console.warn('Ninefold redrew the page: its first paint did not match.', error),
      });
    else createRoot(root).render(app);
  };
  // The first render waits (briefly) for the canvas the page opens on, so it paints once, with its
  // notes, rather than an empty frame first; and for the first paint's frame, if it drew one. If
  // reading is slow, the app renders its loading state, unless the first paint shows the canvas.
  void Promise.all([firstScreenReady(), firstPaint]).then(renderOnce);
  setTimeout(() => root.firstChild || renderOnce(), 300);
}

import './zod-config';
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { firstReadStillShown, firstScreenReady, startPersistence } from '../persistence/session';
import type { Route } from '../ui/routes';
import { App } from './App';

/** Says when the app has committed its first render: it then hydrated (or replaced) the first paint. */
function FirstCommit({ onCommit }: { onCommit: () => void }) {
  useLayoutEffect(onCommit, [onCommit]);
  return null;
}

/**
 * Starts the app in `root`, on `route`, once the first paint (first-paint.ts) has settled: if it
 * drew the canvas there (inert until now), the app's first render hydrates it, and then calls
 * `onTakenOver`.
 */
export function start(root: HTMLElement, route: Route, onTakenOver?: () => void): void {
  // Persistence starts outside React: loading must finish before anything can be written,
  // and a StrictMode double mount must not start it twice.
  void startPersistence(route.name === 'canvas' ? route.canvasId : null);

  // The first paint is inert until the app has taken it over: then the page can be used.
  const letUse = () => {
    root.inert = false;
    onTakenOver?.();
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
    // (tests/app/first-paint.test.tsx holds the two to the same markup), unless the store holds
    // something else than the rows it was drawn from (a note another tab changed meanwhile, one
    // that cannot be read, a canvas that turned out missing): the app then draws the page anew.
    if (root.inert && route.name === 'canvas' && firstReadStillShown(route.canvasId)) {
      hydrateRoot(root, app, {
        onRecoverableError: (error) =>
          console.warn('Ninefold redrew the page: its first paint did not match.', error),
      });
      return;
    }
    // (Not with main.tsx's code for the same: importing the entry's modules here would split
    // them into a chunk of their own, one more request before the first paint.)
    if (root.inert) {
      root.replaceChildren();
      document.title = 'Ninefold';
    }
    createRoot(root).render(app);
  };
  // The first render waits (briefly) for the canvas the page opens on, so it paints once, with its
  // notes, rather than an empty frame first. If reading is slow, the app renders its loading
  // state; not over the first paint, though, whose canvas has been read already.
  void firstScreenReady().then(renderOnce);
  setTimeout(() => root.inert || renderOnce(), 300);
}

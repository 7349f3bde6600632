// The entry: small on purpose. It starts the first paint (first-paint.ts), which draws the canvas
// in the address as soon as its rows have been read, and loads the app (start.tsx), which replaces
// that drawing, in its first render, with the canvas to work on.
import './styles.css';
import { matchRoute } from '../ui/routes';
import { showFirstPaint } from './first-paint';

const root = document.getElementById('root')!;
const route = matchRoute(window.location.pathname);

// Only for a canvas on its own: with a segment's panel beside it, the board is laid out narrower.
const firstPaint: Promise<boolean> =
  route.name === 'canvas' && route.segmentId === null
    ? showFirstPaint(root, route.canvasId)
    : Promise.resolve(false);

// After the first paint (at once when there is none), so that the app's code does not hold it up; its
// files are fetched meanwhile (index.html preloads them: vite.config.ts, preloadTheApp).
void firstPaint
  .then(() => import('./start'))
  .then(
    (module) => module.start(root, route, firstPaint),
    () => {
      // The app's code did not load (offline with a stale cache, say): say so, rather than leave
      // an inert canvas or an empty page.
      const message = document.createElement('main');
      message.className = 'canvas-page canvas-page--message';
      message.id = 'main';
      const heading = document.createElement('h1');
      heading.textContent = 'Ninefold could not load';
      const text = document.createElement('p');
      text.textContent = 'Check your connection, then reload the page. Your canvases are kept.';
      message.append(heading, text);
      root.replaceChildren(message);
      root.inert = false;
    },
  );

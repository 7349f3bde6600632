// The entry: small on purpose. It starts the first paint (first-paint.ts), which draws the canvas
// in the address as soon as its rows have been read, then runs the app (start.tsx), which takes
// that drawing over (hydrates it) in its first render.
import './styles.css';
import { matchRoute } from '../ui/routes';
import { showFirstPaint } from './first-paint';

const root = document.getElementById('root')!;
const route = matchRoute(window.location.pathname);

/** Takes away the message that the app is slow to load (sayWhenSlow), once it is not. */
let stopSaying = () => {};

/** Nothing drawn, or a drawing given up: the app (or the message that it cannot) draws the page. */
const withoutFirstPaint = () => {
  stopSaying();
  root.replaceChildren();
  root.inert = false;
  document.title = 'Ninefold';
  return false;
};

// Only for a canvas on its own: with a segment's panel beside it, the board is laid out narrower.
// Whatever goes wrong in it, the app starts all the same.
const firstPaint: Promise<boolean> =
  route.name === 'canvas' && route.segmentId === null
    ? Promise.resolve()
        .then(() => showFirstPaint(root, route.canvasId))
        .catch(withoutFirstPaint)
    : Promise.resolve(false);

/**
 * Says so when the app is slow to take the first paint over (a slow device or connection): the
 * canvas is in view but takes no input yet. Returns what takes the message away again.
 */
function sayWhenSlow(): () => void {
  let message: HTMLElement | null = null;
  const timer = setTimeout(() => {
    message = document.createElement('p');
    message.className = 'first-paint-loading';
    message.setAttribute('role', 'status');
    message.textContent = 'Loading Ninefold: the canvas can be edited in a moment.';
    document.body.append(message);
  }, 2000);
  return () => {
    clearTimeout(timer);
    message?.remove();
  };
}

/** The app's code did not load (offline with a stale cache, say): say so, rather than nothing. */
function cannotLoad() {
  const message = document.createElement('main');
  message.className = 'canvas-page canvas-page--message';
  message.id = 'main';
  const heading = document.createElement('h1');
  heading.textContent = 'Ninefold could not load';
  const text = document.createElement('p');
  text.textContent = 'Check your connection, then reload the page. Your canvases are kept.';
  message.append(heading, text);
  withoutFirstPaint();
  root.append(message);
}

// After the first paint (at once when there is none), so that the app's code does not hold it
// up; its files are fetched meanwhile (index.html preloads them: vite.config.ts, preloadTheApp).
void firstPaint
  .then((drawn) => {
    if (drawn) stopSaying = sayWhenSlow();
    return import('./start');
  })
  .then((module) => {
    try {
      module.start(root, route, () => stopSaying());
    } catch (error) {
      withoutFirstPaint();
      throw error;
    }
  }, cannotLoad);

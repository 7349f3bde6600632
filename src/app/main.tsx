import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstScreenReady, startPersistence } from '../persistence/session';
import { matchRoute } from '../ui/router';
import { App } from './App';
import './styles.css';

// Persistence starts outside React: loading must finish before anything can be written,
// and a StrictMode double mount must not start it twice.
const route = matchRoute(window.location.pathname);
void startPersistence(route.name === 'canvas' ? route.canvasId : null);

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first render waits (briefly) for the canvas the page opens on, so it paints once, with its
// notes, rather than an empty frame first. If reading is slow, the app renders its loading state.
let rendered = false;
const renderOnce = () => {
  if (!rendered) render();
  rendered = true;
};
void firstScreenReady().then(renderOnce);
setTimeout(renderOnce, 300);

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPersistence } from '../persistence/session';
import { matchRoute } from '../ui/router';
import { App } from './App';
import './styles.css';

// Persistence starts outside React: loading must finish before anything can be written,
// and a StrictMode double mount must not start it twice.
const route = matchRoute(window.location.pathname);
void startPersistence(route.name === 'canvas' ? route.canvasId : null);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

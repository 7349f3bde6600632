import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startPersistence } from '../persistence/session';
import { App } from './App';
import './styles.css';

// Persistence starts outside React: loading must finish before anything can be written,
// and a StrictMode double mount must not start it twice.
void startPersistence();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

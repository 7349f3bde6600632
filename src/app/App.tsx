import { lazy, Suspense, useEffect, useState } from 'react';
import { useCanvasUi } from '../features/canvas/canvas-ui-store';
import { CanvasPage } from '../features/canvas/CanvasPage';
import { SegmentTools } from '../features/segments/SegmentTools';
import { useStorage } from '../store/selectors';
import { matchRoute, onLinkClick, usePathname } from '../ui/router';
import { Toaster } from '../ui/Toaster';
import { StorageBanner } from './StorageBanner';

// The home screen is a chunk of its own: a page that opens on a canvas does not load it first.
const HomePage = lazy(() =>
  import('../features/home/HomePage').then((module) => ({ default: module.HomePage })),
);

// The segment panel is loaded the first time a segment is opened.
const SegmentPanel = lazy(() => import('../features/segments/SegmentPanel'));

const startEditingNote = (noteId: string) => useCanvasUi.getState().startEditing(noteId);

function Routes() {
  const route = matchRoute(usePathname());
  switch (route.name) {
    case 'home':
      return (
        <Suspense fallback={<StartingUp />}>
          <HomePage />
        </Suspense>
      );
    case 'canvas':
      return (
        <CanvasPage
          key={route.canvasId}
          canvasId={route.canvasId}
          tools={<SegmentTools canvasId={route.canvasId} onNoteAdded={startEditingNote} />}
          aside={
            route.segmentId && (
              <Suspense
                fallback={<aside className="segment-panel" aria-busy="true" aria-label="Segment" />}
              >
                <SegmentPanel canvasId={route.canvasId} segmentId={route.segmentId} />
              </Suspense>
            )
          }
        />
      );
    default:
      return (
        <main className="canvas-page canvas-page--message" id="main">
          <h1>Page not found</h1>
          <a className="button" href="/" onClick={(e) => onLinkClick(e, '/')}>
            Back to your canvases
          </a>
        </main>
      );
  }
}

/** Start-up is usually a blink: say "Loading" only when it is not, rather than flash it. */
function StartingUp() {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main className="canvas-page canvas-page--message" id="main" aria-busy="true">
      {slow && <p>Loading your canvases…</p>}
    </main>
  );
}

export function App() {
  const storage = useStorage();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <StorageBanner />
      {storage.phase === 'loading' ? <StartingUp /> : <Routes />}
      <footer className="app-footer">
        <p>
          Ninefold keeps your canvases in this browser only. The Business Model Canvas is by{' '}
          <a href="https://www.strategyzer.com/" rel="noreferrer">
            Strategyzer AG
          </a>
          , licensed under{' '}
          <a href="https://creativecommons.org/licenses/by-sa/3.0/" rel="license noreferrer">
            CC BY-SA 3.0
          </a>
          .
        </p>
      </footer>
      <Toaster />
    </div>
  );
}

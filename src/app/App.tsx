import { lazy, Suspense, useEffect, useState } from 'react';
import { useCanvasUi } from '../features/canvas/canvas-ui-store';
import { CanvasPage } from '../features/canvas/CanvasPage';
import type * as SegmentPanelModule from '../features/segments/SegmentPanel';
import { SegmentTools } from '../features/segments/SegmentTools';
import { BackupReminder } from '../features/transfer/BackupReminder';
import { ExportButton } from '../features/transfer/ExportButton';
import { HomeTransferTools } from '../features/transfer/HomeTransferTools';
import { TransferLayer } from '../features/transfer/TransferLayer';
import { WorkshopLink, WorkshopTools } from '../features/workshop/WorkshopTools';
import { useStorage } from '../store/selectors';
import { matchRoute, onLinkClick, usePathname } from '../ui/router';
import { Toaster } from '../ui/Toaster';
import { ShortcutsHelp } from './ShortcutsHelp';
import { StorageBanner } from './StorageBanner';

// The home screen is a chunk of its own: a page that opens on a canvas does not load it first.
const HomePage = lazy(() =>
  import('../features/home/HomePage').then((module) => ({ default: module.HomePage })),
);

// The presentation view is a chunk of its own: only workshops need it.
const PresentationView = lazy(() =>
  import('../features/workshop/PresentationView').then((module) => ({
    default: module.PresentationView,
  })),
);

// The segment panel is a chunk of its own, fetched when the browser is idle after a canvas shows.
// Once fetched it renders at once: a lazy component would suspend on its first render even then,
// and React holds a suspended boundary's content back for up to 300 ms.
type SegmentPanelComponent = typeof SegmentPanelModule.default;
let segmentPanel: SegmentPanelComponent | null = null;
const loadSegmentPanel = () =>
  import('../features/segments/SegmentPanel').then((module) => {
    segmentPanel = module.default;
    return module;
  });
const LazySegmentPanel = lazy(loadSegmentPanel);

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(callback, 500);
  return () => clearTimeout(timer);
}

const startEditingNote = (noteId: string) => useCanvasUi.getState().startEditing(noteId);

function Routes() {
  const route = matchRoute(usePathname());
  const onCanvas = route.name === 'canvas';
  useEffect(() => {
    if (onCanvas && !segmentPanel) return whenIdle(() => void loadSegmentPanel());
  }, [onCanvas]);
  const SegmentPanel = segmentPanel ?? LazySegmentPanel;
  switch (route.name) {
    case 'home':
      return (
        <Suspense fallback={<StartingUp />}>
          <HomePage tools={<HomeTransferTools />} />
        </Suspense>
      );
    case 'canvas':
      return (
        <CanvasPage
          key={route.canvasId}
          canvasId={route.canvasId}
          notice={<BackupReminder canvasId={route.canvasId} />}
          tools={
            <>
              <SegmentTools canvasId={route.canvasId} onNoteAdded={startEditingNote} />
              <ExportButton canvasId={route.canvasId} />
              <WorkshopTools canvasId={route.canvasId} />
            </>
          }
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
    case 'present':
      return (
        <Suspense fallback={<StartingUp />}>
          <PresentationView
            key={`${route.canvasId}:${route.audience}`}
            canvasId={route.canvasId}
            audience={route.audience}
          />
        </Suspense>
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
      <TransferLayer />
      <WorkshopLink />
      <ShortcutsHelp />
      <Toaster />
    </div>
  );
}

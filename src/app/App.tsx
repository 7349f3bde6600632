import { useEffect, useState } from 'react';
import { useCanvasUi } from '../features/canvas/canvas-ui-store';
import { CanvasPage } from '../features/canvas/CanvasPage';
import { SegmentTools } from '../features/segments/SegmentTools';
import { ExportButton } from '../features/transfer/ExportButton';
import { HomeTransferTools } from '../features/transfer/HomeTransferTools';
import { TransferLayer } from '../features/transfer/TransferLayer';
import { UnreadableNotesNotice } from '../features/transfer/UnreadableNotesNotice';
import { WorkshopLink, WorkshopTools } from '../features/workshop/WorkshopTools';
import { whenIdle } from '../persistence/idle';
import { useStorage } from '../store/selectors';
import { matchRoute, onLinkClick, usePathname } from '../ui/router';
import { chunkComponent, type ChunkComponent } from '../ui/chunk-component';
import { LoadFailed } from '../ui/LoadFailed';
import { Toaster } from '../ui/Toaster';
import { ShortcutsHelp } from './ShortcutsHelp';
import { NoticeDock } from './NoticeDock';
import { StorageBanner } from './StorageBanner';

// The home screen is a chunk of its own: a page that opens on a canvas does not load it first.
// So is the presentation view: only workshops need it. Not React.lazy: see ui/chunk-component.ts.
const homePage = chunkComponent(() =>
  import('../features/home/HomePage').then((module) => module.HomePage),
);
const presentationView = chunkComponent(() =>
  import('../features/workshop/PresentationView').then((module) => module.PresentationView),
);

/** A page in a chunk of its own: "Loading" (if slow) until it is in, or what went wrong. */
function ChunkPage<P extends object>({ page, props }: { page: ChunkComponent<P>; props: P }) {
  const { Component, failed, retry } = page.useComponent();
  if (Component) return <Component {...props} />;
  if (!failed) return <StartingUp />;
  return (
    <main className="canvas-page canvas-page--message" id="main">
      <LoadFailed what="This page" retry={retry} />
    </main>
  );
}

// The segment panel is a chunk of its own, fetched when the browser is idle after a canvas shows
// (or when a segment is opened first). Not React.lazy: see ui/chunk-component.ts.
const segmentPanel = chunkComponent(() =>
  import('../features/segments/SegmentPanel').then((module) => module.default),
);

/** The open segment's panel; while its chunk loads, an empty panel that says it is busy. */
function SegmentAside({ canvasId, segmentId }: { canvasId: string; segmentId: string }) {
  const { Component: SegmentPanel, failed, retry } = segmentPanel.useComponent();
  if (SegmentPanel) return <SegmentPanel canvasId={canvasId} segmentId={segmentId} />;
  return (
    <aside className="segment-panel" aria-busy={!failed} aria-label="Segment">
      {failed && (
        <div className="segment-panel__body">
          <LoadFailed what="The segment panel" retry={retry} />
        </div>
      )}
    </aside>
  );
}

/**
 * Fetches the segment panel's chunk when the browser is idle, or sooner when a hand or the focus
 * reaches a segment (a moment before Enter or a click opens it).
 */
function preloadSegmentPanel(): () => void {
  const preload = () => {
    stop();
    void segmentPanel.preload().catch(() => {});
  };
  const onIntent = (event: Event) => {
    if ((event.target as Element | null)?.closest?.('[data-block="customer-segments"]')) preload();
  };
  const cancelIdle = whenIdle(preload, { timeout: 2000, fallbackDelay: 500 });
  document.addEventListener('pointerover', onIntent, true);
  document.addEventListener('focusin', onIntent, true);
  function stop() {
    cancelIdle();
    document.removeEventListener('pointerover', onIntent, true);
    document.removeEventListener('focusin', onIntent, true);
  }
  return stop;
}

const startEditingNote = (noteId: string) => useCanvasUi.getState().startEditing(noteId);

function Routes() {
  const route = matchRoute(usePathname());
  const onCanvas = route.name === 'canvas';
  useEffect(() => {
    if (onCanvas) return preloadSegmentPanel();
  }, [onCanvas]);
  switch (route.name) {
    case 'home':
      return <ChunkPage page={homePage} props={{ tools: <HomeTransferTools /> }} />;
    case 'canvas':
      return (
        <CanvasPage
          key={route.canvasId}
          canvasId={route.canvasId}
          notice={<UnreadableNotesNotice canvasId={route.canvasId} />}
          tools={
            <>
              <SegmentTools canvasId={route.canvasId} onNoteAdded={startEditingNote} />
              <ExportButton canvasId={route.canvasId} />
              <WorkshopTools canvasId={route.canvasId} />
            </>
          }
          aside={
            route.segmentId && (
              <SegmentAside canvasId={route.canvasId} segmentId={route.segmentId} />
            )
          }
        />
      );
    case 'present':
      return (
        <ChunkPage
          key={`${route.canvasId}:${route.audience}`}
          page={presentationView}
          props={{ canvasId: route.canvasId, audience: route.audience }}
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
      <TransferLayer />
      <WorkshopLink />
      <ShortcutsHelp />
      <NoticeDock />
      <Toaster />
    </div>
  );
}

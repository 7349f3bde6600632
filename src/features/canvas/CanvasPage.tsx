// The canvas screen: loads the canvas, then shows its header and the nine blocks.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { openCanvas, type OpenResult } from '../../persistence/session';
import { useNinefold } from '../../store/index';
import { useCanvas } from '../../store/selectors';
import { focusNextFrame } from '../../ui/focus';
import { onLinkClick, useFocusOnArrival } from '../../ui/router';
import { CanvasBoard } from './CanvasBoard';
import { useCanvasUi } from './canvas-ui-store';
import { CanvasHeader } from './CanvasHeader';
import { useCanvasShortcuts } from './commands';
import { useDeletedElsewhere } from './deleted-elsewhere';

interface CanvasPageProps {
  canvasId: string;
  /** More tools for the header (the segment workspace's), composed by the app. */
  tools?: React.ReactNode;
  /** A panel beside the canvas (a segment's), composed by the app; the canvas stays visible. */
  aside?: React.ReactNode;
  /** Notices above the canvas, shown with it (unreadable notes), composed by the app. */
  notice?: React.ReactNode;
}

export function CanvasPage({ canvasId, tools, aside, notice }: CanvasPageProps) {
  // Already loaded (at start-up, or earlier in this tab): show it in the first render.
  const [status, setStatus] = useState<OpenResult | 'loading'>(() =>
    canvasId in useNinefold.getState().blockIndex ? 'ok' : 'loading',
  );
  const canvas = useCanvas(canvasId);
  useCanvasShortcuts(canvasId);
  useDeletedElsewhere();

  useEffect(() => {
    let live = true;
    openCanvas(canvasId).then(
      (result) => live && setStatus(result),
      () => live && setStatus('missing'),
    );
    return () => {
      live = false;
    };
  }, [canvasId]);

  // Opening a panel must not squeeze the board: re-laying out a thousand notes at a new width
  // took 60–70 ms. The board keeps the width it had without a panel (remembered here), and the
  // canvas scrolls sideways beside the panel instead. The width is written on the board itself,
  // and only while a panel is open: a custom property on the layout (as it was) is inherited by
  // every element of the canvas, and setting it restyled all of them, 15–25 ms at 1,000 notes, in
  // the frame after the canvas first showed and again on every panel opened.
  const layoutRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const boardWidth = useRef<number | null>(null);
  const ready = status === 'ok';
  const withPanel = Boolean(aside);
  useEffect(() => {
    const layout = layoutRef.current;
    const board = boardRef.current;
    if (!layout || !board || typeof ResizeObserver === 'undefined') return;
    // Not while printing (a print preview lays the board out at the paper's width).
    const printing = window.matchMedia?.('print');
    const observer = new ResizeObserver(() => {
      if (!layout.classList.contains('canvas-layout--with-panel') && !printing?.matches)
        boardWidth.current = board.offsetWidth;
    });
    observer.observe(board);
    return () => observer.disconnect();
  }, [ready]);
  // Before the paint that shows the panel, so the board is never laid out squeezed. A page that
  // opens with a panel (a reload on a segment's address) never had the board without one: its
  // width is then the page's, as the board would take it alone.
  useLayoutEffect(() => {
    const board = boardRef.current;
    const layout = layoutRef.current;
    const page = mainRef.current;
    if (!board || !layout || !page) return;
    let width: number | null = null;
    if (withPanel) {
      const style = getComputedStyle(page);
      width =
        boardWidth.current ??
        layout.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    }
    board.style.width = width === null ? '' : `${width}px`;
  }, [withPanel, ready]);

  // Deleted while a note was being edited (from another tab): restored, it shows as it is, not
  // with an editor opened long ago.
  const trashed = canvas ? canvas.trashedAt !== null : false;
  useEffect(() => {
    if (trashed) useCanvasUi.getState().stopEditing();
  }, [trashed]);

  const title = canvas ? `${canvas.name} · Ninefold` : null;
  useEffect(() => {
    if (title === null) return;
    // Setting the page's title ends the browser's run of typing in a field: while the name is
    // typed, Ctrl+Z then took back one letter at a time. The title follows after a pause.
    if (!document.activeElement?.classList.contains('canvas-name')) {
      document.title = title;
      return;
    }
    const timer = setTimeout(() => (document.title = title), 1000);
    return () => clearTimeout(timer);
  }, [title]);

  // Reached from another screen ("New canvas", a canvas in the list, an example), the focus was
  // on something of that screen, now gone: it starts at the canvas's page, not the page's body.
  useFocusOnArrival(mainRef, ready);

  if (status === 'loading') {
    return (
      <main className="canvas-page canvas-page--message" id="main" aria-busy="true">
        <p>Opening canvas…</p>
      </main>
    );
  }
  if (status === 'newer') {
    return (
      <CanvasMessage title="This canvas needs a newer Ninefold">
        It was saved by a newer version of Ninefold than this tab is running. Reload the page to get
        the latest version; the canvas has not been changed.
      </CanvasMessage>
    );
  }
  if (canvas && canvas.trashedAt !== null) {
    // Deleted while open (from the home screen in another tab, say): it can come back from here.
    return (
      <CanvasMessage
        title="This canvas was deleted"
        action={
          <button
            type="button"
            className="button button--primary"
            onClick={() => useNinefold.getState().actions.restoreCanvas(canvasId)}
          >
            Restore it
          </button>
        }
      >
        “{canvas.name}” was deleted, perhaps in another tab. It stays under Recently deleted on the
        home screen for a day; Restore it brings it back here.
      </CanvasMessage>
    );
  }
  if (status === 'missing' || !canvas) {
    return (
      <CanvasMessage title="Canvas not found">
        This canvas does not exist in this browser, or it has been deleted.
      </CanvasMessage>
    );
  }
  return (
    <div
      ref={layoutRef}
      className={aside ? 'canvas-layout canvas-layout--with-panel' : 'canvas-layout'}
    >
      <main className="canvas-page" id="main" tabIndex={-1} ref={mainRef}>
        {notice}
        <CanvasHeader canvas={canvas} tools={tools} />
        <CanvasBoard canvasId={canvasId} boardRef={boardRef} />
      </main>
      {aside}
    </div>
  );
}

function CanvasMessage({
  title,
  children,
  action,
}: {
  title: string;
  children: React.ReactNode;
  action?: React.ReactNode;
}) {
  // Shown in place of the canvas, whose element in focus (a note, its editor) has gone with it.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusNextFrame(() => heading.current, { ifLost: true }), []);
  return (
    <main className="canvas-page canvas-page--message" id="main">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{children}</p>
      <div className="canvas-page__actions">
        {action}
        <a className="button" href="/" onClick={(e) => onLinkClick(e, '/')}>
          Back to your canvases
        </a>
      </div>
    </main>
  );
}

// Home: the list of canvases, with create, open, rename, duplicate and delete (undoable).
import { useEffect, useRef, useState } from 'react';
import { copyName, duplicateCanvas } from '../../domain/canvas-ops';
import { newId } from '../../domain/ids';
import { readCanvasDoc, refreshCanvasList } from '../../persistence/session';
import { useActions, useCanvasList, useTrashedCanvases } from '../../store/selectors';
import { canvasPath, navigate, useFocusOnArrival } from '../../ui/router';
import { showToast } from '../../ui/toast-store';
import { CanvasRow } from './CanvasRow';
import { ExamplePicker } from './ExamplePicker';
import { RecentlyDeleted } from './RecentlyDeleted';
import { RenameDialog } from './RenameDialog';
import { focusNextFrame } from '../../ui/focus';

const now = () => Date.now();

export function HomePage({ tools }: { tools?: React.ReactNode }) {
  const canvases = useCanvasList();
  const trashed = useTrashedCanvases();
  const actions = useActions();
  const [renaming, setRenaming] = useState<string | null>(null);
  const renamingCanvas = canvases.find((c) => c.canvas.id === renaming)?.canvas;
  // Not the name of a deleted canvas either: restored, it would read the same.
  const takenNames = [...canvases, ...trashed].map((c) => c.canvas.name);

  // Arriving from another screen with the focus lost (a canvas deleted, an import undone), it
  // starts at this page, not the page's body.
  const mainRef = useRef<HTMLElement>(null);
  useFocusOnArrival(mainRef);

  useEffect(() => {
    document.title = 'Your canvases · Ninefold';
    // Other tabs may have changed canvases this tab has not opened.
    void refreshCanvasList();
  }, []);

  const createBlank = () => navigate(canvasPath(actions.createCanvas()));

  const [picking, setPicking] = useState(false);

  const duplicate = async (canvasId: string) => {
    const doc = await readCanvasDoc(canvasId);
    if (!doc) {
      showToast({ message: 'That canvas could not be read, so it was not duplicated.' });
      return;
    }
    const name = copyName(doc.canvas.name, takenNames);
    const copy = duplicateCanvas(doc, {
      canvasId: newId('canvas'),
      name,
      newNoteId: () => newId('note'),
      now: now(),
    });
    actions.addCanvasDoc(copy);
    showToast({ message: `Created “${name}”.` });
  };

  // Deleting a canvas removes the row that had the focus, and Undo in the toast removes the toast:
  // either way the focus goes to a canvas in the list (the next, or the one brought back), or
  // to "New canvas" when there is none, rather than to the page's body.
  const newCanvasButton = useRef<HTMLButtonElement>(null);
  const focusCanvas = (canvasId: string | undefined) =>
    focusNextFrame(
      () =>
        (canvasId
          ? document.querySelector<HTMLElement>(`.canvas-list a[href="${canvasPath(canvasId)}"]`)
          : null) ?? newCanvasButton.current,
      { ifLost: true },
    );
  const remove = (canvasId: string, name: string) => {
    const at = canvases.findIndex((c) => c.canvas.id === canvasId);
    const neighbour = canvases[at + 1] ?? canvases[at - 1];
    actions.trashCanvas(canvasId);
    focusCanvas(neighbour?.canvas.id);
    showToast({
      message: `Deleted “${name}”.`,
      action: {
        label: 'Undo',
        run: () => {
          actions.restoreCanvas(canvasId);
          focusCanvas(canvasId);
        },
      },
    });
  };

  const restore = (canvasId: string, name: string) => {
    actions.restoreCanvas(canvasId);
    focusCanvas(canvasId);
    showToast({ message: `Restored “${name}”.` });
  };

  return (
    <main className="home" id="main" tabIndex={-1} ref={mainRef}>
      <header className="home__header">
        <div>
          <h1 className="home__title">Your canvases</h1>
          <p className="home__lead">
            Business Model Canvases, saved in this browser as you type. No account, no server.
          </p>
        </div>
        <div className="home__actions">
          <button
            type="button"
            className="button button--primary"
            ref={newCanvasButton}
            onClick={createBlank}
          >
            New canvas
          </button>
          <button type="button" className="button" onClick={() => setPicking(true)}>
            New from example
          </button>
          {tools}
        </div>
      </header>

      {canvases.length === 0 ? (
        <div className="home__empty">
          <h2>No canvases yet</h2>
          <p>
            Start with a blank canvas, or from an example (a B2B SaaS, an online shop, a clinic, a
            ride-hailing platform or a diversified business) to see one filled in, segments and all.
            Or import a Ninefold file: pick it, or drop it anywhere on this window.
          </p>
        </div>
      ) : (
        <ul className="canvas-list" aria-label="Canvases">
          {canvases.map((item) => (
            <CanvasRow
              key={item.canvas.id}
              item={item}
              onRename={() => setRenaming(item.canvas.id)}
              onDuplicate={() => void duplicate(item.canvas.id)}
              onDelete={() => remove(item.canvas.id, item.canvas.name)}
            />
          ))}
        </ul>
      )}

      <RecentlyDeleted items={trashed} onRestore={restore} />

      <ExamplePicker open={picking} onClose={() => setPicking(false)} takenNames={takenNames} />
      <RenameDialog
        canvas={renamingCanvas}
        onClose={() => setRenaming(null)}
        onRename={(name) => {
          if (renaming) actions.renameCanvas(renaming, name);
          setRenaming(null);
        }}
      />
    </main>
  );
}

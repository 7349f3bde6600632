// A toast that offers to undo the change just made, and only that change.
//
// The toast stays for seconds while work goes on. Its Undo undoes the step it was shown for while
// that step is still the canvas's latest: once Ctrl+Z has undone it, Undo must not undo the step
// before it (deleting a note, then Ctrl+Z, then the toast's Undo deleted the note's creation), and
// once later changes come after it, Undo must not undo those instead.
import { useNinefold } from '../store/index';
import { focusNextFrame } from './focus';
import { showToast, UNDO_TOAST_MS, useToasts } from './toast-store';

const NOT_UNDONE_MESSAGE =
  'Not undone: there are later changes. Undo (Ctrl+Z) steps back one change at a time.';

/** Shows `message` with an Undo for the change just committed on `canvasId`. */
export function showUndoToast(canvasId: string, message: string): void {
  const step = useNinefold.getState().history[canvasId]?.undo.at(-1);
  if (!step) {
    showToast({ message });
    return;
  }
  const id = showToast({
    message,
    action: {
      label: 'Undo',
      run: () => {
        const { history, actions } = useNinefold.getState();
        const undo = history[canvasId]?.undo ?? [];
        if (undo.at(-1) === step) {
          actions.undo(canvasId);
          // The toast's button goes with the toast: the focus goes to what came back (a deleted
          // note), else to the page.
          const noteId = Object.keys(step.changes.notes).find(
            (id) => step.changes.notes[id]!.before !== null,
          );
          focusNextFrame(
            () =>
              (noteId
                ? document.querySelector<HTMLElement>(
                    `[data-note-id="${CSS.escape(noteId)}"] [role="button"]`,
                  )
                : null) ?? document.getElementById('main'),
            { ifLost: true },
          );
        } else if (undo.includes(step)) showToast({ message: NOT_UNDONE_MESSAGE });
        // Otherwise it has been undone already (Ctrl+Z, say): nothing is left to do.
      },
    },
  });
  // Undone by other means (Ctrl+Z, the toolbar): the toast, whose Undo would do nothing, goes.
  const stop = useNinefold.subscribe((state) => {
    if (state.history[canvasId]?.undo.includes(step)) return;
    stop();
    useToasts.getState().dismiss(id);
  });
  setTimeout(stop, UNDO_TOAST_MS + 1000);
}

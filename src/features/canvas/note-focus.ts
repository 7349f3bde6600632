// Where keyboard focus goes as notes come and go: a note's body, or its block's "Add note".
import { focusIsLost, focusNextFrame, placeAround } from '../../ui/focus';

/** The list item of the note `noteId` under `root`. */
export function noteSlot(root: ParentNode | null | undefined, noteId: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"]`) ?? null;
}

/** The focusable body of the note `noteId` under `root` (none while it is being edited). */
export function noteBody(root: ParentNode | null | undefined, noteId: string): HTMLElement | null {
  return noteSlot(root, noteId)?.querySelector<HTMLElement>('[role="button"]') ?? null;
}

/** The "Add note" button of the block that holds `element`. */
export function addNoteButton(element: Element | null | undefined): HTMLElement | null {
  return element?.closest('.block')?.querySelector<HTMLElement>('[data-add-note]') ?? null;
}

// The note the last change left to be focused, until the frame that focuses it: a second undo
// pressed before that frame (a key held down) starts from that note, not from the page's body.
let pending: { noteId: string; board: Element | null; generation: number } | null = null;
let generation = 0;

/**
 * Runs `change` (a deletion, an undo, a redo) without losing the keyboard focus of a note it
 * moves or removes: afterwards the focus is on that note wherever it now is, or else on the note
 * that was next to it, or else on its block's "Add note". Focus elsewhere (a field of a segment's
 * panel, say) that the change removes goes to the nearest place around it that takes the focus:
 * its list, or the title of its section or landmark.
 */
export function keepingNoteFocus(from: Element | null, change: () => void): void {
  const held = pending && focusIsLost() ? noteSlot(pending.board, pending.noteId) : null;
  const slot = from?.closest<HTMLElement>('[data-note-id]') ?? held;
  const noteId = slot?.dataset.noteId;
  if (!slot || !noteId) {
    const around = placeAround(from);
    change();
    focusNextFrame(around, { ifLost: true });
    return;
  }
  const board = slot.closest('.board');
  const next = (slot.nextElementSibling ?? slot.previousElementSibling) as HTMLElement | null;
  const block = slot.closest('.block');
  const addNote = addNoteButton(slot);
  const mine = ++generation;
  pending = { noteId, board, generation: mine };
  change();
  requestAnimationFrame(() => {
    // A later change took over (it knows better where the focus goes now).
    if (pending?.generation !== mine) return;
    pending = null;
    if (!focusIsLost()) return;
    const neighbour = next?.dataset.noteId ? noteBody(block, next.dataset.noteId) : null;
    (noteBody(board, noteId) ?? neighbour ?? addNote)?.focus();
  });
}

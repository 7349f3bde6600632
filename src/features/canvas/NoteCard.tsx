// A sticky note in its block: its text (as text, never HTML), inline editing, colour, delete.
//
// Most notes are plain: the drag hooks (in the drag layer, see drag-registry) and the tools are
// mounted only while a note is armed (pointer over it, focus in it, or being dragged). With 1,000
// notes, registering every one with dnd-kit made every drag start re-render all of them, and their
// tools doubled the DOM; now a drag start touches the one note that is being dragged.
//
// A card has no state or hooks of its own: its block's list (BlockNotes) knows which of its notes
// are armed and holds their drag bindings. A thousand cards with hooks of their own (a store
// subscription, hover, focus and binding state, an effect) took a quarter of React's CPU time in
// showing a thousand-note canvas (64 ms against 47 without, traced on this machine).
import { memo, useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';
import type { Note } from '../../domain/canvas.schema';
import { useNinefold } from '../../store/index';
import { LineIcon } from '../../ui/BlockIcon';
import { navigate, segmentPath } from '../../ui/router';
import { showUndoToast } from '../../ui/undo-toast';
import { useCanvasUi } from './canvas-ui-store';
import { ColourPicker } from './ColourPicker';
import { armNote, type ArmedNote, type DragBinding } from './drag-registry';
import { NoteEditor } from './NoteEditor';
import { deletedMessage } from './segment-messages';
import { keepingNoteFocus, noteBody, noteSlot } from './note-focus';
import { SegmentLinkButton, segmentMarks } from './NoteSegments';
import {
  noteBodyClass,
  noteDescribedBy,
  noteEmptyLabel,
  noteSegmentTokens,
  noteSlotClass,
} from './note-markup';

interface NoteCardProps {
  /** From the block's list (see BlockNotes in BlockPanel): a card does not subscribe itself. */
  note: Note;
  canvasId: string;
  editing: boolean;
  /** Where the drop indicator shows, relative to this note, while a drag aims here. */
  dropEdge?: 'before' | 'after';
  /** Pointer over it, focus in it, or being dragged: it shows its tools and can be picked up. */
  armed: boolean;
  /** dnd-kit's listeners and attributes, once the drag layer has registered the armed note. */
  binding: DragBinding | null;
  /** Where the drag layer hands this note's binding (null when it lets go of it). */
  onBind: (noteId: string, binding: DragBinding | null) => void;
  /** The block's list, in which the card finds its own elements for the drag layer. */
  list: RefObject<HTMLUListElement | null>;
}

/** After a note is deleted, focus goes to its neighbour, or to the block's "Add note" button. */
export const NoteCard = memo(function NoteCard({
  note,
  canvasId,
  editing,
  dropEdge,
  armed,
  binding,
  onBind,
  list,
}: NoteCardProps) {
  const { id: noteId, block } = note;
  // Actions never change: read once, not subscribed to, since a canvas has a thousand of these.
  const { actions } = useNinefold.getState();
  const { startEditing } = useCanvasUi.getState();
  const dragging = binding?.isDragging ?? false;
  const listeners = binding?.listeners;
  const isSegment = block === 'customer-segments';

  const open = () => navigate(segmentPath(canvasId, noteId));

  const remove = (from: Element) => {
    let unlinked = 0;
    keepingNoteFocus(from, () => (unlinked = actions.deleteNote(noteId)));
    showUndoToast(canvasId, deletedMessage(isSegment, unlinked));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    // Enter edits a note; on a segment it opens the segment's panel. F2 always edits.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !dragging) {
      event.preventDefault();
      if (isSegment) open();
      else startEditing(noteId);
      return;
    }
    if (event.key === 'F2' && !dragging) {
      event.preventDefault();
      startEditing(noteId);
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && !dragging) {
      event.preventDefault();
      remove(event.currentTarget);
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  return (
    <li
      className={noteSlotClass(note)}
      data-note-id={noteId}
      data-armed={armed || undefined}
      data-editing={editing || undefined}
      data-dragging={dragging || undefined}
      data-drop={dropEdge}
      // The segment lens dims by these, in CSS (SegmentLegend): no per-note subscription.
      data-segments={noteSegmentTokens(note)}
    >
      {armed && (
        <Arm
          canvasId={canvasId}
          noteId={noteId}
          block={block}
          disabled={editing}
          list={list}
          onBind={onBind}
        />
      )}
      {editing ? (
        <NoteEditor note={note} />
      ) : (
        <div
          {...binding?.attributes}
          // The same whether or not dnd-kit's attributes are there yet.
          role="button"
          tabIndex={0}
          aria-roledescription="note"
          aria-describedby={noteDescribedBy(note)}
          aria-pressed={undefined}
          {...listeners}
          className={noteBodyClass(note)}
          // Right-to-left text (Arabic, Hebrew) runs and aligns right to left.
          dir="auto"
          aria-label={noteEmptyLabel(note)}
          onKeyDown={onKeyDown}
          onDoubleClick={() => startEditing(noteId)}
        >
          {note.text}
        </div>
      )}
      {!editing && segmentMarks(note)}
      {armed && !dragging && !editing && (
        <div className="note__tools">
          {isSegment ? (
            <button
              type="button"
              className="icon-button"
              aria-label="Open segment"
              title="Open the segment's profile (Enter)"
              onClick={open}
            >
              <LineIcon d="M14 4h6v6M20 4l-8 8M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
            </button>
          ) : (
            <SegmentLinkButton note={note} />
          )}
          <ColourPicker colour={note.colour} onChange={(c) => actions.recolourNote(noteId, c)} />
          <button
            type="button"
            className="icon-button note__delete"
            aria-label="Delete note"
            title="Delete note"
            onClick={(event) => remove(event.currentTarget)}
          >
            <LineIcon d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" />
          </button>
        </div>
      )}
    </li>
  );
});

/**
 * Rendered while a note is armed: registers it with the drag layer, which hands the note its
 * listeners back through onBind. The note's elements are looked up in its block's list when the
 * drag layer asks (the body is replaced by the editor and back).
 */
function Arm({
  canvasId,
  noteId,
  block,
  disabled,
  list,
  onBind,
}: Pick<ArmedNote, 'canvasId' | 'noteId' | 'block' | 'disabled'> & {
  list: RefObject<HTMLUListElement | null>;
  onBind: NoteCardProps['onBind'];
}) {
  useLayoutEffect(() => {
    const slotRef = {
      get current() {
        return noteSlot(list.current, noteId) as HTMLLIElement | null;
      },
    };
    const bodyRef = {
      get current() {
        return noteBody(list.current, noteId) as HTMLDivElement | null;
      },
    };
    return armNote({
      canvasId,
      noteId,
      block,
      disabled,
      slotRef,
      bodyRef,
      onBind: (binding) => onBind(noteId, binding),
    });
  }, [canvasId, noteId, block, disabled, list, onBind]);
  return null;
}

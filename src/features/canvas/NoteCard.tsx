// A sticky note in its block: its text (as text, never HTML), inline editing, colour, delete.
//
// Most notes are plain: the drag hooks (in the drag layer, see drag-registry) and the tools are
// mounted only while a note is armed (pointer over it, focus in it, or being dragged). With 1,000 notes, registering every one with
// dnd-kit made every drag start re-render all of them, and their tools doubled the DOM; now a
// drag start touches the one note that is being dragged.
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { BlockId } from '../../domain/blocks';
import { useNinefold } from '../../store/index';
import { useNote } from '../../store/selectors';
import { LineIcon } from '../../ui/BlockIcon';
import { navigate, segmentPath } from '../../ui/router';
import { showToast } from '../../ui/toast-store';
import { useCanvasUi } from './canvas-ui-store';
import { ColourPicker } from './ColourPicker';
import { armNote, type DragBinding } from './drag-registry';
import { NoteEditor } from './NoteEditor';
import { addNoteButton, noteBody } from './note-focus';
import { SegmentLinkButton, SegmentMarks, segmentNameId } from './NoteSegments';

interface NoteCardProps {
  noteId: string;
  canvasId: string;
  block: BlockId;
  editing: boolean;
  /** Where the drop indicator shows, relative to this note, while a drag aims here. */
  dropEdge?: 'before' | 'after';
}

/** Past this many characters a note may be taller than its block wants: it scrolls inside. */
const LONG_NOTE = 280;

/** Id of the board's hidden how-to text that every note points at. */
export const NOTE_INSTRUCTIONS_ID = 'note-instructions';

/** After a note is deleted, focus goes to its neighbour, or to the block's "Add note" button. */
function focusAfterRemoval(slot: HTMLElement | null): void {
  const next = (slot?.nextElementSibling ?? slot?.previousElementSibling) as HTMLElement | null;
  const block = slot?.closest('.block');
  const addNote = addNoteButton(slot);
  requestAnimationFrame(() => {
    const neighbour = next?.dataset.noteId ? noteBody(block, next.dataset.noteId) : null;
    (neighbour ?? addNote)?.focus();
  });
}

export const NoteCard = memo(function NoteCard({
  noteId,
  canvasId,
  block,
  editing,
  dropEdge,
}: NoteCardProps) {
  const note = useNote(noteId);
  // Actions never change: read once, not subscribed to, since a canvas has a thousand of these.
  const { actions } = useNinefold.getState();
  const { startEditing } = useCanvasUi.getState();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [binding, setBinding] = useState<DragBinding | null>(null);
  const slotRef = useRef<HTMLLIElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const dragging = binding?.isDragging ?? false;
  const armed = hovered || focused || dragging;
  const listeners = binding?.listeners;
  const isSegment = block === 'customer-segments';

  // An armed note can be picked up: the drag layer registers it with dnd-kit.
  useLayoutEffect(() => {
    if (!armed) return;
    return armNote({
      canvasId,
      noteId,
      block,
      disabled: editing,
      slotRef,
      bodyRef,
      onBind: setBinding,
    });
  }, [armed, canvasId, noteId, block, editing]);

  if (!note) return null;
  const open = () => navigate(segmentPath(canvasId, noteId));

  const remove = () => {
    focusAfterRemoval(slotRef.current);
    actions.deleteNote(noteId);
    showToast({
      message: 'Note deleted.',
      action: {
        label: 'Undo',
        run: () => {
          const top = useNinefold.getState().history[canvasId]?.undo.at(-1);
          if (top?.changes.notes[noteId]) actions.undo(canvasId);
        },
      },
    });
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
      remove();
      return;
    }
    listeners?.onKeyDown?.(event);
  };

  return (
    <li
      ref={slotRef}
      className={
        isSegment
          ? `note-slot note note--${note.colour} note--segment segment-fill--${note.segment?.colour ?? 'teal'}`
          : `note-slot note note--${note.colour}`
      }
      data-note-id={noteId}
      data-armed={armed || undefined}
      data-editing={editing || undefined}
      data-dragging={dragging || undefined}
      data-drop={dropEdge}
      // The segment lens dims by these, in CSS (SegmentLegend): no per-note subscription.
      data-segments={
        note.segmentIds.length > 0 ? note.segmentIds.map(segmentNameId).join(' ') : undefined
      }
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      // The mouse and touch sensors start on mousedown / touchstart, which follow pointerdown:
      // arming here, synchronously, guarantees the listeners are in place for them.
      onPointerDownCapture={() => {
        if (!armed) flushSync(() => setHovered(true));
      }}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      {editing ? (
        <NoteEditor note={note} />
      ) : (
        <div
          ref={bodyRef}
          {...binding?.attributes}
          // The same whether or not dnd-kit's attributes are there yet.
          role="button"
          tabIndex={0}
          aria-roledescription="note"
          aria-describedby={
            note.segmentIds.length > 0
              ? `serves-label ${note.segmentIds.map(segmentNameId).join(' ')} ${NOTE_INSTRUCTIONS_ID}`
              : NOTE_INSTRUCTIONS_ID
          }
          aria-pressed={undefined}
          {...listeners}
          className={note.text.length > LONG_NOTE ? 'note__body note__body--long' : 'note__body'}
          aria-label={note.text.trim() === '' ? 'Empty note' : undefined}
          onKeyDown={onKeyDown}
          onDoubleClick={() => startEditing(noteId)}
        >
          {note.text}
        </div>
      )}
      {!editing && <SegmentMarks note={note} />}
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
            onClick={remove}
          >
            <LineIcon d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" />
          </button>
        </div>
      )}
    </li>
  );
});

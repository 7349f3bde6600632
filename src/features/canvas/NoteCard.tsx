// A sticky note: its text (as text, never HTML), inline editing, colour and delete.
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import { memo, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useNinefold } from '../../store/index';
import { useNote } from '../../store/selectors';
import { showToast } from '../../ui/toast-store';
import { useCanvasUi } from './canvas-ui-store';
import { ColourPicker } from './ColourPicker';
import { NoteEditor } from './NoteEditor';

interface NoteCardProps {
  noteId: string;
  canvasId: string;
  editing: boolean;
  dragging: boolean;
  /** Colour and delete are mounted only for the note in use (hovered or focused). */
  showTools: boolean;
  bodyRef: RefObject<HTMLDivElement | null>;
  /** dnd-kit's, while the note is armed for dragging; a plain note has none. */
  listeners?: DraggableSyntheticListeners;
  attributes?: DraggableAttributes;
}

/** Past this many characters a note may be taller than its block wants: it scrolls inside. */
const LONG_NOTE = 280;

/** Id of the board's hidden how-to text that every note points at. */
export const NOTE_INSTRUCTIONS_ID = 'note-instructions';

/** After a note is deleted, focus goes to its neighbour, or to the block's "Add note" button. */
function focusAfterRemoval(slot: Element | null): void {
  const next = slot?.nextElementSibling ?? slot?.previousElementSibling;
  const block = slot?.closest('.block');
  requestAnimationFrame(() => {
    const target =
      next?.querySelector<HTMLElement>('.note__body') ??
      block?.querySelector<HTMLElement>('[data-add-note]');
    target?.focus();
  });
}

export const NoteCard = memo(function NoteCard({
  noteId,
  canvasId,
  editing,
  dragging,
  showTools,
  bodyRef,
  listeners,
  attributes,
}: NoteCardProps) {
  const note = useNote(noteId);
  // Actions never change: read once, not subscribed to, since a canvas has a thousand of these.
  const { actions } = useNinefold.getState();
  const { startEditing } = useCanvasUi.getState();
  const wasEditing = useRef(editing);

  // Leaving the editor puts focus back on the note, so keyboard users keep their place.
  useEffect(() => {
    if (wasEditing.current && !editing && document.activeElement === document.body)
      bodyRef.current?.focus();
    wasEditing.current = editing;
  }, [editing, bodyRef]);

  if (!note) return null;

  const remove = () => {
    focusAfterRemoval(bodyRef.current?.closest('.note-slot') ?? null);
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
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !dragging) {
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
    <div className={`note note--${note.colour}`} data-editing={editing || undefined}>
      {editing ? (
        <NoteEditor note={note} />
      ) : (
        <div
          ref={bodyRef}
          {...attributes}
          // The same whether or not dnd-kit's attributes are there yet.
          role="button"
          tabIndex={0}
          aria-roledescription="note"
          aria-describedby={NOTE_INSTRUCTIONS_ID}
          aria-pressed={undefined}
          {...listeners}
          className={note.text.length > LONG_NOTE ? 'note__body note__body--long' : 'note__body'}
          aria-label={note.text.trim() === '' ? 'Empty note' : undefined}
          onKeyDown={onKeyDown}
          onDoubleClick={() => startEditing(noteId)}
        >
          <p className="note__text">{note.text}</p>
        </div>
      )}
      {showTools && !editing && (
        <div className="note__tools">
          <ColourPicker colour={note.colour} onChange={(c) => actions.recolourNote(noteId, c)} />
          <button
            type="button"
            className="icon-button note__delete"
            aria-label="Delete note"
            title="Delete note"
            onClick={remove}
          >
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
              <path
                d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </div>
      )}
    </div>
  );
});

// The sortable wrapper: it re-renders on every drag frame, so the note inside is memoized apart.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { BlockId } from '../../domain/blocks';
import { useIsEditing } from './canvas-ui-store';
import { NoteCard } from './NoteCard';

interface SortableNoteProps {
  noteId: string;
  canvasId: string;
  block: BlockId;
}

export function SortableNote({ noteId, canvasId, block }: SortableNoteProps) {
  const editing = useIsEditing(noteId);
  const {
    setNodeRef,
    setActivatorNodeRef,
    listeners,
    attributes,
    transform,
    transition,
    isDragging,
  } = useSortable({
    id: noteId,
    data: { type: 'note', block },
    disabled: editing,
    attributes: { roleDescription: 'note' },
  });
  return (
    <li
      ref={setNodeRef}
      className="note-slot"
      data-note-id={noteId}
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <NoteCard
        noteId={noteId}
        canvasId={canvasId}
        editing={editing}
        dragging={isDragging}
        handleRef={setActivatorNodeRef}
        listeners={listeners}
        attributes={attributes}
      />
    </li>
  );
}

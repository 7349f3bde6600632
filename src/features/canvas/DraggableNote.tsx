// A note's place in its block, draggable. It re-renders only when the hovered block changes
// (not on every pointer move), and the note inside is memoized apart.
import { useDraggable } from '@dnd-kit/core';
import { memo } from 'react';
import type { BlockId } from '../../domain/blocks';
import { useIsEditing } from './canvas-ui-store';
import { NoteCard } from './NoteCard';

interface DraggableNoteProps {
  noteId: string;
  canvasId: string;
  block: BlockId;
  /** Where the drop indicator shows, relative to this note, while a drag aims here. */
  dropEdge?: 'before' | 'after';
}

export const DraggableNote = memo(function DraggableNote({
  noteId,
  canvasId,
  block,
  dropEdge,
}: DraggableNoteProps) {
  const editing = useIsEditing(noteId);
  const draggable = useDraggable({
    id: noteId,
    data: { type: 'note', block },
    disabled: editing,
    attributes: { roleDescription: 'note' },
  });
  return (
    <li
      ref={draggable.setNodeRef}
      className="note-slot"
      data-note-id={noteId}
      data-dragging={draggable.isDragging || undefined}
      data-drop={dropEdge}
    >
      <NoteCard
        noteId={noteId}
        canvasId={canvasId}
        editing={editing}
        dragging={draggable.isDragging}
        handleRef={draggable.setActivatorNodeRef}
        listeners={draggable.listeners}
        attributes={draggable.attributes}
      />
    </li>
  );
});

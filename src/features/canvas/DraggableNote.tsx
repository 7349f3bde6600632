// A note's place in its block: draggable and a drop target. It re-renders only when the hovered
// droppable changes (not on every pointer move), and the note inside is memoized apart.
import { useDraggable, useDroppable } from '@dnd-kit/core';
import { memo, useCallback } from 'react';
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
  const droppable = useDroppable({ id: noteId, data: { type: 'note', block } });
  const { setNodeRef: setDraggableRef } = draggable;
  const { setNodeRef: setDroppableRef } = droppable;
  const setNodeRef = useCallback(
    (element: HTMLLIElement | null) => {
      setDraggableRef(element);
      setDroppableRef(element);
    },
    [setDraggableRef, setDroppableRef],
  );
  return (
    <li
      ref={setNodeRef}
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

// A note's place in its block. Most notes are plain: the drag hooks and the tools are mounted
// only while a note is armed (pointer over it, focus in it, or being dragged). With 1,000 notes,
// registering every one with dnd-kit made every drag start re-render all of them, and their
// tools doubled the DOM; now a drag start touches the one note that is being dragged.
import {
  useDraggable,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
} from '@dnd-kit/core';
import { memo, useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { BlockId } from '../../domain/blocks';
import { useIsEditing } from './canvas-ui-store';
import { NoteCard } from './NoteCard';

export interface DragBinding {
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes;
  isDragging: boolean;
}

interface DragHandleProps {
  noteId: string;
  block: BlockId;
  disabled: boolean;
  slotRef: RefObject<HTMLLIElement | null>;
  bodyRef: RefObject<HTMLDivElement | null>;
  onBind: (binding: DragBinding | null) => void;
}

/** Registers the note with dnd-kit while mounted, and hands its listeners to the note. */
function DragHandle({ noteId, block, disabled, slotRef, bodyRef, onBind }: DragHandleProps) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: noteId,
    data: { type: 'note', block },
    disabled,
    attributes: { roleDescription: 'note' },
  });
  useLayoutEffect(() => {
    setNodeRef(slotRef.current);
    setActivatorNodeRef(bodyRef.current);
  });
  useLayoutEffect(
    () => onBind({ listeners, attributes, isDragging }),
    [onBind, listeners, attributes, isDragging],
  );
  useLayoutEffect(() => () => onBind(null), [onBind]);
  return null;
}

interface NoteSlotProps {
  noteId: string;
  canvasId: string;
  block: BlockId;
  /** Where the drop indicator shows, relative to this note, while a drag aims here. */
  dropEdge?: 'before' | 'after';
}

export const NoteSlot = memo(function NoteSlot({
  noteId,
  canvasId,
  block,
  dropEdge,
}: NoteSlotProps) {
  const editing = useIsEditing(noteId);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [binding, setBinding] = useState<DragBinding | null>(null);
  const slotRef = useRef<HTMLLIElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const dragging = binding?.isDragging ?? false;
  const armed = hovered || focused || dragging;
  const onBind = useCallback((b: DragBinding | null) => setBinding(b), []);

  return (
    <li
      ref={slotRef}
      className="note-slot"
      data-note-id={noteId}
      data-dragging={dragging || undefined}
      data-drop={dropEdge}
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
      {armed && (
        <DragHandle
          noteId={noteId}
          block={block}
          disabled={editing}
          slotRef={slotRef}
          bodyRef={bodyRef}
          onBind={onBind}
        />
      )}
      <NoteCard
        noteId={noteId}
        canvasId={canvasId}
        editing={editing}
        dragging={dragging}
        showTools={armed && !dragging}
        bodyRef={bodyRef}
        listeners={binding?.listeners}
        attributes={binding?.attributes}
      />
    </li>
  );
});

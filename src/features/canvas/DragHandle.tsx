// Registers a note with dnd-kit only while it is armed (see NoteCard), and hands it the listeners.
import {
  useDraggable,
  type DraggableAttributes,
  type DraggableSyntheticListeners,
} from '@dnd-kit/core';
import { useLayoutEffect, type RefObject } from 'react';
import type { BlockId } from '../../domain/blocks';

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

export function DragHandle({ noteId, block, disabled, slotRef, bodyRef, onBind }: DragHandleProps) {
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

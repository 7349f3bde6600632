// Registers one armed note with dnd-kit (see drag-registry), and hands it the listeners.
import { useDraggable } from '@dnd-kit/core';
import { useLayoutEffect } from 'react';
import type { ArmedNote } from './drag-registry';

export function DragHandle({ noteId, block, disabled, slotRef, bodyRef, onBind }: ArmedNote) {
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

// The notes that can be picked up right now, for the drag layer to register with dnd-kit.
//
// dnd-kit loads after the canvas is first painted (see DragLayer), so a note cannot call its hooks
// itself: an armed note (pointer over it, focus in it, or being dragged) puts itself here, and the
// drag layer mounts one DragHandle for each. The handle hands the note its listeners back.
import type { DraggableAttributes, DraggableSyntheticListeners } from '@dnd-kit/core';
import type { RefObject } from 'react';
import { create } from 'zustand';
import type { BlockId } from '../../domain/blocks';

export interface DragBinding {
  listeners: DraggableSyntheticListeners;
  attributes: DraggableAttributes;
  isDragging: boolean;
}

export interface ArmedNote {
  canvasId: string;
  noteId: string;
  block: BlockId;
  /** While the note is being edited it cannot be picked up. */
  disabled: boolean;
  /** The note's list item: what dnd-kit measures. */
  slotRef: RefObject<HTMLLIElement | null>;
  /** The note's focusable body: where the listeners go, and where focus returns after a drag. */
  bodyRef: RefObject<HTMLDivElement | null>;
  onBind: (binding: DragBinding | null) => void;
}

export const useArmedNotes = create<{ armed: Readonly<Record<string, ArmedNote>> }>()(() => ({
  armed: {},
}));

/** Arms a note until the returned function is called (a newer arming of the same note wins). */
export function armNote(entry: ArmedNote): () => void {
  useArmedNotes.setState((s) => ({ armed: { ...s.armed, [entry.noteId]: entry } }));
  return () =>
    useArmedNotes.setState((s) => {
      if (s.armed[entry.noteId] !== entry) return s;
      const armed = { ...s.armed };
      delete armed[entry.noteId];
      return { armed };
    });
}

// dnd-kit's part of the canvas: the drag context, the nine blocks as drop zones, the armed notes,
// and the overlay that follows the pointer. Loaded just after the canvas is first painted (see
// CanvasBoard): the canvas shows sooner, and is ready to drag long before a hand gets there.
//
// Where a drop lands, what is announced and what the store does are decided in drag.ts and
// CanvasBoard; this file only connects them to dnd-kit.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { BLOCK_IDS, type BlockId } from '../../domain/blocks';
import { useNinefold } from '../../store/index';
import {
  blockDroppableId,
  createAnnouncements,
  createKeyboardCoordinates,
  type DragTracker,
} from './drag';
import { SCREEN_READER_INSTRUCTIONS } from './note-markup';
import { useArmedNotes } from './drag-registry';
import { DragHandle } from './DragHandle';
import { NoteFace } from './NoteFace';

/** Only blocks are droppables: the block under the pointer, else the one the note overlaps most. */
const collisionDetection: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits.slice(0, 1) : rectIntersection(args).slice(0, 1);
};

export interface DragLayerProps {
  canvasId: string;
  board: RefObject<HTMLDivElement | null>;
  tracker: DragTracker;
  /** The note being dragged, shown in the overlay. */
  activeId: string | null;
  onDragStart: (event: DragStartEvent) => void;
  onDragMove: (event: DragMoveEvent) => void;
  onDragEnd: (event: DragEndEvent) => void;
  onDragCancel: () => void;
}

export default function DragLayer({
  canvasId,
  board,
  tracker,
  activeId,
  onDragStart,
  onDragMove,
  onDragEnd,
  onDragCancel,
}: DragLayerProps) {
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: createKeyboardCoordinates(tracker),
      // Enter is kept for editing; Space picks up and drops.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );
  const [accessibility] = useState(() => ({
    announcements: createAnnouncements(
      tracker,
      (id) => useNinefold.getState().notes[id]?.text ?? '',
    ),
    screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS },
  }));
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      {BLOCK_IDS.map((block) => (
        <BlockDropZone key={block} block={block} board={board} />
      ))}
      <ArmedNotes canvasId={canvasId} />
      {createPortal(
        <DragOverlay dropAnimation={null}>
          {activeId ? <NoteFace noteId={activeId} overlay /> : null}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

/** A block's list of notes, registered as the place to drop into that block. */
function BlockDropZone({ block, board }: { block: BlockId; board: RefObject<HTMLElement | null> }) {
  const { setNodeRef } = useDroppable({
    id: blockDroppableId(block),
    data: { type: 'block', block },
  });
  useLayoutEffect(() => {
    setNodeRef(board.current?.querySelector<HTMLElement>(`[data-drop-zone="${block}"]`) ?? null);
  });
  return null;
}

/** One DragHandle per armed note: the only notes dnd-kit knows about at any moment. */
function ArmedNotes({ canvasId }: { canvasId: string }) {
  const armed = useArmedNotes((s) => s.armed);
  return Object.values(armed)
    .filter((note) => note.canvasId === canvasId)
    .map((note) => <DragHandle key={note.noteId} {...note} />);
}

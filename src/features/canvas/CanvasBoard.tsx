// The nine blocks in the standard layout, and the drag-and-drop of notes between them.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { BLOCK_IDS } from '../../domain/blocks';
import { useNinefold } from '../../store/index';
import { useActions } from '../../store/selectors';
import { BlockPanel } from './BlockPanel';
import {
  blockOfDroppable,
  collisionDetection,
  createAnnouncements,
  createKeyboardCoordinates,
  DragTracker,
  finalIndex,
  isNoMove,
  pointerTarget,
  SCREEN_READER_INSTRUCTIONS,
  type DragItems,
  type DropTarget,
} from './drag';
import { NOTE_INSTRUCTIONS_ID } from './NoteCard';
import { NoteFace } from './NoteFace';
import { SegmentLegend } from './NoteSegments';
import { noteBody } from './note-focus';

function snapshotItems(canvasId: string): DragItems {
  const index = useNinefold.getState().blockIndex[canvasId] ?? {};
  const items = {} as DragItems;
  for (const block of BLOCK_IDS) items[block] = [...(index[block] ?? [])];
  return items;
}

export function CanvasBoard({ canvasId }: { canvasId: string }) {
  const actions = useActions();
  const [tracker] = useState(() => new DragTracker());
  // Only the target block re-renders as the aim changes; the store changes once, on drop.
  const [target, setTarget] = useState<DropTarget | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const boardRef = useRef<HTMLDivElement>(null);

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

  // Re-render only when the aim actually changed (a drag reports every pointer move).
  const showTarget = () =>
    setTarget((shown) => {
      const aim = tracker.target;
      if (shown?.block === aim?.block && shown?.insertion === aim?.insertion) return shown;
      return aim && { ...aim };
    });

  const onDragStart = ({ active }: DragStartEvent) => {
    tracker.start(snapshotItems(canvasId), String(active.id), boardRef.current);
    setActiveId(String(active.id));
    showTarget();
  };

  const onDragMove = ({ active, over, activatorEvent }: DragMoveEvent) => {
    // Keyboard drags aim through the coordinate getter; pointer drags aim at what they are over.
    const block = over ? blockOfDroppable(over.id) : null;
    if (!(activatorEvent instanceof KeyboardEvent) && tracker.items && block) {
      tracker.aim(
        pointerTarget(tracker.items, block, active.rect.current.translated, tracker.rectOf),
      );
    }
    showTarget();
  };

  const finish = () => {
    setActiveId(null);
    setTarget(null);
  };

  const onDragEnd = ({ active, activatorEvent }: DragEndEvent) => {
    const { items, target: aim } = tracker;
    const id = String(active.id);
    if (items && aim && !isNoMove(items, id, aim)) {
      actions.moveNote(id, aim.block, finalIndex(items, id, aim));
      // A note that changed blocks is a new element: keyboard users keep their place on it.
      if (activatorEvent instanceof KeyboardEvent) {
        requestAnimationFrame(() => noteBody(boardRef.current, id)?.focus());
      }
    }
    finish();
  };

  const showIndicator =
    activeId !== null &&
    target !== null &&
    tracker.items !== null &&
    !isNoMove(tracker.items, activeId, target);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragOver={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      <SegmentLegend canvasId={canvasId} />
      <p id={NOTE_INSTRUCTIONS_ID} hidden>
        {SCREEN_READER_INSTRUCTIONS}
      </p>
      <div ref={boardRef} className="board" data-drag-state={activeId ? 'dragging' : 'idle'}>
        {BLOCK_IDS.map((block) => (
          <BlockPanel
            key={block}
            canvasId={canvasId}
            block={block}
            dropInsertion={target?.block === block && showIndicator ? target.insertion : undefined}
          />
        ))}
      </div>
      {createPortal(
        <DragOverlay dropAnimation={null}>
          {activeId ? <NoteFace noteId={activeId} overlay /> : null}
        </DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

// The nine blocks in the standard layout, and the drag-and-drop of notes between them.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { arrayMove } from '@dnd-kit/sortable';
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { BLOCK_IDS, type BlockId } from '../../domain/blocks';
import { useNinefold } from '../../store/index';
import { useActions } from '../../store/selectors';
import { BlockPanel } from './BlockPanel';
import {
  createAnnouncements,
  createCollisionDetection,
  DragTracker,
  findBlock,
  keyboardCoordinates,
  SCREEN_READER_INSTRUCTIONS,
  type DragItems,
} from './drag';
import { NoteFace } from './NoteFace';

function snapshotItems(canvasId: string): DragItems {
  const index = useNinefold.getState().blockIndex[canvasId] ?? {};
  const items = {} as DragItems;
  for (const block of BLOCK_IDS) items[block] = [...(index[block] ?? [])];
  return items;
}

export function CanvasBoard({ canvasId }: { canvasId: string }) {
  const actions = useActions();
  // The in-flight drag lives here; the store changes once, on drop.
  const [dragItems, setDragItems] = useState<DragItems | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [tracker] = useState(() => new DragTracker());

  const updateItems = (next: DragItems) => {
    tracker.show(next);
    setDragItems(next);
  };

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 5 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: keyboardCoordinates,
      // Enter is kept for editing; Space picks up and drops.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const [collisionDetection] = useState(() => createCollisionDetection(tracker));
  const [accessibility] = useState(() => ({
    announcements: createAnnouncements(
      tracker,
      (id) => useNinefold.getState().notes[id]?.text ?? '',
    ),
    screenReaderInstructions: { draggable: SCREEN_READER_INSTRUCTIONS },
  }));

  const onDragStart = ({ active }: DragStartEvent) => {
    tracker.start();
    updateItems(snapshotItems(canvasId));
    setActiveId(String(active.id));
  };

  const onDragOver = ({ active, over }: DragOverEvent) => {
    const items = tracker.items;
    if (!items || !over) return;
    const from = findBlock(items, active.id);
    const to = findBlock(items, over.id);
    if (!from || !to || from === to) return;
    const id = String(active.id);
    const overIndex = items[to].indexOf(String(over.id));
    const below =
      active.rect.current.translated &&
      active.rect.current.translated.top > over.rect.top + over.rect.height / 2;
    const index = overIndex >= 0 ? overIndex + (below ? 1 : 0) : items[to].length;
    updateItems({
      ...items,
      [from]: items[from].filter((x) => x !== id),
      [to]: [...items[to].slice(0, index), id, ...items[to].slice(index)],
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const items = tracker.items;
    const id = String(active.id);
    const block = items ? findBlock(items, id) : null;
    if (items && block) {
      let list = items[block];
      if (over && findBlock(items, over.id) === block) {
        const overIndex = list.indexOf(String(over.id));
        if (overIndex >= 0) list = arrayMove(list, list.indexOf(id), overIndex);
      }
      tracker.show({ ...items, [block]: list });
      actions.moveNote(id, block, list.indexOf(id));
    }
    setDragItems(null);
    setActiveId(null);
  };

  const onDragCancel = () => {
    // The store never saw the drag: dropping the local copy restores the original place.
    tracker.show(snapshotItems(canvasId));
    setDragItems(null);
    setActiveId(null);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="board" data-drag-state={activeId ? 'dragging' : 'idle'}>
        {BLOCK_IDS.map((block: BlockId) => (
          <BlockPanel key={block} canvasId={canvasId} block={block} dragIds={dragItems?.[block]} />
        ))}
      </div>
      {createPortal(
        <DragOverlay>{activeId ? <NoteFace noteId={activeId} overlay /> : null}</DragOverlay>,
        document.body,
      )}
    </DndContext>
  );
}

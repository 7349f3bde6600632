// An ordered list whose items move by drag and drop with the mouse, touch or keyboard (Space to
// pick up, arrow keys, Space to drop), announced for screen readers: ranked jobs, pains and gains
// ("rank"), and the playbook's onboarding steps ("step").
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';

/** How positions are spoken: "rank 2 of 5" (most important first) or "step 2 of 5". */
export type Position = 'rank' | 'step';

const WORDS: Record<Position, { verb: string; cancelled: string; instructions: string }> = {
  rank: {
    verb: 'rank',
    cancelled: 'Ranking cancelled.',
    instructions:
      'To rank this item, press Space, then the up and down arrow keys. Press Space to drop it, or Escape to cancel.',
  },
  step: {
    verb: 'move',
    cancelled: 'Move cancelled.',
    instructions:
      'To move this step, press Space, then the up and down arrow keys. Press Space to drop it, or Escape to cancel.',
  },
};

interface SortableListProps<T extends { id: string }> {
  items: readonly T[];
  /** What a position is called; "step" when not given. */
  position?: Position;
  labelledBy: string;
  /** How an item is named in announcements and on its handle. */
  nameOf: (item: T) => string;
  onMove: (id: string, toIndex: number) => void;
  children: (item: T, position: number) => ReactNode;
}

function Row({
  id,
  position,
  word,
  name,
  children,
}: {
  id: string;
  position: number;
  word: Position;
  name: string;
  children: ReactNode;
}) {
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id,
  });
  return (
    <li
      ref={setNodeRef}
      className="profile-item"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        className="icon-button profile-item__handle"
        aria-label={`${word === 'rank' ? 'Rank' : 'Step'} ${position}: move ${name}`}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
        <span className="profile-item__rank" aria-hidden="true">
          {position}
        </span>
      </button>
      {children}
    </li>
  );
}

export function SortableList<T extends { id: string }>({
  items,
  position: word = 'step',
  labelledBy,
  nameOf,
  onMove,
  children,
}: SortableListProps<T>) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const find = (id: string | number) => items.find((i) => i.id === id);
  const name = (id: string | number) => {
    const item = find(id);
    return item ? nameOf(item) : '';
  };
  const position = (id: string | number | undefined) => items.findIndex((i) => i.id === id) + 1;
  const words = WORDS[word];
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${name(active.id)}, ${word} ${position(active.id)} of ${items.length}. Use the up and down arrow keys to ${words.verb} it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${name(active.id)} would be ${word} ${position(over.id)} of ${items.length}.` : '',
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} is now ${word} ${position(over.id)} of ${items.length}.`
        : `${name(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `${words.cancelled} ${name(active.id)} is back where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(String(active.id), position(over.id) - 1);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: words.instructions },
      }}
    >
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <ol className="profile-items" aria-labelledby={labelledBy}>
          {items.map((item, i) => (
            <Row key={item.id} id={item.id} position={i + 1} word={word} name={nameOf(item)}>
              {children(item, i + 1)}
            </Row>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

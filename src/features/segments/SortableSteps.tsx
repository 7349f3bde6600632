// An ordered list whose items move by drag and drop with the mouse, touch or keyboard (Space to
// pick up, arrow keys, Space to drop), announced for screen readers. The playbook's onboarding
// steps use it.
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

interface SortableStepsProps<T extends { id: string }> {
  items: readonly T[];
  labelledBy: string;
  /** How an item is named in announcements and on its handle. */
  nameOf: (item: T) => string;
  onMove: (id: string, toIndex: number) => void;
  children: (item: T, position: number) => ReactNode;
}

function Row({
  id,
  position,
  name,
  children,
}: {
  id: string;
  position: number;
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
        aria-label={`Step ${position}: move ${name}`}
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

export function SortableSteps<T extends { id: string }>({
  items,
  labelledBy,
  nameOf,
  onMove,
  children,
}: SortableStepsProps<T>) {
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
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${name(active.id)}, step ${position(active.id)} of ${items.length}. Use the up and down arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${name(active.id)} would be step ${position(over.id)} of ${items.length}.` : '',
    onDragEnd: ({ active, over }) =>
      over
        ? `${name(active.id)} is now step ${position(over.id)} of ${items.length}.`
        : `${name(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Move cancelled. ${name(active.id)} is back where it was.`,
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
        screenReaderInstructions: {
          draggable:
            'To move this step, press Space, then the up and down arrow keys. Press Space to drop it, or Escape to cancel.',
        },
      }}
    >
      <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
        <ol className="profile-items" aria-labelledby={labelledBy}>
          {items.map((item, i) => (
            <Row key={item.id} id={item.id} position={i + 1} name={nameOf(item)}>
              {children(item, i + 1)}
            </Row>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

// Drag-and-drop strategy for notes across the nine blocks: collisions, keyboard moves, announcements.
import {
  closestCenter,
  closestCorners,
  getFirstCollision,
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type DroppableContainer,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { BLOCK_IDS, BLOCKS, type BlockId } from '../../domain/blocks';

export type DragItems = Record<BlockId, string[]>;

/**
 * Book-keeping of the drag in flight, read by dnd-kit's callbacks between renders:
 * the notes of each block as shown (after the last move), and the last droppable hit.
 */
export class DragTracker {
  items: DragItems | null = null;
  lastOverId: UniqueIdentifier | null = null;

  start(): void {
    this.lastOverId = null;
  }

  /** The notes of each block as now shown; kept after a drop for the final announcement. */
  show(items: DragItems): void {
    this.items = items;
  }

  hit(id: UniqueIdentifier): void {
    this.lastOverId = id;
  }
}

const BLOCK_PREFIX = 'block:';
export const blockDroppableId = (block: BlockId) => `${BLOCK_PREFIX}${block}`;

export function blockOfDroppable(id: UniqueIdentifier): BlockId | null {
  const s = String(id);
  return s.startsWith(BLOCK_PREFIX) ? (s.slice(BLOCK_PREFIX.length) as BlockId) : null;
}

/** The block that holds `id`, which is either a note id or a block's droppable id. */
export function findBlock(items: DragItems, id: UniqueIdentifier): BlockId | null {
  const block = blockOfDroppable(id);
  if (block) return block;
  return BLOCK_IDS.find((b) => items[b].includes(String(id))) ?? null;
}

/**
 * Collisions, after dnd-kit's multiple-containers example:
 * - first whatever is under the pointer, else whatever the dragged rectangle overlaps
 *   (keyboard drags have no pointer);
 * - a block that already has notes resolves to its closest note, so the drop lands between notes;
 * - when nothing is hit (the layout is shifting after a note changed blocks), keep the last answer.
 */
export function createCollisionDetection(tracker: DragTracker): CollisionDetection {
  return (args) => {
    const items = tracker.items;
    const pointer = pointerWithin(args);
    const intersections = pointer.length > 0 ? pointer : rectIntersection(args);
    let overId = getFirstCollision(intersections, 'id');
    if (overId != null && items) {
      const block = blockOfDroppable(overId);
      const blockItems = block ? items[block] : null;
      if (blockItems && blockItems.length > 0) {
        overId =
          closestCenter({
            ...args,
            droppableContainers: args.droppableContainers.filter((c) =>
              blockItems.includes(String(c.id)),
            ),
          })[0]?.id ?? overId;
      }
      tracker.hit(overId);
      return [{ id: overId }];
    }
    return tracker.lastOverId != null ? [{ id: tracker.lastOverId }] : [];
  };
}

const DIRECTIONS: string[] = [
  KeyboardCode.Down,
  KeyboardCode.Right,
  KeyboardCode.Up,
  KeyboardCode.Left,
];

/**
 * Arrow keys move a picked-up note to the nearest note (or empty block) in that direction,
 * across block borders too. Blocks that have notes are skipped as targets: their notes are finer.
 * Like spatial navigation, targets in line with the note (same row for ←/→, same column for ↑/↓)
 * come first, so → from Cost Structure reaches Revenue Streams, not a block above it.
 */
export const keyboardCoordinates: KeyboardCoordinateGetter = (
  event,
  { context: { active, droppableRects, droppableContainers, collisionRect } },
) => {
  if (!DIRECTIONS.includes(event.code)) return undefined;
  event.preventDefault();
  if (!active || !collisionRect) return undefined;

  const candidates: DroppableContainer[] = [];
  for (const entry of droppableContainers.getEnabled()) {
    if (entry.id === active.id) continue;
    const rect = droppableRects.get(entry.id);
    if (!rect) continue;
    const data = entry.data.current as { type?: string; count?: number } | undefined;
    if (data?.type === 'block' && (data.count ?? 0) > 0) continue;
    const isCandidate =
      event.code === KeyboardCode.Down
        ? collisionRect.top < rect.top
        : event.code === KeyboardCode.Up
          ? collisionRect.top > rect.top
          : event.code === KeyboardCode.Left
            ? collisionRect.left >= rect.left + rect.width
            : collisionRect.left + collisionRect.width <= rect.left;
    if (isCandidate) candidates.push(entry);
  }
  const horizontal = event.code === KeyboardCode.Left || event.code === KeyboardCode.Right;
  const inLine = candidates.filter((entry) => {
    const rect = droppableRects.get(entry.id)!;
    return horizontal
      ? rect.top < collisionRect.top + collisionRect.height &&
          collisionRect.top < rect.top + rect.height
      : rect.left < collisionRect.left + collisionRect.width &&
          collisionRect.left < rect.left + rect.width;
  });

  const closestId = getFirstCollision(
    closestCorners({
      active,
      collisionRect,
      droppableRects,
      droppableContainers: inLine.length > 0 ? inLine : candidates,
      pointerCoordinates: null,
    }),
    'id',
  );
  if (closestId == null) return undefined;
  const target = droppableContainers.get(closestId);
  const rect = target?.rect.current;
  if (!target || !rect) return undefined;
  const data = target.data.current as { type?: string } | undefined;
  if (data?.type === 'block') return { x: rect.left + 12, y: rect.top + 12 };
  return { x: rect.left, y: rect.top };
};

function quote(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t === '') return 'empty note';
  return `note “${t.length > 60 ? `${t.slice(0, 57)}…` : t}”`;
}

/** Screen-reader announcements that name blocks and positions instead of internal ids. */
export function createAnnouncements(
  tracker: DragTracker,
  getText: (noteId: string) => string,
): Announcements {
  const where = (noteId: string) => {
    const items = tracker.items;
    const block = items ? findBlock(items, noteId) : null;
    if (!items || !block) return '';
    const list = items[block];
    return `${BLOCKS[block].title}, position ${list.indexOf(noteId) + 1} of ${list.length}`;
  };
  return {
    onDragStart: ({ active }) =>
      `Picked up ${quote(getText(String(active.id)))} in ${where(String(active.id))}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${quote(getText(String(active.id)))} is now in ${where(String(active.id))}.`
        : undefined,
    onDragEnd: ({ active }) =>
      `Dropped ${quote(getText(String(active.id)))} in ${where(String(active.id))}.`,
    onDragCancel: ({ active }) =>
      `Move cancelled. ${quote(getText(String(active.id)))} is back where it was.`,
  };
}

export const SCREEN_READER_INSTRUCTIONS =
  'To edit this note, press Enter. To move it, press Space, then use the arrow keys to move it within its block or to another block, Space to drop it, or Escape to cancel. Press Delete to delete it.';

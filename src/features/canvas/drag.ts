// Drag-and-drop of notes across the nine blocks: where a drop would land, by pointer or keyboard.
//
// Why not @dnd-kit/sortable: every sortable item subscribes to the drag context and re-renders on
// every pointer move (dnd-kit issues #994, #1379, #1460), which caps a 1,000-note canvas at about
// 10 fps. Here notes are plain draggables (which re-render only when the hovered droppable
// changes) and only the nine blocks are droppables: dnd-kit measures each droppable with a walk
// of its scrollable ancestors, which for 1,000 notes cost a fifth of a second at drag start.
// Note positions are read once, when the drag starts (nothing moves during a drag), and a drop
// indicator shows where the note will land. The store changes once, on drop.
//
// Only types come from dnd-kit here: dnd-kit itself loads after the first paint (DragLayer.tsx).
import type {
  Announcements,
  ClientRect,
  KeyboardCoordinateGetter,
  UniqueIdentifier,
} from '@dnd-kit/core';
import { BLOCK_IDS, BLOCKS, type BlockId } from '../../domain/blocks';

/** Note ids of each block, in order, as they were when the drag started. */
export type DragItems = Record<BlockId, string[]>;

/** Where the dragged note would land: before the note at `insertion` in the block as shown. */
export interface DropTarget {
  block: BlockId;
  /** 0 … length of the block's list as displayed (the dragged note still shown in place). */
  insertion: number;
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

/** The index the note ends at in its target block once the dragged note leaves its old place. */
export function finalIndex(items: DragItems, activeId: string, target: DropTarget): number {
  const from = items[target.block].indexOf(activeId);
  return from >= 0 && from < target.insertion ? target.insertion - 1 : target.insertion;
}

/** True when dropping at `target` would leave the note where it already is. */
export function isNoMove(items: DragItems, activeId: string, target: DropTarget): boolean {
  const from = items[target.block].indexOf(activeId);
  return from >= 0 && (target.insertion === from || target.insertion === from + 1);
}

function plainRect(el: Element): ClientRect {
  const r = el.getBoundingClientRect();
  return {
    top: r.top,
    left: r.left,
    width: r.width,
    height: r.height,
    bottom: r.bottom,
    right: r.right,
  };
}

const centre = (r: ClientRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

/**
 * Pointer drags: within the block under the pointer, the note under the dragged note's centre (or
 * the nearest one) decides: the drop goes before it when the centre is nearer its top or left
 * edge, after it when nearer its bottom or right edge. An empty block takes the note at its start.
 */
export function pointerTarget(
  items: DragItems,
  block: BlockId,
  activeRect: ClientRect | null,
  rectOf: (noteId: string) => ClientRect | undefined,
): DropTarget {
  const list = items[block];
  if (list.length === 0 || !activeRect) return { block, insertion: list.length };
  const a = centre(activeRect);
  let best = -1;
  let bestDistance = Infinity;
  list.forEach((id, i) => {
    const r = rectOf(id);
    if (!r) return;
    const inside =
      a.x >= r.left && a.x <= r.left + r.width && a.y >= r.top && a.y <= r.top + r.height;
    const c = centre(r);
    const distance = inside ? -1 : Math.hypot(a.x - c.x, a.y - c.y);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  });
  const overRect = best >= 0 ? rectOf(list[best]!) : undefined;
  if (!overRect) return { block, insertion: list.length };
  const o = centre(overRect);
  // Whichever edge the dragged note's centre is nearer to, in proportion to the note's size.
  const dx = (a.x - o.x) / (overRect.width / 2 || 1);
  const dy = (a.y - o.y) / (overRect.height / 2 || 1);
  const after = Math.abs(dy) >= Math.abs(dx) ? dy > 0 : dx > 0;
  return { block, insertion: best + (after ? 1 : 0) };
}

function moved(r: ClientRect | undefined, { dx, dy }: { dx: number; dy: number }) {
  if (!r) return undefined;
  return { ...r, top: r.top + dy, bottom: r.bottom + dy, left: r.left + dx, right: r.right + dx };
}

/** The drag in flight, read by dnd-kit's callbacks between renders. */
export class DragTracker {
  items: DragItems | null = null;
  activeId: string | null = null;
  target: DropTarget | null = null;
  private rects = new Map<string, ClientRect>();
  /** The blocks whose notes have been measured in this drag. */
  private measured = new Set<BlockId>();
  private board: HTMLElement | null = null;
  private blockRects = new Map<BlockId, ClientRect>();
  private scrollAtStart = { x: 0, y: 0 };
  /** The element that scrolls the board sideways beside a segment panel (CanvasBoard's). */
  private scroller: HTMLElement | null = null;

  /** How far the window and the board's own scroller have scrolled, together. */
  private scrollNow(): { x: number; y: number } {
    return {
      x: window.scrollX + (this.scroller?.scrollLeft ?? 0),
      y: window.scrollY + (this.scroller?.scrollTop ?? 0),
    };
  }

  start(items: DragItems, activeId: string, board: HTMLElement | null): void {
    this.items = items;
    this.activeId = activeId;
    // The blocks' places now, before any key or pointer move can ask (dnd-kit measures its
    // droppables only after the drag has started); the notes' places block by block, when the
    // drag first needs them (a read of all 1,000 notes was a fifth of the drag's first frame).
    this.rects.clear();
    this.measured.clear();
    this.blockRects.clear();
    this.board = board;
    this.scroller = board?.closest<HTMLElement>('.board-scroller') ?? null;
    this.scrollAtStart = this.scrollNow();
    board?.querySelectorAll<HTMLElement>('[data-block]').forEach((el) => {
      this.blockRects.set(el.dataset.block as BlockId, plainRect(el));
    });
    const block = findBlock(items, activeId);
    this.target = block ? { block, insertion: items[block].indexOf(activeId) } : null;
  }

  /** A note's rectangle now, in viewport coordinates. */
  rectOf = (noteId: string): ClientRect | undefined => this.noteRects()(noteId);

  /**
   * Notes' rectangles now, in viewport coordinates, for many notes at once: the scroll is read
   * once, not per note (a pointer move asks for every note in the block under it).
   */
  noteRects(): (noteId: string) => ClientRect | undefined {
    const shift = this.shift();
    return (noteId) => {
      if (!this.rects.has(noteId)) this.measureBlockOf(noteId);
      return moved(this.rects.get(noteId), shift);
    };
  }

  blockRectOf = (block: BlockId): ClientRect | undefined =>
    moved(this.blockRects.get(block), this.shift());

  /** Reads the places of every note in the note's block, kept as they were at the drag's start. */
  private measureBlockOf(noteId: string) {
    const block = this.items ? findBlock(this.items, noteId) : null;
    if (!block || this.measured.has(block)) return;
    this.measured.add(block);
    const el = this.board?.querySelector(`[data-block="${block}"]`);
    if (!el) return;
    // Scrolled since the start: back to where they were then, as every rectangle here is kept.
    const { dx, dy } = this.shift();
    el.querySelectorAll<HTMLElement>('[data-note-id]').forEach((note) => {
      this.rects.set(note.dataset.noteId!, moved(plainRect(note), { dx: -dx, dy: -dy })!);
    });
  }

  /** How far the places kept (as at the drag's start) have moved on screen since. */
  private shift(): { dx: number; dy: number } {
    const now = this.scrollNow();
    return { dx: this.scrollAtStart.x - now.x, dy: this.scrollAtStart.y - now.y };
  }

  aim(target: DropTarget | null): void {
    this.target = target;
  }

  /** "Channels, position 2 of 4": where the note would end up, as a person counts. */
  place(): string {
    const { items, activeId, target } = this;
    if (!items || !activeId || !target) return '';
    const list = items[target.block];
    const count = list.length + (list.includes(activeId) ? 0 : 1);
    return `${BLOCKS[target.block].title}, position ${finalIndex(items, activeId, target) + 1} of ${count}`;
  }
}

type Direction = 'up' | 'down' | 'left' | 'right';
const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The nearest block in a direction on screen, preferring blocks in line (same row or column). */
function neighbourBlock(
  from: BlockId,
  direction: Direction,
  rectOf: (block: BlockId) => ClientRect | undefined,
): BlockId | null {
  const origin = rectOf(from);
  if (!origin) return null;
  const c = centre(origin);
  const scored: { block: BlockId; inLine: boolean; distance: number }[] = [];
  for (const block of BLOCK_IDS) {
    const r = rectOf(block);
    if (block === from || !r) continue;
    const ahead =
      direction === 'up'
        ? r.top + r.height <= origin.top + 1
        : direction === 'down'
          ? r.top >= origin.top + origin.height - 1
          : direction === 'left'
            ? r.left + r.width <= origin.left + 1
            : r.left >= origin.left + origin.width - 1;
    if (!ahead) continue;
    const horizontal = direction === 'left' || direction === 'right';
    const inLine = horizontal
      ? r.top < origin.top + origin.height && origin.top < r.top + r.height
      : r.left < origin.left + origin.width && origin.left < r.left + r.width;
    const rc = centre(r);
    scored.push({ block, inLine, distance: Math.hypot(rc.x - c.x, rc.y - c.y) });
  }
  scored.sort((a, b) => Number(b.inLine) - Number(a.inLine) || a.distance - b.distance);
  return scored[0]?.block ?? null;
}

/** The next keyboard drop target: ↑/↓ step through a block's notes, ←/→ (and the ends) change block. */
export function nextKeyboardTarget(
  items: DragItems,
  activeId: string,
  current: DropTarget,
  direction: Direction,
  rectOf: (block: BlockId) => ClientRect | undefined,
): DropTarget {
  const list = items[current.block];
  const from = list.indexOf(activeId);
  // Slots that would actually move the note; the two around its own place are one and the same.
  const step = (insertion: number, by: number) => {
    let next = insertion + by;
    if (
      from >= 0 &&
      (next === from || next === from + 1) &&
      (insertion === from || insertion === from + 1)
    )
      next += by;
    return next;
  };
  if (direction === 'up' || direction === 'down') {
    const next = step(current.insertion, direction === 'up' ? -1 : 1);
    if (next >= 0 && next <= list.length) return { block: current.block, insertion: next };
  }
  const block = neighbourBlock(current.block, direction, rectOf);
  if (!block) return current;
  const target = items[block];
  if (direction === 'down') return { block, insertion: 0 };
  if (direction === 'up') return { block, insertion: target.length };
  return { block, insertion: Math.min(current.insertion, target.length) };
}

/**
 * Keyboard moves: the tracker decides the target; the dragged note's overlay is moved to the
 * target's place so sighted keyboard users see it travel.
 */
export function createKeyboardCoordinates(tracker: DragTracker): KeyboardCoordinateGetter {
  return (event, { context: { collisionRect } }) => {
    const direction = KEY_DIRECTIONS[event.code];
    if (!direction) return undefined;
    event.preventDefault();
    const { items, activeId, target } = tracker;
    if (!items || !activeId || !target || !collisionRect) return undefined;
    const next = nextKeyboardTarget(items, activeId, target, direction, tracker.blockRectOf);
    tracker.aim(next);
    const list = items[next.block];
    const anchor = list[next.insertion] ?? list[list.length - 1];
    const rect = anchor ? tracker.rectOf(anchor) : undefined;
    const blockRect = tracker.blockRectOf(next.block);
    if (rect) {
      const y =
        next.insertion < list.length
          ? rect.top - 6
          : rect.top + rect.height - collisionRect.height / 2;
      return { x: rect.left + 6, y };
    }
    if (blockRect) return { x: blockRect.left + 8, y: blockRect.top + 8 };
    return undefined;
  };
}

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
  // dnd-kit reports every move: announce only when the place a person would hear about changes.
  let lastPlace = '';
  const moved = (id: UniqueIdentifier) => {
    const place = tracker.place();
    if (place === lastPlace) return undefined;
    lastPlace = place;
    return place
      ? `${quote(getText(String(id)))} is now at ${place}.`
      : `${quote(getText(String(id)))} is outside the canvas: dropped here, it goes back where it was.`;
  };
  return {
    onDragStart: ({ active }) => {
      lastPlace = tracker.place();
      return `Picked up ${quote(getText(String(active.id)))} in ${lastPlace}. Use the arrow keys to move it, Space to drop it, Escape to cancel.`;
    },
    onDragMove: ({ active }) => moved(active.id),
    onDragOver: ({ active }) => moved(active.id),
    onDragEnd: ({ active }) =>
      lastPlace
        ? `Dropped ${quote(getText(String(active.id)))} at ${lastPlace}.`
        : `${quote(getText(String(active.id)))} was dropped outside the canvas: it is back where it was.`,
    onDragCancel: ({ active }) =>
      `Move cancelled. The ${quote(getText(String(active.id)))} is back where it was.`,
  };
}

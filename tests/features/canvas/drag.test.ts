// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ClientRect } from '@dnd-kit/core';
import { BLOCK_IDS, type BlockId } from '../../../src/domain/blocks';
import {
  finalIndex,
  isNoMove,
  nextKeyboardTarget,
  pointerTarget,
  type DragItems,
} from '../../../src/features/canvas/drag';

function items(partial: Partial<DragItems>): DragItems {
  const all = {} as DragItems;
  for (const b of BLOCK_IDS) all[b] = partial[b] ?? [];
  return all;
}

const rect = (left: number, top: number, width = 100, height = 50): ClientRect => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

// A vertical list: a at y 0–50, b at 60–110, c at 120–170.
const noteRects: Record<string, ClientRect> = { a: rect(0, 0), b: rect(0, 60), c: rect(0, 120) };
const rectOf = (id: string) => noteRects[id];

// The standard layout in miniature: five columns over two rows, two wide blocks below.
const blockRects: Partial<Record<BlockId, ClientRect>> = {
  'key-partners': rect(0, 0, 100, 200),
  'key-activities': rect(100, 0, 100, 100),
  'key-resources': rect(100, 100, 100, 100),
  'value-propositions': rect(200, 0, 100, 200),
  'customer-relationships': rect(300, 0, 100, 100),
  channels: rect(300, 100, 100, 100),
  'customer-segments': rect(400, 0, 100, 200),
  'cost-structure': rect(0, 200, 250, 100),
  'revenue-streams': rect(250, 200, 250, 100),
};
const blockRectOf = (b: BlockId) => blockRects[b];

describe('where a drop lands', () => {
  const list = items({ channels: ['a', 'b', 'c'] });

  it('goes before a note when the dragged note’s centre is in its upper half, after it in its lower half', () => {
    expect(pointerTarget(list, 'channels', rect(0, 62, 100, 10), rectOf)).toEqual({
      block: 'channels',
      insertion: 1,
    });
    expect(pointerTarget(list, 'channels', rect(0, 95, 100, 10), rectOf)).toEqual({
      block: 'channels',
      insertion: 2,
    });
  });

  it('takes the nearest note when the centre is between notes, and the end below the last', () => {
    expect(pointerTarget(list, 'channels', rect(0, 300, 100, 10), rectOf)).toEqual({
      block: 'channels',
      insertion: 3,
    });
  });

  it('goes to the start of an empty block', () => {
    expect(pointerTarget(list, 'revenue-streams', rect(0, 0), rectOf)).toEqual({
      block: 'revenue-streams',
      insertion: 0,
    });
  });

  it('counts the final index without the dragged note, and knows a drop in place is no move', () => {
    expect(finalIndex(list, 'a', { block: 'channels', insertion: 3 })).toBe(2);
    expect(finalIndex(list, 'c', { block: 'channels', insertion: 0 })).toBe(0);
    expect(finalIndex(list, 'x', { block: 'channels', insertion: 1 })).toBe(1);
    expect(isNoMove(list, 'b', { block: 'channels', insertion: 1 })).toBe(true);
    expect(isNoMove(list, 'b', { block: 'channels', insertion: 2 })).toBe(true);
    expect(isNoMove(list, 'b', { block: 'channels', insertion: 3 })).toBe(false);
  });
});

describe('keyboard moves', () => {
  const list = items({ channels: ['a', 'b', 'c'], 'customer-segments': ['s'] });
  const step = (
    id: string,
    from: { block: BlockId; insertion: number },
    key: 'up' | 'down' | 'left' | 'right',
  ) => nextKeyboardTarget(list, id, from, key, blockRectOf);

  it('up and down step through the block, skipping the slots that would not move the note', () => {
    expect(step('b', { block: 'channels', insertion: 1 }, 'down')).toEqual({
      block: 'channels',
      insertion: 3,
    });
    expect(step('b', { block: 'channels', insertion: 1 }, 'up')).toEqual({
      block: 'channels',
      insertion: 0,
    });
    expect(step('a', { block: 'channels', insertion: 0 }, 'down')).toEqual({
      block: 'channels',
      insertion: 2,
    });
  });

  it('past the end of a block, goes to the block below, and past the start, to the block above', () => {
    expect(step('c', { block: 'channels', insertion: 3 }, 'down')).toEqual({
      block: 'revenue-streams',
      insertion: 0,
    });
    expect(step('a', { block: 'channels', insertion: 0 }, 'up')).toEqual({
      block: 'customer-relationships',
      insertion: 0,
    });
  });

  it('left and right go to the neighbouring block in the same row', () => {
    expect(step('a', { block: 'channels', insertion: 0 }, 'right')).toEqual({
      block: 'customer-segments',
      insertion: 0,
    });
    expect(step('a', { block: 'channels', insertion: 0 }, 'left')).toEqual({
      block: 'value-propositions',
      insertion: 0,
    });
    expect(step('x', { block: 'cost-structure', insertion: 0 }, 'right')).toEqual({
      block: 'revenue-streams',
      insertion: 0,
    });
  });

  it('stays put at the edge of the canvas', () => {
    expect(step('x', { block: 'key-partners', insertion: 0 }, 'left')).toEqual({
      block: 'key-partners',
      insertion: 0,
    });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  compareOrder,
  initialOrderKeys,
  orderKeyAt,
  orderKeysAtEnd,
  sortByOrder,
} from '../../src/domain/order';

interface Item {
  id: string;
  order: string;
}

const item = (id: string, order: string): Item => ({ id, order });

/** Items with ascending keys: i0, i1, … */
function items(count: number): Item[] {
  return initialOrderKeys(count).map((order, i) => item(`i${i}`, order));
}

const ids = (list: readonly Item[]) => list.map((x) => x.id);

/** A small seeded generator, so that a failing random run can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Inserts with orderKeyAt and checks the new item sorts exactly where it was put. */
function insertAt(list: Item[], id: string, index: number): Item[] {
  const inserted = item(id, orderKeyAt(list, index));
  const expected = [...list.slice(0, index), inserted, ...list.slice(index)];
  expect(ids(sortByOrder(expected))).toEqual(ids(expected));
  return expected;
}

describe('compareOrder', () => {
  it('compares keys by code unit, not by locale', () => {
    // In code units 'Z' (0x5a) < 'a' (0x61); localeCompare says the opposite.
    expect('aZ'.localeCompare('aa')).toBeGreaterThan(0);
    expect(compareOrder(item('x', 'aZ'), item('y', 'aa'))).toBeLessThan(0);
    expect(compareOrder(item('x', 'aa'), item('y', 'aZ'))).toBeGreaterThan(0);
    expect(
      ids(sortByOrder([item('lower', 'aa'), item('upper', 'aZ'), item('digit', 'a9')])),
    ).toEqual(['digit', 'upper', 'lower']);
  });

  it('breaks ties between equal keys by id, also by code unit', () => {
    expect(compareOrder(item('b', 'a0'), item('a', 'a0'))).toBeGreaterThan(0);
    expect(compareOrder(item('a', 'a0'), item('b', 'a0'))).toBeLessThan(0);
    expect(compareOrder(item('Z', 'a0'), item('a', 'a0'))).toBeLessThan(0);
    expect(compareOrder(item('a', 'a0'), item('a', 'a0'))).toBe(0);
  });

  it('lets the key win over the id', () => {
    expect(compareOrder(item('a', 'a1'), item('b', 'a0'))).toBeGreaterThan(0);
  });

  it('sorts a copy and leaves the input alone', () => {
    const input = [item('c', 'a2'), item('a', 'a0'), item('b', 'a1')];
    const before = [...input];
    expect(ids(sortByOrder(input))).toEqual(['a', 'b', 'c']);
    expect(input).toEqual(before);
  });
});

describe('orderKeyAt', () => {
  it('gives a key for an empty list', () => {
    expect(orderKeyAt([], 0)).toEqual(expect.any(String));
    expect(orderKeyAt([], 0).length).toBeGreaterThan(0);
  });

  it('places an item at the start, in the middle and at the end', () => {
    const list = items(3);
    const [first, second, third] = list.map((x) => x.order);

    const start = orderKeyAt(list, 0);
    expect(start < first!).toBe(true);

    const middle = orderKeyAt(list, 1);
    expect(first! < middle && middle < second!).toBe(true);

    const end = orderKeyAt(list, 3);
    expect(end > third!).toBe(true);

    insertAt(list, 'new', 0);
    insertAt(list, 'new', 1);
    insertAt(list, 'new', 2);
    insertAt(list, 'new', 3);
  });

  it('clamps an index outside the list to its ends', () => {
    const list = items(2);
    expect(orderKeyAt(list, -5) < list[0]!.order).toBe(true);
    expect(orderKeyAt(list, 99) > list[1]!.order).toBe(true);
  });

  describe('with ties (two tabs inserted at the same place)', () => {
    const tied = [item('a', 'a0'), item('b', 'a0'), item('c', 'a1')];

    it('does not throw, and puts the item before a tie when asked for the start', () => {
      const key = orderKeyAt(tied, 0);
      expect(key < 'a0').toBe(true);
    });

    it('steps past the tie, but stays below the next distinct key', () => {
      const key = orderKeyAt(tied, 1);
      expect(key > 'a0' && key < 'a1').toBe(true);
      const sorted = sortByOrder([...tied, item('new', key)]);
      expect(ids(sorted)).toEqual(['a', 'b', 'new', 'c']);
    });

    it('handles a tie right at the end of the list', () => {
      const allTied = [item('a', 'a0'), item('b', 'a0'), item('c', 'a0')];
      for (const index of [1, 2, 3]) {
        const key = orderKeyAt(allTied, index);
        expect(key > 'a0').toBe(true);
      }
    });

    it('places between distinct keys after a tie as usual', () => {
      const key = orderKeyAt(tied, 3);
      expect(key > 'a1').toBe(true);
    });
  });

  it('keeps 500 random inserts in exactly the order they were placed', () => {
    const next = random(20250106);
    let list: Item[] = [];
    for (let i = 0; i < 500; i++) {
      const index = Math.floor(next() * (list.length + 1));
      const key = orderKeyAt(list, index);
      list = [...list.slice(0, index), item(`n${i}`, key), ...list.slice(index)];
    }
    expect(ids(sortByOrder(list))).toEqual(ids(list));
    // Strictly ascending: no two inserts ever got the same key.
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.order < list[i]!.order).toBe(true);
    // Keys stay well inside the schema's 256-character limit.
    expect(Math.max(...list.map((x) => x.order.length))).toBeLessThanOrEqual(256);
  });

  it('keeps keys short when always inserting at the front or the back', () => {
    let front: Item[] = [];
    let back: Item[] = [];
    for (let i = 0; i < 300; i++) {
      front = [item(`f${i}`, orderKeyAt(front, 0)), ...front];
      back = [...back, item(`b${i}`, orderKeyAt(back, back.length))];
    }
    expect(ids(sortByOrder(front))).toEqual(ids(front));
    expect(ids(sortByOrder(back))).toEqual(ids(back));
    expect(Math.max(...front.map((x) => x.order.length))).toBeLessThan(10);
    expect(Math.max(...back.map((x) => x.order.length))).toBeLessThan(10);
  });

  it('stays consistent when random inserts start from tied keys', () => {
    const next = random(7);
    let list = sortByOrder([item('t1', 'a0'), item('t2', 'a0'), item('t3', 'a0'), item('u', 'a1')]);
    for (let i = 0; i < 200; i++) {
      const index = Math.floor(next() * (list.length + 1));
      // Inside a tie the item cannot go between the tied ones: it lands just after them.
      let expected = index;
      while (
        expected > 0 &&
        expected < list.length &&
        list[expected - 1]!.order === list[expected]!.order
      )
        expected++;
      const id = `n${i}`;
      list = sortByOrder([...list, item(id, orderKeyAt(list, index))]);
      expect(ids(list).indexOf(id)).toBe(expected);
    }
    // Every insert got a key of its own (only the original tie shares a key).
    const keys = list.map((x) => x.order);
    expect(new Set(keys).size).toBe(keys.length - 2);
  });

  it('moves an item by giving it one new key, leaving every other key as it was', () => {
    const list = items(10);
    const before = new Map(list.map((x) => [x.id, x.order]));
    const moving = list[2]!;
    const others = list.filter((x) => x.id !== moving.id);
    const moved = { ...moving, order: orderKeyAt(others, 7) };
    const after = sortByOrder([...others, moved]);

    expect(ids(after)).toEqual(['i0', 'i1', 'i3', 'i4', 'i5', 'i6', 'i7', 'i2', 'i8', 'i9']);
    const changed = after.filter((x) => before.get(x.id) !== x.order).map((x) => x.id);
    expect(changed).toEqual(['i2']);
  });
});

describe('bulk keys', () => {
  it('gives n ascending, distinct initial keys', () => {
    const keys = initialOrderKeys(20);
    expect(keys).toHaveLength(20);
    expect([...keys].sort()).toEqual(keys);
    expect(new Set(keys).size).toBe(20);
  });

  it('appends n keys after the last item', () => {
    const list = items(3);
    const keys = orderKeysAtEnd(list, 4);
    expect(keys).toHaveLength(4);
    expect(keys[0]! > list[2]!.order).toBe(true);
    expect([...keys].sort()).toEqual(keys);
    expect(orderKeysAtEnd([], 2)).toEqual(initialOrderKeys(2));
  });
});

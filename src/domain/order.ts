// Stable order keys within a block (fractional indexing): a move writes one note, not the block.
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

interface Ordered {
  id: string;
  order: string;
}

/** Code-unit comparison: order keys must not be compared with localeCompare. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by order key; ties (two tabs inserting at the same place) fall back to the id. */
export function compareOrder(a: Ordered, b: Ordered): number {
  return compareStrings(a.order, b.order) || compareStrings(a.id, b.id);
}

export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrder);
}

/**
 * The key for an item placed at `index` in a sorted list that does not contain it.
 * Equal neighbouring keys (a tie) are tolerated by stepping past the tie.
 */
export function orderKeyAt(sorted: readonly Ordered[], index: number): string {
  const i = Math.max(0, Math.min(index, sorted.length));
  const before = i > 0 ? sorted[i - 1]!.order : null;
  let after = i < sorted.length ? sorted[i]!.order : null;
  if (before !== null && after !== null && before >= after) after = null;
  if (after === null && before !== null) {
    // Keep the key below the next distinct key, if any, so the item stays in place.
    const next = sorted.slice(i).find((item) => item.order > before);
    after = next ? next.order : null;
  }
  return generateKeyBetween(before, after);
}

export function orderKeysAtEnd(sorted: readonly Ordered[], count: number): string[] {
  const last = sorted.length > 0 ? sorted[sorted.length - 1]!.order : null;
  return generateNKeysBetween(last, null, count);
}

export function initialOrderKeys(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

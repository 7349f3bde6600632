// A change set: which records an action touched, before and after. Undo, autosave and tab sync read it.
import type { Canvas, Note } from './canvas.schema';

export interface RecordChange<T> {
  before: T | null;
  after: T | null;
}

export interface ChangeSet {
  canvases: Record<string, RecordChange<Canvas>>;
  notes: Record<string, RecordChange<Note>>;
}

export function emptyChangeSet(): ChangeSet {
  return { canvases: {}, notes: {} };
}

export function changeNote(cs: ChangeSet, before: Note | null, after: Note | null): ChangeSet {
  const id = (after ?? before)!.id;
  const prior = cs.notes[id];
  cs.notes[id] = { before: prior ? prior.before : before, after };
  return cs;
}

export function changeCanvas(
  cs: ChangeSet,
  before: Canvas | null,
  after: Canvas | null,
): ChangeSet {
  const id = (after ?? before)!.id;
  const prior = cs.canvases[id];
  cs.canvases[id] = { before: prior ? prior.before : before, after };
  return cs;
}

/** `first` then `second` as one change: the earliest before, the latest after of each record. */
export function mergeChangeSets(first: ChangeSet, second: ChangeSet): ChangeSet {
  const merged: ChangeSet = {
    canvases: { ...first.canvases },
    notes: { ...first.notes },
  };
  for (const [id, c] of Object.entries(second.canvases)) {
    const prior = first.canvases[id];
    merged.canvases[id] = { before: prior ? prior.before : c.before, after: c.after };
  }
  for (const [id, c] of Object.entries(second.notes)) {
    const prior = first.notes[id];
    merged.notes[id] = { before: prior ? prior.before : c.before, after: c.after };
  }
  return merged;
}

/** The change that reverses `cs`. */
export function invertChangeSet(cs: ChangeSet): ChangeSet {
  const inverted = emptyChangeSet();
  for (const [id, c] of Object.entries(cs.canvases))
    inverted.canvases[id] = { before: c.after, after: c.before };
  for (const [id, c] of Object.entries(cs.notes))
    inverted.notes[id] = { before: c.after, after: c.before };
  return inverted;
}

/** Content equality ignoring `updatedAt`, so an edit typed and then reverted counts as no change. */
function sameContent<T extends { updatedAt: number }>(a: T | null, b: T | null): boolean {
  if (a === null || b === null) return a === b;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (k === 'updatedAt') continue;
    const va = (a as Record<string, unknown>)[k];
    const vb = (b as Record<string, unknown>)[k];
    if (va !== vb && JSON.stringify(va) !== JSON.stringify(vb)) return false;
  }
  return true;
}

/** True when every record ends as it began: nothing worth an undo step. */
export function isNoOp(cs: ChangeSet): boolean {
  return (
    Object.values(cs.canvases).every((c) => sameContent(c.before, c.after)) &&
    Object.values(cs.notes).every((c) => sameContent(c.before, c.after))
  );
}

export function isEmptyChangeSet(cs: ChangeSet): boolean {
  return Object.keys(cs.canvases).length === 0 && Object.keys(cs.notes).length === 0;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * `current` with only what changed from `from` to `to` applied: field by field, into nested
 * objects (a segment's template, size and scores), with lists and other values taken whole.
 * Undo uses it so that stepping back one edit (a segment's description, say) does not also wipe
 * what another tab has changed in other fields of the same record since.
 */
export function rebaseChange<T>(current: T, from: T, to: T): T {
  if (!isPlain(current) || !isPlain(from) || !isPlain(to)) return same(from, to) ? current : to;
  const out: Plain = { ...current };
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (same(from[key], to[key])) continue;
    if (!(key in to)) delete out[key];
    else out[key] = rebaseChange(current[key], from[key], to[key]);
  }
  return out as T;
}

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

/**
 * `first` then `second` as one change: the earliest before, the latest after of each record.
 * What changed a record between the two (another tab's edit, shown here meanwhile) is not part
 * of either: it is carried into the earliest before, so that undoing the whole leaves it.
 */
export function mergeChangeSets(first: ChangeSet, second: ChangeSet): ChangeSet {
  const merged: ChangeSet = {
    canvases: { ...first.canvases },
    notes: { ...first.notes },
  };
  const join = <T extends { updatedAt: number }>(
    prior: RecordChange<T> | undefined,
    c: RecordChange<T>,
  ): RecordChange<T> => {
    if (!prior) return c;
    const between = prior.after !== c.before && !sameContent(prior.after, c.before);
    const before =
      between && prior.before && prior.after && c.before
        ? rebaseChange(prior.before, prior.after, c.before)
        : prior.before;
    return { before, after: c.after };
  };
  for (const [id, c] of Object.entries(second.canvases))
    merged.canvases[id] = join(first.canvases[id], c);
  for (const [id, c] of Object.entries(second.notes)) merged.notes[id] = join(first.notes[id], c);
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
export function sameContent<T extends { updatedAt: number }>(a: T | null, b: T | null): boolean {
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

const isIdList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');
const isItemList = (v: unknown): v is (Plain & { id: string })[] =>
  Array.isArray(v) && v.every((x) => isPlain(x) && typeof x['id'] === 'string');

/** A list of ids (links, dependencies): this change's additions and removals, applied to `current`. */
function rebaseIds(current: string[], from: string[], to: string[]): string[] {
  if (same(current, from)) return to;
  const removed = new Set(from.filter((id) => !to.includes(id)));
  const kept = current.filter((id) => !removed.has(id));
  return [...kept, ...to.filter((id) => !from.includes(id) && !kept.includes(id))];
}

/**
 * A list of items with ids (jobs, pains, gains, personas): this change's additions, removals,
 * edits and order, applied to `current`; items another tab added since stay, at the end.
 */
function rebaseItems<I extends Plain & { id: string }>(current: I[], from: I[], to: I[]): I[] {
  if (same(current, from)) return to;
  const now = new Map(current.map((item) => [item.id, item]));
  const before = new Map(from.map((item) => [item.id, item]));
  const after = new Set(to.map((item) => item.id));
  const out: I[] = [];
  for (const item of to) {
    const was = before.get(item.id);
    const is = now.get(item.id);
    if (!was)
      out.push(item); // added by this change
    else if (is) out.push(rebaseChange(is, was, item)); // edited (or not) by this change
    // else: removed elsewhere since; stays removed
  }
  for (const item of current) if (!after.has(item.id) && !before.has(item.id)) out.push(item);
  return out;
}

/**
 * `current` with only what changed from `from` to `to` applied: field by field, into nested
 * objects (a segment's template, size and scores), item by item in lists of ids or of items with
 * ids (links, jobs, personas), and other values whole. Undo uses it so that stepping back one
 * edit (a segment's description, say) does not also wipe what another tab has changed in the
 * same record since; a value another tab has changed since this change made it stays as it is.
 */
export function rebaseChange<T>(current: T, from: T, to: T): T {
  if (isIdList(current) && isIdList(from) && isIdList(to)) return rebaseIds(current, from, to) as T;
  if (isItemList(current) && isItemList(from) && isItemList(to))
    return rebaseItems(current, from, to) as T;
  if (!isPlain(current) || !isPlain(from) || !isPlain(to)) {
    if (same(from, to)) return current;
    // Changed again since (by another tab, say): the newer value stays; stepping back one edit
    // must not overwrite an edit made after it.
    return same(current, from) ? to : current;
  }
  const out: Plain = { ...current };
  for (const key of new Set([...Object.keys(from), ...Object.keys(to)])) {
    if (same(from[key], to[key])) continue;
    if (!(key in to)) delete out[key];
    else out[key] = rebaseChange(current[key], from[key], to[key]);
  }
  return out as T;
}

/** Edits of one value in two tabs this close together count as made at the same time. */
export const CONCURRENT_MS = 2000;

/**
 * Two edits of one record made from the same `base` (in two tabs, say), as one record: what each
 * changed is kept, field by field and item by item (see rebaseChange). Where both changed the
 * same value, ours (the tab writing, or receiving) wins, unless theirs is clearly later (by more
 * than CONCURRENT_MS): while two tabs type into one record, the other tab's copy of a value often
 * carries this tab's own earlier text (read back from the database), and the older text must not
 * win over what is being typed here. Stamped as the later of the two.
 */
export function mergeEdits<T extends { updatedAt: number }>(base: T, ours: T, theirs: T): T {
  const merged =
    ours.updatedAt + CONCURRENT_MS >= theirs.updatedAt
      ? rebaseChange(ours, base, theirs)
      : rebaseChange(theirs, base, ours);
  return { ...merged, updatedAt: Math.max(ours.updatedAt, theirs.updatedAt) };
}

/**
 * What a tab shows of a record another tab has written (`theirs`): theirs when it is newer than
 * ours; when this tab has edits of the record not yet saved (made from `base`) and theirs is newer
 * than that base, both edits merged (mergeEdits); null to keep ours as it is.
 */
export function incomingVersion<T extends { updatedAt: number }>(
  ours: T | null,
  theirs: T,
  base: T | null | undefined,
): T | null {
  if (ours && mergesIntoUnsaved(ours, theirs, base)) {
    const merged = mergeEdits(base, ours, theirs);
    return sameContent(merged, ours) ? null : merged;
  }
  return !ours || ours.updatedAt < theirs.updatedAt ? theirs : null;
}

/**
 * Whether a record from elsewhere is merged into this tab's unsaved edits of it (made from
 * `base`), rather than taken or left whole: there are such edits, and theirs is newer than base.
 */
export function mergesIntoUnsaved<T extends { updatedAt: number }>(
  ours: T | null,
  theirs: T,
  base: T | null | undefined,
): base is T {
  return ours !== null && base != null && theirs.updatedAt > base.updatedAt;
}

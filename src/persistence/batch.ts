// Records waiting to be written, gathered from local change sets: the latest copy of each record,
// and a tombstone for each deleted note. Shared by autosave and by the start-up code that keeps
// edits made before autosave exists; free of Dexie, so start-up can use it before Dexie loads.
import type { Canvas, Note } from '../domain/canvas.schema';
import type { ChangeSet } from '../domain/changes';
import type { PendingWrites } from './canvas-repo';
import type { NoteTombstone } from './db';

export type PendingNote = { note: Note } | { removed: NoteTombstone };

export interface Batch {
  canvases: Map<string, Canvas>;
  notes: Map<string, PendingNote>;
  /**
   * What this tab's unsaved edits of each record started from (null: created here): the record
   * before the batch's first change to it, or, for autosave's batches, the latest row of it known
   * to be in the database (Autosave's `known`). Writing, it tells another tab's edit made
   * meanwhile from ours, so that both are kept (see writeRecords).
   */
  bases: RecordBases;
}

export interface RecordBases {
  canvases: Map<string, Canvas | null>;
  notes: Map<string, Note | null>;
}

export const emptyBatch = (): Batch => ({
  canvases: new Map(),
  notes: new Map(),
  bases: { canvases: new Map(), notes: new Map() },
});

/** Adds a change set to `batch`. A deletion is stamped now, but never before the note's own last stamp. */
export function addToBatch(batch: Batch, cs: ChangeSet, now: number): void {
  const { bases } = batch;
  for (const [id, c] of Object.entries(cs.canvases)) {
    if (!bases.canvases.has(id)) bases.canvases.set(id, c.before);
    if (c.after) batch.canvases.set(id, c.after);
  }
  for (const [id, c] of Object.entries(cs.notes)) {
    if (!bases.notes.has(id)) bases.notes.set(id, c.before);
    if (c.after) batch.notes.set(id, { note: c.after });
    else if (c.before) {
      const deletedAt = Math.max(now, c.before.updatedAt + 1);
      batch.notes.set(id, { removed: { id, canvasId: c.before.canvasId, deletedAt } });
    }
  }
}

export function batchToWrites(batch: Batch): PendingWrites {
  const writes: PendingWrites = {
    canvases: [...batch.canvases.values()],
    notes: [],
    removedNotes: [],
    bases: batch.bases,
  };
  for (const p of batch.notes.values()) {
    if ('note' in p) writes.notes.push(p.note);
    else writes.removedNotes.push(p.removed);
  }
  return writes;
}

// Autosave: batches local changes, writes them in one transaction per flush, retries on failure.
import type { Canvas, Note } from '../domain/canvas.schema';
import type { Absorbed, UnsavedBases } from '../store/index';
import type { ChangeSet } from '../domain/changes';
import { writeRecords, type PendingWrites, type WriteOutcome } from './canvas-repo';
import { addToBatch, batchToWrites, emptyBatch, type Batch } from './batch';
import type { NinefoldDb } from './db';

/** Writes go out this long after the first change of a batch: well inside the 500 ms promise. */
export const AUTOSAVE_DELAY_MS = 120;
const RETRY_DELAYS_MS = [500, 1000, 2000, 5000, 10000];

export interface AutosaveOptions {
  db: NinefoldDb;
  delayMs?: number;
  onWritten?: (outcome: WriteOutcome) => void;
  /** Called with a plain-language message when saving fails, and with null when it recovers. */
  onProblem?: (message: string | null) => void;
  /** Keeps unsaved records synchronously as the page goes away (see exit-journal.ts). */
  saveOnExit?: (writes: PendingWrites) => boolean;
}

export function describeWriteError(error: unknown): string {
  // By name, not instanceof: a DOMException may come from another realm.
  const name = (error as { name?: unknown } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Your browser’s storage is full, so your latest changes are not being saved. Free up some space; Ninefold keeps trying and keeps your changes in this tab meanwhile.';
  }
  return 'Your latest changes could not be saved to this browser’s storage. Ninefold keeps trying; please keep this tab open.';
}

export class Autosave {
  private queued: Batch = emptyBatch();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private inFlightBatch: Batch | null = null;
  private failures = 0;
  private failing = false;
  private disposed = false;
  /**
   * For each record with unsaved edits: the latest version of it known to be in the database
   * whose changes the store shows (the row the edits started from, then another tab's row merged
   * in, then this tab's own row written). The store shows it plus this tab's unsaved edits: it is
   * the base from which those edits are told apart from another tab's, writing or receiving.
   */
  private known = {
    canvases: new Map<string, Canvas | null>(),
    notes: new Map<string, Note | null>(),
  };

  constructor(private readonly options: AutosaveOptions) {}

  private unsavedHas(kind: 'canvases' | 'notes', id: string): boolean {
    return this.queued[kind].has(id) || (this.inFlightBatch?.[kind].has(id) ?? false);
  }

  get hasPending(): boolean {
    return this.queued.canvases.size > 0 || this.queued.notes.size > 0 || this.inFlight !== null;
  }

  enqueue(cs: ChangeSet): void {
    // A record's first unsaved edit: what it started from is what the database has.
    for (const [id, c] of Object.entries(cs.canvases))
      if (!this.unsavedHas('canvases', id)) this.known.canvases.set(id, c.before);
    for (const [id, c] of Object.entries(cs.notes))
      if (!this.unsavedHas('notes', id)) this.known.notes.set(id, c.before);
    addToBatch(this.queued, cs, Date.now());
    this.schedule(this.options.delayMs ?? AUTOSAVE_DELAY_MS);
  }

  private schedule(delay: number): void {
    if (this.disposed || this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, delay);
  }

  /** Writes everything pending now. Resolves when it is durable (or has failed and will retry). */
  async flush(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (this.queued.canvases.size === 0 && this.queued.notes.size === 0) return;
    const batch = this.take();
    this.inFlightBatch = batch;
    this.inFlight = this.write(batch).finally(() => {
      this.inFlight = null;
      this.inFlightBatch = null;
    });
    await this.inFlight;
  }

  /** Everything not yet known to be written: the batch in flight, then what is queued. */
  unsaved(): PendingWrites {
    const merged = emptyBatch();
    for (const batch of [this.inFlightBatch, this.queued]) {
      if (!batch) continue;
      for (const [id, c] of batch.canvases) merged.canvases.set(id, c);
      for (const [id, n] of batch.notes) merged.notes.set(id, n);
    }
    return batchToWrites(this.withKnownBases(merged));
  }

  /**
   * The page is going away: Dexie's read-then-write transaction would not get to its write, since
   * callbacks stop with the page. The unsaved records go to the exit journal (synchronous); where
   * that is not possible, they are put in one native transaction whose requests are all issued
   * now, which the browser usually completes after the page is gone. That fallback skips the
   * stale-tab check, so it could overwrite an edit another tab made in the last instant.
   */
  flushOnExit(): void {
    const writes = this.unsaved();
    if (writes.canvases.length + writes.notes.length + writes.removedNotes.length === 0) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.options.saveOnExit?.(writes)) return;
    try {
      const tx = this.options.db
        .backendDB()
        .transaction(['canvases', 'notes', 'tombstones'], 'readwrite');
      const notes = tx.objectStore('notes');
      const tombstones = tx.objectStore('tombstones');
      for (const c of writes.canvases) tx.objectStore('canvases').put(c);
      for (const n of writes.notes) {
        notes.put(n);
        tombstones.delete(n.id);
      }
      for (const r of writes.removedNotes) {
        notes.delete(r.id);
        tombstones.put(r);
      }
      tx.commit?.();
    } catch {
      // The database is closed or gone; nothing more can be done as the page leaves.
    }
  }

  /**
   * For a record with edits not yet known to be written, the version they are told apart from
   * (see `known`; null: created here); undefined when it has none. Tab sync merges another tab's
   * records into those edits from it.
   */
  readonly unsavedBases: UnsavedBases = {
    canvas: (id) => (this.unsavedHas('canvases', id) ? this.known.canvases.get(id) : undefined),
    note: (id) => (this.unsavedHas('notes', id) ? this.known.notes.get(id) : undefined),
  };

  /**
   * Another tab's records were merged into this tab's unsaved edits (the store shows `shown`):
   * those edits are now told apart from theirs, and what is queued is what is shown. (A batch
   * already being written keeps its own pair; its result is merged in when it comes back.)
   */
  absorb({ canvases, notes }: Absorbed): void {
    const { queued, known } = this;
    for (const { theirs, shown } of canvases) {
      if (this.unsavedHas('canvases', theirs.id)) known.canvases.set(theirs.id, theirs);
      if (queued.canvases.has(theirs.id)) queued.canvases.set(theirs.id, shown);
    }
    for (const { theirs, shown } of notes) {
      if (this.unsavedHas('notes', theirs.id)) known.notes.set(theirs.id, theirs);
      const entry = queued.notes.get(theirs.id);
      if (entry && 'note' in entry) queued.notes.set(theirs.id, { note: shown });
    }
  }

  /** After a write: a record still with unsaved edits is known as the newer of its rows. */
  private settle({ written, newer }: WriteOutcome): void {
    const settle = <T extends { id: string; updatedAt: number }>(
      kind: 'canvases' | 'notes',
      rows: readonly T[],
    ) => {
      const known = this.known[kind] as Map<string, T | null>;
      for (const row of rows) {
        if (!this.queued[kind].has(row.id)) known.delete(row.id);
        else if ((known.get(row.id)?.updatedAt ?? -1) < row.updatedAt) known.set(row.id, row);
      }
    };
    settle('canvases', [...written.canvases, ...newer.canvases]);
    settle('notes', [...written.notes, ...newer.notes]);
    for (const { id } of [...written.removedNotes, ...newer.removedNotes])
      if (!this.queued.notes.has(id)) this.known.notes.delete(id);
  }

  private take(): Batch {
    const batch = this.queued;
    this.queued = emptyBatch();
    return this.withKnownBases(batch);
  }

  /** `batch`, to be written against what the database is known to have of each record. */
  private withKnownBases(batch: Batch): Batch {
    for (const id of batch.canvases.keys())
      batch.bases.canvases.set(id, this.known.canvases.get(id) ?? null);
    for (const id of batch.notes.keys())
      batch.bases.notes.set(id, this.known.notes.get(id) ?? null);
    return batch;
  }

  private async write(batch: Batch) {
    const pending = batchToWrites(batch);
    try {
      const outcome = await writeRecords(this.options.db, pending);
      this.failures = 0;
      if (this.failing) {
        this.failing = false;
        this.options.onProblem?.(null);
      }
      // What went in is now what the database has of ours: a row that comes back merged with
      // another tab's is told apart from it (not from the older base, against which this tab's
      // own written text and the text typed since would both count as changes).
      for (const { id } of outcome.written.canvases) {
        const mine = batch.canvases.get(id);
        if (mine) this.known.canvases.set(id, mine);
      }
      for (const { id } of outcome.written.notes) {
        const mine = batch.notes.get(id);
        if (mine && 'note' in mine) this.known.notes.set(id, mine.note);
      }
      this.options.onWritten?.(outcome);
      this.settle(outcome);
    } catch (error) {
      // Put the batch back under anything newer queued meanwhile, then try again later.
      const { queued } = this;
      for (const [id, c] of batch.canvases)
        if (!queued.canvases.has(id)) queued.canvases.set(id, c);
      for (const [id, n] of batch.notes) if (!queued.notes.has(id)) queued.notes.set(id, n);
      this.failing = true;
      this.options.onProblem?.(describeWriteError(error));
      const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)]!;
      this.failures++;
      this.schedule(delay);
    }
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

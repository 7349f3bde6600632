import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, AUTOSAVE_DELAY_MS, describeWriteError } from '../../src/persistence/autosave';
import type { WriteOutcome } from '../../src/persistence/canvas-repo';
import type { NinefoldDb } from '../../src/persistence/db';
import { onLocalChange } from '../../src/store/change-feed';
import { actions, makeDb, store, T0 } from '../factories';

const STORAGE_FULL = /storage is full/;

let db: NinefoldDb;
let autosave: Autosave;
let unsubscribe: () => void;
const onProblem = vi.fn<(message: string | null) => void>();
const onWritten = vi.fn<(outcome: WriteOutcome) => void>();

/** Fakes only the clock and setTimeout: IndexedDB (fake-indexeddb) runs on setImmediate. */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(T0);
}

/** Makes the next `count` transactions on the database fail with `error`. */
function failTransactions(error: unknown, count = 1) {
  const spy = vi.spyOn(db, 'transaction');
  for (let i = 0; i < count; i++)
    spy.mockImplementationOnce((() => Promise.reject(error)) as unknown as typeof db.transaction);
  return spy;
}

beforeEach(async () => {
  db = makeDb();
  await db.open();
  onProblem.mockReset();
  onWritten.mockReset();
  autosave = new Autosave({ db, onProblem, onWritten });
  // The store's local changes go to this autosave, as in the app.
  unsubscribe = onLocalChange((cs) => autosave.enqueue(cs));
});

afterEach(async () => {
  unsubscribe();
  autosave.dispose();
  vi.useRealTimers();
  db.close();
  await db.delete().catch(() => undefined);
});

describe('Autosave', () => {
  it('makes enqueued changes durable by the time flush() resolves', async () => {
    const canvasId = actions().createCanvas('Saved');
    const noteId = actions().addNote(canvasId, 'channels', { text: 'hello' });
    expect(autosave.hasPending).toBe(true);

    await autosave.flush();

    expect(autosave.hasPending).toBe(false);
    expect(await db.canvases.get(canvasId)).toEqual(store().canvases[canvasId]);
    expect(await db.notes.get(noteId)).toEqual(store().notes[noteId]);
  });

  it('writes several actions as one batch, in one transaction, with the latest of each record', async () => {
    const transaction = vi.spyOn(db, 'transaction');
    const canvasId = actions().createCanvas('Batch');
    const a = actions().addNote(canvasId, 'channels', { text: 'a' });
    actions().setNoteText(a, 'a, edited');
    actions().recolourNote(a, 'pink');
    const b = actions().addNote(canvasId, 'revenue-streams', { text: 'b' });
    actions().renameCanvas(canvasId, 'Batch, renamed');

    await autosave.flush();

    expect(transaction).toHaveBeenCalledTimes(1);
    expect(onWritten).toHaveBeenCalledTimes(1);
    const written = onWritten.mock.calls[0]![0].written;
    expect(written.canvases.map((c) => c.name)).toEqual(['Batch, renamed']);
    expect(written.notes.map((n) => n.id).sort()).toEqual([a, b].sort());
    expect(await db.notes.get(a)).toMatchObject({ text: 'a, edited', colour: 'pink' });
    expect(await db.canvases.get(canvasId)).toMatchObject({ name: 'Batch, renamed' });
  });

  it('writes by itself a short while after the first change', async () => {
    fakeClock();
    const canvasId = actions().createCanvas();
    actions().addNote(canvasId, 'channels', { text: 'later' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(onWritten).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    await autosave.flush(); // waits for the write the timer started
    expect(onWritten).toHaveBeenCalledTimes(1);
    expect(await db.notes.count()).toBe(1);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(500);
  });

  it('does nothing when there is nothing to write', async () => {
    const transaction = vi.spyOn(db, 'transaction');
    await autosave.flush();
    expect(transaction).not.toHaveBeenCalled();
    expect(onWritten).not.toHaveBeenCalled();
  });

  it('writes a deleted note as a tombstone stamped after its last edit', async () => {
    fakeClock();
    const canvasId = actions().createCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'doomed' });
    await autosave.flush();
    const lastEdit = store().notes[id]!.updatedAt;

    actions().deleteNote(id); // the clock has not moved: the tombstone must still be later
    await autosave.flush();

    expect(await db.notes.get(id)).toBeUndefined();
    expect(await db.tombstones.get(id)).toEqual({ id, canvasId, deletedAt: lastEdit + 1 });
  });

  it('brings back a deleted note when the delete is undone', async () => {
    const canvasId = actions().createCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'back again' });
    await autosave.flush();
    actions().deleteNote(id);
    await autosave.flush();
    await new Promise((r) => setTimeout(r, 5)); // a person takes longer than a millisecond
    actions().undo(canvasId);
    await autosave.flush();
    expect(await db.notes.get(id)).toMatchObject({ text: 'back again' });
    expect(await db.tombstones.get(id)).toBeUndefined();
  });

  it('writes an add followed by a delete in one batch as a tombstone only', async () => {
    const canvasId = actions().createCanvas();
    const id = actions().addNote(canvasId, 'channels');
    actions().deleteNote(id);
    await autosave.flush();
    expect(await db.notes.get(id)).toBeUndefined();
    expect(onWritten.mock.calls[0]![0].written.notes).toEqual([]);
  });

  describe('when a write fails', () => {
    it('reports the problem, keeps the changes, and recovers on the next try', async () => {
      const canvasId = actions().createCanvas('Kept');
      const id = actions().addNote(canvasId, 'channels', { text: 'not lost' });
      failTransactions(new Error('disk trouble'));

      await autosave.flush();
      expect(onProblem).toHaveBeenCalledTimes(1);
      expect(onProblem.mock.calls[0]![0]).toMatch(/could not be saved/);
      expect(autosave.hasPending).toBe(true);
      expect(await db.notes.get(id)).toBeUndefined();

      await autosave.flush();
      expect(await db.notes.get(id)).toMatchObject({ text: 'not lost' });
      expect(await db.canvases.get(canvasId)).toMatchObject({ name: 'Kept' });
      expect(onProblem).toHaveBeenCalledTimes(2);
      expect(onProblem).toHaveBeenLastCalledWith(null);
      expect(autosave.hasPending).toBe(false);
    });

    it('retries by itself after a delay', async () => {
      fakeClock();
      const canvasId = actions().createCanvas();
      const id = actions().addNote(canvasId, 'channels', { text: 'retried' });
      failTransactions(new Error('busy'));
      await autosave.flush();
      expect(onProblem).toHaveBeenCalledTimes(1);

      await vi.advanceTimersByTimeAsync(500);
      await autosave.flush();
      expect(await db.notes.get(id)).toMatchObject({ text: 'retried' });
      expect(onProblem).toHaveBeenLastCalledWith(null);
    });

    it('keeps retrying through repeated failures, backing off', async () => {
      fakeClock();
      const canvasId = actions().createCanvas();
      actions().addNote(canvasId, 'channels', { text: 'stubborn' });
      const spy = failTransactions(new Error('busy'), 3);
      await autosave.flush(); // failure 1; next try in 500 ms
      await vi.advanceTimersByTimeAsync(500); // failure 2; next in 1000 ms
      expect(spy).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(999);
      expect(spy).toHaveBeenCalledTimes(2);
      await vi.advanceTimersByTimeAsync(1); // failure 3; next in 2000 ms
      expect(spy).toHaveBeenCalledTimes(3);
      await vi.advanceTimersByTimeAsync(2000); // succeeds
      await autosave.flush();
      expect(spy).toHaveBeenCalledTimes(4);
      expect(await db.notes.count()).toBe(1);
      expect(onProblem.mock.calls.map((c) => c[0] === null)).toEqual([false, false, false, true]);
    });

    it('does not let the failed batch overwrite a newer change made meanwhile', async () => {
      const canvasId = actions().createCanvas();
      const id = actions().addNote(canvasId, 'channels', { text: 'first' });
      let fail: (e: unknown) => void = () => {};
      vi.spyOn(db, 'transaction').mockImplementationOnce(
        (() =>
          new Promise((_, reject) => {
            fail = reject;
          })) as unknown as typeof db.transaction,
      );

      const flushing = autosave.flush();
      await Promise.resolve();
      actions().setNoteText(id, 'second, typed during the failing write');
      fail(new Error('disk trouble'));
      await flushing;

      await autosave.flush();
      expect(await db.notes.get(id)).toMatchObject({
        text: 'second, typed during the failing write',
      });
    });

    it('says the storage is full for a QuotaExceededError thrown inside the write', async () => {
      const canvasId = actions().createCanvas();
      actions().addNote(canvasId, 'channels', { text: 'big' });
      vi.spyOn(db.notes, 'bulkPut').mockRejectedValueOnce(
        new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      );
      await autosave.flush();
      expect(onProblem).toHaveBeenCalledWith(expect.stringMatching(STORAGE_FULL));
      // Nothing of the batch was written: the transaction was rolled back.
      expect(await db.canvases.count()).toBe(0);

      await autosave.flush();
      expect(await db.notes.count()).toBe(1);
      expect(onProblem).toHaveBeenLastCalledWith(null);
    });
  });

  it('does not call onProblem while all is well', async () => {
    const canvasId = actions().createCanvas();
    actions().addNote(canvasId, 'channels', { text: 'fine' });
    await autosave.flush();
    actions().addNote(canvasId, 'channels', { text: 'still fine' });
    await autosave.flush();
    expect(onProblem).not.toHaveBeenCalled();
  });

  it('writes nothing by itself after dispose', async () => {
    fakeClock();
    const canvasId = actions().createCanvas(); // queued, timer set
    autosave.dispose();
    actions().addNote(canvasId, 'channels', { text: 'after dispose' });
    await vi.advanceTimersByTimeAsync(10 * AUTOSAVE_DELAY_MS);
    expect(onWritten).not.toHaveBeenCalled();
    expect(await db.canvases.get(canvasId)).toBeUndefined();
  });
});

describe('Autosave.flushOnExit (the page is going away)', () => {
  it('puts every pending record, including deletions, in one transaction issued at once', async () => {
    const canvasId = actions().createCanvas('Leaving');
    const kept = actions().addNote(canvasId, 'channels', { text: 'kept' });
    const gone = actions().addNote(canvasId, 'channels', { text: 'gone' });
    await autosave.flush();
    actions().setNoteText(kept, 'kept, edited just before leaving');
    actions().deleteNote(gone);
    const dexieTransaction = vi.spyOn(db, 'transaction');

    autosave.flushOnExit();

    // No Dexie (read-then-write) transaction: the native one needs no callbacks to finish.
    expect(dexieTransaction).not.toHaveBeenCalled();
    await vi.waitFor(async () => {
      expect(await db.notes.get(kept)).toMatchObject({ text: 'kept, edited just before leaving' });
    });
    expect(await db.notes.get(gone)).toBeUndefined();
    expect(await db.tombstones.get(gone)).toMatchObject({ id: gone, canvasId });
  });

  it('also puts the batch that a regular flush has in flight', async () => {
    const canvasId = actions().createCanvas('In flight');
    // The regular write never gets to finish, as when the page is torn down under it.
    vi.spyOn(db, 'transaction').mockImplementationOnce(
      (() => new Promise(() => {})) as unknown as typeof db.transaction,
    );
    void autosave.flush();
    await Promise.resolve();
    const noteId = actions().addNote(canvasId, 'channels', { text: 'queued after' });

    autosave.flushOnExit();

    await vi.waitFor(async () => {
      expect(await db.canvases.get(canvasId)).toMatchObject({ name: 'In flight' });
      expect(await db.notes.get(noteId)).toMatchObject({ text: 'queued after' });
    });
  });

  it('writes a note re-created by undo over its tombstone', async () => {
    const canvasId = actions().createCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'undeleted' });
    actions().deleteNote(id);
    await autosave.flush();
    expect(await db.tombstones.get(id)).toBeDefined();
    await new Promise((r) => setTimeout(r, 2));
    actions().undo(canvasId);

    autosave.flushOnExit();

    await vi.waitFor(async () => {
      expect(await db.notes.get(id)).toMatchObject({ text: 'undeleted' });
    });
    expect(await db.tombstones.get(id)).toBeUndefined();
  });

  it('does nothing when nothing is pending', () => {
    const backend = vi.spyOn(db, 'backendDB');
    autosave.flushOnExit();
    expect(backend).not.toHaveBeenCalled();
  });

  it('does not throw when the database is already closed', () => {
    actions().createCanvas();
    db.close();
    expect(() => autosave.flushOnExit()).not.toThrow();
  });
});

describe('describeWriteError', () => {
  it('says the storage is full for a QuotaExceededError', () => {
    // (A bare DOMException is not `instanceof Error` under jsdom, unlike in browsers, so the error
    // is built as an Error named like one; the Dexie-wrapped case is covered above and below.)
    expect(
      describeWriteError(Object.assign(new Error('x'), { name: 'QuotaExceededError' })),
    ).toMatch(STORAGE_FULL);
  });

  it('says the storage is full when Dexie wraps a QuotaExceededError', () => {
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(describeWriteError(wrapped)).toMatch(STORAGE_FULL);
  });

  it('gives a general message for anything else, including odd values', () => {
    for (const error of [new Error('boom'), 'a string', null, undefined, { inner: null }]) {
      const message = describeWriteError(error);
      expect(message).not.toMatch(STORAGE_FULL);
      expect(message).toMatch(/could not be saved/);
    }
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import {
  listCanvases,
  loadCanvasDoc,
  purgeTrash,
  TRASH_RETENTION_MS,
  writeRecords,
  type PendingWrites,
} from '../../src/persistence/canvas-repo';
import type { NinefoldDb, NoteTombstone } from '../../src/persistence/db';
import { newPersona } from '../../src/domain/segment-ops';
import { emptySegment } from '../../src/domain/segment.schema';
import { DAY, HOUR, makeCanvas, makeDb, makeDoc, makeNote, omit, T0 } from '../factories';

let db: NinefoldDb;

beforeEach(async () => {
  db = makeDb();
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete().catch(() => undefined);
});

function writes(patch: Partial<PendingWrites>): PendingWrites {
  return { canvases: [], notes: [], removedNotes: [], ...patch };
}

async function seed(doc: { canvas: ReturnType<typeof makeCanvas>; notes: Note[] }) {
  await db.canvases.put(doc.canvas);
  await db.notes.bulkPut(doc.notes);
  return doc;
}

/** Puts a row as it might be found on disk, valid or not. */
async function putRawNote(row: Record<string, unknown>) {
  await (db.notes as unknown as { put: (r: unknown) => Promise<unknown> }).put(row);
}
async function putRawCanvas(row: Record<string, unknown>) {
  await (db.canvases as unknown as { put: (r: unknown) => Promise<unknown> }).put(row);
}

describe('writeRecords', () => {
  it('writes new canvases and notes and reports what it wrote', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    const outcome = await writeRecords(db, writes({ canvases: [doc.canvas], notes: doc.notes }));
    expect(outcome.written).toEqual({ canvases: [doc.canvas], notes: doc.notes, removedNotes: [] });
    expect(outcome.newer).toEqual({ canvases: [], notes: [], removedNotes: [] });
    expect(await db.canvases.get(doc.canvas.id)).toEqual(doc.canvas);
    expect(await db.notes.toArray()).toEqual(expect.arrayContaining(doc.notes));
  });

  it('upserts only the rows given and never clears the others', async () => {
    const doc = await seed(makeDoc({ blocks: { channels: 3, 'cost-structure': 2 } }));
    const other = await seed(makeDoc({ blocks: { channels: 1 } }));
    const edited = { ...doc.notes[1]!, text: 'edited', updatedAt: T0 + 1 };

    await writeRecords(db, writes({ notes: [edited] }));

    expect(await db.notes.count()).toBe(6);
    expect(await db.notes.get(edited.id)).toEqual(edited);
    for (const n of [...doc.notes, ...other.notes])
      if (n.id !== edited.id) expect(await db.notes.get(n.id)).toEqual(n);
    expect(await db.canvases.count()).toBe(2);
  });

  it('writes a canvas without touching its notes', async () => {
    const doc = await seed(makeDoc({ blocks: { channels: 2 } }));
    const renamed = { ...doc.canvas, name: 'Renamed', updatedAt: T0 + 1 };
    await writeRecords(db, writes({ canvases: [renamed] }));
    expect(await db.canvases.get(doc.canvas.id)).toEqual(renamed);
    expect(await db.notes.where('canvasId').equals(doc.canvas.id).count()).toBe(2);
  });

  it('drops a stale canvas and reports the newer stored one', async () => {
    const stored = makeCanvas({ name: 'Newer', updatedAt: T0 + 10 });
    await db.canvases.put(stored);
    const stale = { ...stored, name: 'Stale', updatedAt: T0 + 5 };
    const outcome = await writeRecords(db, writes({ canvases: [stale] }));
    expect(outcome.written.canvases).toEqual([]);
    expect(outcome.newer.canvases).toEqual([stored]);
    expect(await db.canvases.get(stored.id)).toEqual(stored);
  });

  it('drops a stale note and reports the newer stored one, writing the rest', async () => {
    const stored = makeNote({ text: 'newer', updatedAt: T0 + 10 });
    await db.notes.put(stored);
    const stale = { ...stored, text: 'stale', updatedAt: T0 + 9 };
    const fresh = makeNote({ text: 'fresh' });
    const outcome = await writeRecords(db, writes({ notes: [stale, fresh] }));
    expect(outcome.written.notes).toEqual([fresh]);
    expect(outcome.newer.notes).toEqual([stored]);
    expect(await db.notes.get(stored.id)).toEqual(stored);
    expect(await db.notes.get(fresh.id)).toEqual(fresh);
  });

  it('writes edits made from the stored row even when stamped earlier, stamped past it', async () => {
    // A row merged on an earlier write is stamped one past both tabs' edits; what this tab typed
    // meanwhile, shown on top of it, can be stamped earlier. It descends from that row: it wins.
    const stored = makeNote({ text: 'Head nurse on the war', updatedAt: T0 + 10 });
    await db.notes.put(stored);
    const ours = { ...stored, text: 'Head nurse on the ward', updatedAt: T0 + 9 };
    const outcome = await writeRecords(db, {
      ...writes({ notes: [ours] }),
      bases: { canvases: new Map(), notes: new Map([[stored.id, stored]]) },
    });
    const written = { ...ours, updatedAt: T0 + 11 };
    expect(outcome.written.notes).toEqual([written]);
    // Reported back, so that the tab's store takes the stamp the database has.
    expect(outcome.newer.notes).toEqual([written]);
    expect(await db.notes.get(stored.id)).toEqual(written);
  });

  it('lets a write as new as the stored row win (same tab, same millisecond)', async () => {
    const stored = makeNote({ text: 'first', updatedAt: T0 });
    await db.notes.put(stored);
    const same = { ...stored, text: 'second' };
    const outcome = await writeRecords(db, writes({ notes: [same] }));
    expect(outcome.written.notes).toEqual([same]);
    expect(await db.notes.get(stored.id)).toEqual(same);
  });

  describe('deleted notes', () => {
    const note = makeNote({ id: 'note_deleted', canvasId: 'canvas_t', updatedAt: T0 });
    const tomb: NoteTombstone = { id: note.id, canvasId: note.canvasId, deletedAt: T0 + 10 };

    beforeEach(async () => {
      await db.notes.put(note);
      await writeRecords(db, writes({ removedNotes: [tomb] }));
    });

    it('removes the row and keeps a tombstone', async () => {
      expect(await db.notes.get(note.id)).toBeUndefined();
      expect(await db.tombstones.get(note.id)).toEqual(tomb);
    });

    it('keeps the note deleted against an older write (a stale tab)', async () => {
      const stale = { ...note, text: 'stale tab', updatedAt: T0 + 5 };
      const outcome = await writeRecords(db, writes({ notes: [stale] }));
      expect(outcome.written.notes).toEqual([]);
      expect(outcome.newer.removedNotes).toEqual([tomb]);
      expect(await db.notes.get(note.id)).toBeUndefined();
    });

    it('keeps the note deleted against a write exactly as old as the deletion', async () => {
      const tie = { ...note, updatedAt: tomb.deletedAt };
      await writeRecords(db, writes({ notes: [tie] }));
      expect(await db.notes.get(note.id)).toBeUndefined();
    });

    it('brings the note back for a newer write (undo), clearing the tombstone', async () => {
      const undone = { ...note, updatedAt: T0 + 20 };
      const outcome = await writeRecords(db, writes({ notes: [undone] }));
      expect(outcome.written.notes).toEqual([undone]);
      expect(outcome.newer.removedNotes).toEqual([]);
      expect(await db.notes.get(note.id)).toEqual(undone);
      expect(await db.tombstones.get(note.id)).toBeUndefined();
    });
  });

  it('does not delete a note edited after the deletion was made', async () => {
    const edited = makeNote({ text: 'edited later', updatedAt: T0 + 50 });
    await db.notes.put(edited);
    const outcome = await writeRecords(
      db,
      writes({ removedNotes: [{ id: edited.id, canvasId: edited.canvasId, deletedAt: T0 + 40 }] }),
    );
    expect(outcome.written.removedNotes).toEqual([]);
    expect(outcome.newer.notes).toEqual([edited]);
    expect(await db.notes.get(edited.id)).toEqual(edited);
    expect(await db.tombstones.get(edited.id)).toBeUndefined();
  });

  it('writes nothing at all when a write fails half way', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    const bad = { ...makeNote(), id: undefined } as unknown as Note;
    await expect(
      writeRecords(db, writes({ canvases: [doc.canvas], notes: [...doc.notes, bad] })),
    ).rejects.toThrow();
    expect(await db.canvases.count()).toBe(0);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('loadCanvasDoc', () => {
  it('loads a canvas with its own notes only', async () => {
    const doc = await seed(makeDoc({ blocks: { channels: 2, 'revenue-streams': 1 } }));
    await seed(makeDoc({ blocks: { channels: 3 } }));
    const result = await loadCanvasDoc(db, doc.canvas.id);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.doc.canvas).toEqual(doc.canvas);
    expect(result.doc.notes).toHaveLength(3);
    expect(result.doc.notes).toEqual(expect.arrayContaining(doc.notes));
    expect(result.unreadableNotes).toEqual([]);
  });

  it('skips notes that do not validate, without deleting them', async () => {
    const doc = await seed(makeDoc({ blocks: { channels: 2 } }));
    await putRawNote({ ...makeNote({ canvasId: doc.canvas.id }), block: 'Partners' });
    await putRawNote({ ...makeNote({ canvasId: doc.canvas.id }), text: 'x'.repeat(2001) });
    await putRawNote({ id: 'note_half', canvasId: doc.canvas.id });

    const result = await loadCanvasDoc(db, doc.canvas.id);
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    // Handed back as they are, for the notice that offers a copy of them.
    expect(result.unreadableNotes).toHaveLength(3);
    expect(result.unreadableNotes).toContainEqual({ id: 'note_half', canvasId: doc.canvas.id });
    expect(result.doc.notes.map((n) => n.id).sort()).toEqual(doc.notes.map((n) => n.id).sort());
    // The bad rows are still there for a later version (or a person) to recover.
    expect(await db.notes.where('canvasId').equals(doc.canvas.id).count()).toBe(5);
    expect(await db.notes.get('note_half')).toEqual({ id: 'note_half', canvasId: doc.canvas.id });
  });

  it('reports a canvas written by a newer version, and leaves it alone', async () => {
    const canvas = makeCanvas({ schemaVersion: CURRENT_VERSION + 1 });
    await db.canvases.put(canvas);
    expect(await loadCanvasDoc(db, canvas.id)).toEqual({
      status: 'newer',
      version: CURRENT_VERSION + 1,
    });
    expect(await db.canvases.get(canvas.id)).toEqual(canvas);
  });

  it('reports an unknown id as missing', async () => {
    await seed(makeDoc({ blocks: { channels: 1 } }));
    expect(await loadCanvasDoc(db, 'canvas_unknown')).toEqual({ status: 'missing' });
  });

  it('reports a canvas row that does not validate as missing, and keeps the row', async () => {
    await putRawCanvas({ ...makeCanvas({ id: 'canvas_bad' }), name: 42 });
    expect(await loadCanvasDoc(db, 'canvas_bad')).toEqual({ status: 'missing' });
    expect(await db.canvases.get('canvas_bad')).toBeDefined();
  });

  it('loads an oldest-shape canvas without schemaVersion as the current version', async () => {
    await putRawCanvas(omit(makeCanvas({ id: 'canvas_old' }), 'schemaVersion'));
    const result = await loadCanvasDoc(db, 'canvas_old');
    expect(result.status).toBe('ok');
    if (result.status === 'ok') expect(result.doc.canvas.schemaVersion).toBe(CURRENT_VERSION);
  });
});

describe('listCanvases', () => {
  it('counts each canvas’s notes and finds its last edit', async () => {
    const busy = await seed(
      makeDoc({
        canvas: { updatedAt: T0 },
        notes: [{ updatedAt: T0 + HOUR }, { updatedAt: T0 + 3 * HOUR }, { updatedAt: T0 + 2 }],
      }),
    );
    const renamedLast = await seed(
      makeDoc({ canvas: { updatedAt: T0 + DAY }, notes: [{ updatedAt: T0 + 1 }] }),
    );
    const empty = await seed(makeDoc({ canvas: { updatedAt: T0 + 7 } }));

    const summaries = await listCanvases(db);
    const byId = new Map(summaries.map((s) => [s.canvas.id, s]));
    expect(summaries).toHaveLength(3);
    expect(byId.get(busy.canvas.id)).toEqual({
      canvas: busy.canvas,
      noteCount: 3,
      lastEditedAt: T0 + 3 * HOUR,
    });
    expect(byId.get(renamedLast.canvas.id)).toMatchObject({ noteCount: 1, lastEditedAt: T0 + DAY });
    expect(byId.get(empty.canvas.id)).toMatchObject({ noteCount: 0, lastEditedAt: T0 + 7 });
  });

  it('lists trashed canvases too (they can still be restored)', async () => {
    const trashed = await seed(makeDoc({ canvas: { trashedAt: T0 } }));
    expect((await listCanvases(db)).map((s) => s.canvas)).toEqual([trashed.canvas]);
  });

  it('skips canvas rows that do not validate', async () => {
    const good = await seed(makeDoc());
    await putRawCanvas({ id: 'canvas_broken', name: null });
    expect((await listCanvases(db)).map((s) => s.canvas.id)).toEqual([good.canvas.id]);
  });
});

describe('purgeTrash', () => {
  const now = T0 + 30 * DAY;

  it('removes only canvases trashed more than a day ago, with their notes and tombstones', async () => {
    const live = await seed(makeDoc({ blocks: { channels: 2 } }));
    const old = await seed(
      makeDoc({ canvas: { trashedAt: now - 2 * DAY }, blocks: { channels: 3 } }),
    );
    const recent = await seed(
      makeDoc({ canvas: { trashedAt: now - HOUR }, blocks: { channels: 1 } }),
    );
    const borderline = await seed(
      makeDoc({ canvas: { trashedAt: now - TRASH_RETENTION_MS }, blocks: { channels: 1 } }),
    );
    await db.tombstones.bulkPut([
      { id: 'note_gone_old', canvasId: old.canvas.id, deletedAt: now - 3 * DAY },
      { id: 'note_gone_live', canvasId: live.canvas.id, deletedAt: now - 3 * DAY },
    ]);

    expect(TRASH_RETENTION_MS).toBe(DAY);
    expect(await purgeTrash(db, now)).toBe(1);

    expect(await db.canvases.get(old.canvas.id)).toBeUndefined();
    expect(await db.notes.where('canvasId').equals(old.canvas.id).count()).toBe(0);
    expect(await db.tombstones.get('note_gone_old')).toBeUndefined();

    for (const kept of [live, recent, borderline]) {
      expect(await db.canvases.get(kept.canvas.id)).toEqual(kept.canvas);
      expect(await db.notes.where('canvasId').equals(kept.canvas.id).count()).toBe(
        kept.notes.length,
      );
    }
    expect(await db.tombstones.get('note_gone_live')).toBeDefined();
  });

  it('does nothing when no canvas is old enough', async () => {
    const recent = await seed(makeDoc({ canvas: { trashedAt: now - HOUR } }));
    expect(await purgeTrash(db, now)).toBe(0);
    expect(await db.canvases.get(recent.canvas.id)).toEqual(recent.canvas);
  });
});

describe('canvases written before segments existed (version 1)', () => {
  const v1Canvas = () => ({
    ...omit(makeCanvas({ name: 'Old plan' }), 'weights'),
    schemaVersion: 1,
  });

  it('are listed, with the default weights', async () => {
    const canvas = v1Canvas();
    await db.canvases.put(canvas as never);
    const [summary] = await listCanvases(db);
    expect(summary?.canvas).toMatchObject({
      id: canvas.id,
      name: 'Old plan',
      weights: { reach: 1 },
    });
  });

  it('give every Customer Segments note a profile, even after the canvas row was rewritten', async () => {
    // A rename wrote the canvas row at version 2; its segment notes are still version-1 rows.
    const doc = makeDoc({ blocks: { 'customer-segments': 3 } });
    await db.canvases.put(doc.canvas);
    for (const n of doc.notes) await putRawNote(omit(n, 'segment'));
    const result = await loadCanvasDoc(db, doc.canvas.id);
    if (result.status !== 'ok') throw new Error(result.status);
    expect(result.doc.notes.map((n) => n.segment?.colour)).toEqual(['teal', 'crimson', 'indigo']);
    // The same colours on every load.
    const again = await loadCanvasDoc(db, doc.canvas.id);
    expect(again.status === 'ok' && again.doc.notes.map((n) => n.segment?.colour)).toEqual([
      'teal',
      'crimson',
      'indigo',
    ]);
  });
});

describe('persona photos', () => {
  const now = T0 + 30 * DAY;
  const photo = (id: string, canvasId: string) => ({
    id,
    canvasId,
    blob: new Blob(['png']),
    width: 1,
    height: 1,
    createdAt: T0,
  });
  const withPersona = (canvasId: string, photoId: string) =>
    makeNote({
      canvasId,
      block: 'customer-segments',
      segment: {
        ...emptySegment('teal'),
        personas: [{ ...newPersona(`persona_${photoId}`), photoId }],
      },
    });

  it('go with a purged canvas, unless a duplicate still shows them', async () => {
    const old = await seed(makeDoc({ canvas: { trashedAt: now - 2 * DAY } }));
    const copy = await seed(makeDoc());
    await db.notes.bulkPut([
      withPersona(old.canvas.id, 'photo_shared'),
      withPersona(old.canvas.id, 'photo_own'),
    ]);
    await db.notes.put(withPersona(copy.canvas.id, 'photo_shared'));
    await db.photos.bulkPut([
      photo('photo_shared', old.canvas.id),
      photo('photo_own', old.canvas.id),
    ]);

    await purgeTrash(db, now);
    expect(await db.photos.get('photo_own')).toBeUndefined();
    expect(await db.photos.get('photo_shared')).toBeDefined();
  });
});

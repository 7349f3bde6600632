import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeExport } from '../../src/export/envelope';
import { importText } from '../../src/features/transfer/transfer';
import { useImportReport } from '../../src/features/transfer/import-report-store';
import { loadCanvasDoc, writeImport } from '../../src/persistence/canvas-repo';
import { createDatabase, type NinefoldDb } from '../../src/persistence/db';
import { startPersistence } from '../../src/persistence/session';
import { useToasts } from '../../src/ui/toast-store';
import { makeDb, makeDoc, store, T0 } from '../factories';

const APP = { now: T0, appVersion: '0.1.0' };

/** Every row in every store: to show that a refused import changed nothing. */
async function snapshot(db: NinefoldDb) {
  return {
    canvases: await db.canvases.toArray(),
    notes: await db.notes.toArray(),
    notePacks: await db.notePacks.toArray(),
    tombstones: await db.tombstones.toArray(),
    photos: (await db.photos.toArray()).map((p) => p.id),
  };
}

describe('writeImport', () => {
  let db: NinefoldDb;
  beforeEach(async () => {
    db = makeDb();
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete().catch(() => undefined);
  });

  it('writes canvases, notes and photos together, and tells `place` what is taken', async () => {
    const stored = makeDoc({ canvas: { name: 'Stored' }, blocks: { channels: 1 } });
    await db.canvases.put(stored.canvas);
    await db.notes.bulkPut(stored.notes);
    await db.tombstones.put({ id: 'note_deleted', canvasId: stored.canvas.id, deletedAt: T0 });
    await db.photos.put({
      id: 'photo_stored',
      canvasId: stored.canvas.id,
      blob: new Blob(['a']),
      width: 1,
      height: 1,
      createdAt: T0,
    });
    const incoming = makeDoc({ blocks: { 'key-partners': 2 } });
    let seen: unknown = null;
    await writeImport(
      db,
      {
        canvases: [stored.canvas.id, incoming.canvas.id],
        notes: ['note_deleted', stored.notes[0]!.id, incoming.notes[0]!.id],
        photos: ['photo_stored', 'photo_new'],
      },
      (taken) => {
        seen = taken;
        return {
          docs: [incoming],
          photos: [
            {
              id: 'photo_new',
              canvasId: incoming.canvas.id,
              blob: new Blob(['b']),
              width: 2,
              height: 2,
              createdAt: T0,
            },
          ],
          snapshots: [],
        };
      },
    );
    expect(seen).toEqual({
      canvases: new Set([stored.canvas.id]),
      notes: new Set(['note_deleted', stored.notes[0]!.id]),
      photos: new Set(['photo_stored']),
      names: ['Stored'],
    });
    const loaded = await loadCanvasDoc(db, incoming.canvas.id);
    expect(loaded.status === 'ok' && loaded.doc.notes).toHaveLength(2);
    expect(await db.photos.get('photo_new')).toBeDefined();
  });

  it('is all or nothing: a write that fails part-way leaves the database as it was', async () => {
    const stored = makeDoc({ blocks: { channels: 1 } });
    await db.canvases.put(stored.canvas);
    await db.notes.bulkPut(stored.notes);
    const photo = { canvasId: stored.canvas.id, width: 1, height: 1, createdAt: T0 };
    await db.photos.put({ ...photo, id: 'photo_stored', blob: new Blob(['a']) });
    const before = await snapshot(db);
    const incoming = makeDoc({ blocks: { 'key-partners': 3 } });
    // The photo, written after the canvas and its notes, clashes with a stored one: the canvas
    // and its notes must not stay.
    await expect(
      writeImport(db, { canvases: [], notes: [], photos: [] }, () => ({
        docs: [incoming],
        photos: [{ ...photo, id: 'photo_stored', blob: new Blob(['b']) }],
        snapshots: [],
      })),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('importText (the whole import, through the session)', () => {
  async function appDb() {
    const db = createDatabase();
    await db.open();
    return db;
  }

  it('imports a valid file: stored, shown, undoable from the toast', async () => {
    await startPersistence();
    const doc = makeDoc({ canvas: { name: 'Bakery' }, blocks: { channels: 2 } });
    const text = await writeExport([{ doc, photos: [] }], APP);
    const docs = await importText(text, 'failed');
    expect(docs.map((d) => d.canvas.name)).toEqual(['Bakery']);
    expect(store().canvases[doc.canvas.id]?.name).toBe('Bakery');
    const db = await appDb();
    // Written as a pack, then unpacked into rows in the background.
    expect((await loadCanvasDoc(db, doc.canvas.id)).status).toBe('ok');
    await vi.waitFor(async () =>
      expect(await db.notes.where('canvasId').equals(doc.canvas.id).count()).toBe(2),
    );
    expect(await db.notePacks.count()).toBe(0);

    // Importing the same file again makes a copy beside it.
    const again = await importText(text, 'failed');
    expect(again[0]!.canvas.name).toBe('Bakery (imported)');
    expect(again[0]!.canvas.id).not.toBe(doc.canvas.id);

    const toast = useToasts.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Imported “Bakery (imported)”.');
    toast.action!.run();
    expect(store().canvases[again[0]!.canvas.id]?.trashedAt).not.toBeNull();
    db.close();
  });

  it('a refused file is explained, and nothing is written', async () => {
    await startPersistence();
    const db = await appDb();
    const seeded = makeDoc({ blocks: { channels: 1 } });
    await db.canvases.put(seeded.canvas);
    await db.notes.bulkPut(seeded.notes);
    const before = await snapshot(db);
    const doc = makeDoc({ blocks: { channels: 1 } });
    const text = (await writeExport([{ doc, photos: [] }], APP)).replace(
      '"block": "channels"',
      '"block": "Channels"',
    );
    expect(await importText(text, '“plan.json” was not imported')).toEqual([]);
    expect(useImportReport.getState().report).toEqual({
      title: '“plan.json” was not imported',
      ok: false,
      reason: 'This file has problems, so nothing was imported.',
      problems: ["notes[0].block: 'Channels' is not one of the nine blocks"],
      moreProblems: 0,
    });
    expect(await snapshot(db)).toEqual(before);
    db.close();
  });
});

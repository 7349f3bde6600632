import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listCanvases,
  loadCanvasDoc,
  purgeTrash,
  TRASH_RETENTION_MS,
  writeImport,
} from '../../src/persistence/canvas-repo';
import { createDatabase, type NinefoldDb } from '../../src/persistence/db';
import { readFirstRows } from '../../src/persistence/first-read';
import { createUnpacker, packNotes, PACK_SIZE, unpackOne } from '../../src/persistence/note-packs';
import type { CanvasDoc, Note } from '../../src/domain/canvas.schema';
import { makeDb, makeDoc, T0, useCurrentIndexedDb } from '../factories';

let sequence = 0;
const newId = (prefix: string) => `${prefix}_${++sequence}`;

/** Imports `docs` as the app does: canvases as rows, notes as packs. */
async function importDocs(db: NinefoldDb, ...docs: CanvasDoc[]) {
  await writeImport(db, { canvases: [], notes: [], photos: [] }, () => ({
    docs,
    photos: [],
    snapshots: [],
  }));
}

/** Notes in id order: a canvas's notes are a set (their order keys place them). */
const byId = (notes: readonly Note[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));

async function loadedTexts(db: NinefoldDb, canvasId: string) {
  const loaded = await loadCanvasDoc(db, canvasId);
  if (loaded.status !== 'ok') throw new Error(loaded.status);
  return loaded.doc.notes.map((n) => n.text).sort();
}

describe('imported notes, packed until unpacked', () => {
  let db: NinefoldDb;
  beforeEach(async () => {
    useCurrentIndexedDb();
    db = makeDb();
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await db.delete().catch(() => undefined);
  });

  it('packs a canvas’s notes a hundred to a row, in their order', () => {
    const doc = makeDoc({ blocks: { channels: 250 } });
    const packs = packNotes(doc.canvas.id, doc.notes, newId);
    expect(packs.map((p) => p.notes.length)).toEqual([PACK_SIZE, PACK_SIZE, 50]);
    expect(packs.flatMap((p) => p.notes)).toEqual(doc.notes);
    expect(new Set(packs.map((p) => p.id)).size).toBe(3);
  });

  it('an import writes packs, not rows, and reads back whole before and after unpacking', async () => {
    const doc = makeDoc({
      canvas: { name: 'Imported' },
      blocks: { channels: 150, 'key-partners': 3 },
    });
    await importDocs(db, doc);
    expect(await db.notes.count()).toBe(0);
    expect(await db.notePacks.count()).toBe(2);
    const loaded = await loadCanvasDoc(db, doc.canvas.id);
    expect(loaded.status === 'ok' && loaded.doc.canvas).toEqual(doc.canvas);
    expect(loaded.status === 'ok' && byId(loaded.doc.notes)).toEqual(byId(doc.notes));
    // Beside a canvas whose notes are rows: each is counted its own way.
    const plain = makeDoc({ canvas: { name: 'Plain' }, blocks: { channels: 2 } });
    await db.canvases.put(plain.canvas);
    await db.notes.bulkPut(plain.notes);
    const listed = await listCanvases(db);
    expect(listed.find((s) => s.canvas.id === doc.canvas.id)).toEqual({
      canvas: doc.canvas,
      lastEditedAt: T0,
      noteCount: 153,
    });
    expect(listed.find((s) => s.canvas.id === plain.canvas.id)?.noteCount).toBe(2);
    await db.notes.bulkDelete(plain.notes.map((n) => n.id));
    await db.canvases.delete(plain.canvas.id);

    expect(await unpackOne(db)).toBe(true);
    expect(await db.notePacks.count()).toBe(1);
    expect([53, 100]).toContain(await db.notes.count()); // packs go in id order
    // Half unpacked reads the same.
    const half = await loadCanvasDoc(db, doc.canvas.id);
    expect(half.status === 'ok' && half.doc.notes.length).toBe(153);
    expect(await unpackOne(db)).toBe(true);
    expect(await unpackOne(db)).toBe(false);
    expect(await db.notePacks.count()).toBe(0);
    expect(await db.notes.count()).toBe(153);
    const after = await loadCanvasDoc(db, doc.canvas.id);
    expect(after.status === 'ok' && byId(after.doc.notes)).toEqual(byId(doc.notes));
  });

  it('an edit or a deletion made before unpacking wins over the packed copy, and stays', async () => {
    const doc = makeDoc({ blocks: { channels: 3 } });
    await importDocs(db, doc);
    const [edited, deleted] = doc.notes;
    // What autosave writes: a row for the edit, a tombstone for the deletion.
    await db.notes.put({ ...edited!, text: 'edited after the import', updatedAt: T0 + 1 });
    await db.tombstones.put({ id: deleted!.id, canvasId: doc.canvas.id, deletedAt: T0 + 2 });

    expect(await loadedTexts(db, doc.canvas.id)).toEqual(['channels 3', 'edited after the import']);
    expect((await listCanvases(db))[0]).toMatchObject({ noteCount: 2, lastEditedAt: T0 + 1 });

    while (await unpackOne(db));
    expect(await loadedTexts(db, doc.canvas.id)).toEqual(['channels 3', 'edited after the import']);
    expect(await db.notes.get(deleted!.id)).toBeUndefined();
    expect((await db.notes.get(edited!.id))?.text).toBe('edited after the import');
  });

  it('a second import sees the ids of notes still packed as taken', async () => {
    const first = makeDoc({ blocks: { channels: 2 } });
    await importDocs(db, first);
    let taken: ReadonlySet<string> = new Set();
    await writeImport(
      db,
      { canvases: [], notes: [first.notes[0]!.id, 'note_free'], photos: [] },
      (t) => {
        taken = t.notes;
        return { docs: [], photos: [], snapshots: [] };
      },
    );
    expect([...taken]).toEqual([first.notes[0]!.id]);
  });

  it('a canvas purged from the trash takes its packs with it', async () => {
    const kept = makeDoc({ blocks: { channels: 2 } });
    const trashed = makeDoc({ canvas: { trashedAt: T0 }, blocks: { channels: 2 } });
    await importDocs(db, kept, trashed);
    expect(await purgeTrash(db, T0 + TRASH_RETENTION_MS + 1)).toBe(1);
    expect((await db.notePacks.toArray()).map((p) => p.canvasId)).toEqual([kept.canvas.id]);
  });

  it('the unpacker works through every pack, one at a time, and stops when told', async () => {
    await importDocs(db, makeDoc({ blocks: { channels: 320 } }));
    const queue: (() => void)[] = [];
    const unpacker = createUnpacker(db, (run) => queue.push(run));
    unpacker.kick();
    unpacker.kick(); // already at it: no second worker
    expect(queue).toHaveLength(1);
    let steps = 0;
    while (queue.length) {
      queue.shift()!();
      steps++;
      // Each step is one transaction: it queues the next when it has settled, or none at the
      // end. Waited for up to half a second (a fixed 20 ms was too short on a busy machine).
      for (let waited = 0; queue.length === 0 && waited < 500; waited += 10)
        await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // Four packs, the look that finds none left, and one more for the second kick.
    expect(steps).toBe(6);
    expect(await db.notePacks.count()).toBe(0);
    expect(await db.notes.count()).toBe(320);

    await importDocs(db, makeDoc({ blocks: { channels: 1 } }));
    unpacker.stop();
    unpacker.kick();
    expect(queue).toHaveLength(0);
    expect(await db.notePacks.count()).toBe(1);
  });
});

describe('the quick first read', () => {
  beforeEach(() => useCurrentIndexedDb());

  it('leaves a canvas with packed notes to Dexie, which merges them', async () => {
    const db = createDatabase();
    await db.open();
    const plain = makeDoc({ blocks: { channels: 1 } });
    await db.canvases.put(plain.canvas);
    await db.notes.bulkPut(plain.notes);
    const imported = makeDoc({ blocks: { channels: 2 } });
    await importDocs(db, imported);
    db.close();

    expect(await readFirstRows(plain.canvas.id)).toMatchObject({ noteRows: plain.notes });
    expect(await readFirstRows(imported.canvas.id)).toBeNull();
  });
});

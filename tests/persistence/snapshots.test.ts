// Snapshots through the session: the version-3 `snapshots` store, saved once, listed per canvas
// newest first (migrated and validated like any stored canvas), deleted by hand.
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { emptySegment } from '../../src/domain/segment.schema';
import type { Snapshot, SnapshotReason } from '../../src/domain/snapshot';
import { createDatabase, DATABASE_NAME, DATABASE_VERSION } from '../../src/persistence/db';
import {
  deleteSnapshot,
  listSnapshots,
  saveSnapshot,
  startPersistence,
} from '../../src/persistence/session';
import { HOUR, makeCanvas, makeDoc, makeNote, omit, T0, useCurrentIndexedDb } from '../factories';

beforeEach(() => {
  // session.ts always opens the database named "ninefold": give each test a fresh IndexedDB.
  useCurrentIndexedDb();
});

function makeSnapshot(
  id: string,
  canvasId: string,
  createdAt: number,
  reason: SnapshotReason = 'manual',
): Snapshot {
  return {
    id,
    canvasId,
    name: `Snapshot ${id}`,
    reason,
    createdAt,
    doc: makeDoc({ canvas: { id: canvasId }, blocks: { channels: 2, 'key-partners': 1 } }),
  };
}

/** The app's database ("ninefold"), opened by the test to seed or inspect it. */
async function withAppDb<T>(work: (db: ReturnType<typeof createDatabase>) => Promise<T>) {
  const db = createDatabase();
  await db.open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/** Stores rows as they are, valid or not, as an older build (or a broken write) left them. */
const seedRows = (...rows: Record<string, unknown>[]) =>
  withAppDb((db) => db.snapshots.bulkPut(rows as unknown as Snapshot[]));
const storedIds = () =>
  withAppDb(async (db) => (await db.snapshots.toArray()).map((s) => s.id).sort());

describe('saveSnapshot and listSnapshots', () => {
  it('gives back a canvas’s snapshots, newest first, and none of another canvas', async () => {
    const older = makeSnapshot('snap_1', 'canvas_a', T0, 'merge');
    const newer = makeSnapshot('snap_2', 'canvas_a', T0 + HOUR, 'review');
    const elsewhere = makeSnapshot('snap_3', 'canvas_b', T0 + 2 * HOUR);
    await saveSnapshot(older);
    await saveSnapshot(elsewhere);
    await saveSnapshot(newer);

    const clean = { unreadable: 0, unreadableNotes: {} };
    expect(await listSnapshots('canvas_a')).toEqual({ snapshots: [newer, older], ...clean });
    expect(await listSnapshots('canvas_b')).toEqual({ snapshots: [elsewhere], ...clean });
    expect(await listSnapshots('canvas_none')).toEqual({ snapshots: [], ...clean });
  });

  it('writes a snapshot once: the same id again is refused and the first is kept', async () => {
    const first = makeSnapshot('snap_1', 'canvas_a', T0);
    await saveSnapshot(first);
    await expect(saveSnapshot({ ...first, name: 'Overwritten' })).rejects.toThrow();
    expect((await listSnapshots('canvas_a')).snapshots.map((s) => s.name)).toEqual([
      'Snapshot snap_1',
    ]);
  });
});

describe('the snapshots store', () => {
  it('is added to a database written by version 2, which keeps its canvases', async () => {
    const doc = makeDoc({ canvas: { id: 'canvas_a' }, blocks: { channels: 1 } });
    // The database as the previous build declared it: no snapshots store yet.
    const old = new Dexie(DATABASE_NAME);
    old.version(1).stores({
      canvases: 'id, updatedAt, trashedAt',
      notes: 'id, canvasId, [canvasId+updatedAt]',
      tombstones: 'id, canvasId, [canvasId+deletedAt]',
    });
    old.version(2).stores({ photos: 'id, canvasId' });
    await old.open();
    await old.table('canvases').put(doc.canvas);
    await old.table('notes').bulkPut(doc.notes);
    old.close();

    const snapshot = makeSnapshot('snap_1', 'canvas_a', T0);
    await saveSnapshot(snapshot);
    expect((await listSnapshots('canvas_a')).snapshots).toEqual([snapshot]);
    await withAppDb(async (db) => {
      expect(db.verno).toBe(DATABASE_VERSION);
      expect(await db.canvases.toArray()).toEqual([doc.canvas]);
      expect(await db.notes.toArray()).toEqual(doc.notes);
    });
  });
});

describe('deleteSnapshot', () => {
  it('removes that snapshot from the list and from the database, and only that one', async () => {
    await saveSnapshot(makeSnapshot('snap_1', 'canvas_a', T0));
    await saveSnapshot(makeSnapshot('snap_2', 'canvas_a', T0 + HOUR));
    await deleteSnapshot('snap_2');
    expect((await listSnapshots('canvas_a')).snapshots.map((s) => s.id)).toEqual(['snap_1']);
    expect(await storedIds()).toEqual(['snap_1']);
    await expect(deleteSnapshot('snap_unknown')).resolves.toBeUndefined();
  });
});

describe('listSnapshots: older and broken rows', () => {
  it('migrates a snapshot taken at version 2 to the current shape', async () => {
    const canvas = omit(makeCanvas({ id: 'canvas_a', name: 'Clinic booking' }), 'differences');
    const profile = { ...emptySegment('crimson'), description: 'Group practices' };
    const v2Profile = omit(
      omit(omit(omit(omit(profile, 'validation'), 'evidence'), 'metrics'), 'review'),
      'playbook',
    );
    const segment = makeNote({
      id: 'seg_a',
      canvasId: 'canvas_a',
      block: 'customer-segments',
      order: 'a0',
      text: 'Clinics',
    });
    const bare = omit(
      makeNote({ id: 'seg_b', canvasId: 'canvas_a', block: 'channels', order: 'a1' }),
      'segment',
    );
    const notes: Record<string, unknown>[] = [
      { ...segment, segment: v2Profile },
      // Written before segments had profiles: it gets one, in a colour not yet taken.
      { ...bare, block: 'customer-segments' },
    ];
    await seedRows({
      id: 'snap_v2',
      canvasId: 'canvas_a',
      name: 'Before merging',
      reason: 'merge',
      createdAt: T0,
      doc: { canvas: { ...canvas, schemaVersion: 2 }, notes },
    });

    const {
      snapshots: [snapshot],
    } = await listSnapshots('canvas_a');
    expect(snapshot?.doc.canvas).toEqual({
      ...canvas,
      schemaVersion: CURRENT_VERSION,
      differences: [],
    });
    const byId = new Map<string, Note>(snapshot?.doc.notes.map((n) => [n.id, n]));
    expect(byId.get('seg_a')?.segment).toEqual(profile);
    expect(byId.get('seg_b')?.segment).toEqual(emptySegment('teal'));
    expect(snapshot).toMatchObject({ id: 'snap_v2', name: 'Before merging', reason: 'merge' });
  });

  it('leaves out broken rows, and a newer build’s, without deleting them, and counts them', async () => {
    const good = makeSnapshot('snap_good', 'canvas_a', T0);
    const base = makeSnapshot('x', 'canvas_a', T0 + HOUR);
    await seedRows(
      good,
      omit({ ...base, id: 'snap_no_doc' }, 'doc'),
      { ...base, id: 'snap_bad_reason', reason: 'restore' },
      {
        ...base,
        id: 'snap_bad_canvas',
        doc: { ...base.doc, canvas: { ...base.doc.canvas, name: 42 } },
      },
      {
        ...base,
        id: 'snap_newer',
        doc: { ...base.doc, canvas: { ...base.doc.canvas, schemaVersion: CURRENT_VERSION + 1 } },
      },
    );
    await startPersistence();

    expect(await listSnapshots('canvas_a')).toEqual({
      snapshots: [good],
      unreadable: 4,
      unreadableNotes: {},
    });
    expect(await storedIds()).toEqual([
      'snap_bad_canvas',
      'snap_bad_reason',
      'snap_good',
      'snap_newer',
      'snap_no_doc',
    ]);
  });

  it('lists a snapshot with a note that cannot be read, without that note, and counts it', async () => {
    const snapshot = makeSnapshot('snap_partial', 'canvas_a', T0);
    const [kept, broken] = snapshot.doc.notes;
    expect(broken).toBeDefined();
    await seedRows({
      ...snapshot,
      doc: { ...snapshot.doc, notes: [kept, { ...broken, colour: 'chartreuse' }] },
    });

    const list = await listSnapshots('canvas_a');
    expect(list).toMatchObject({ unreadable: 0, unreadableNotes: { snap_partial: 1 } });
    expect(list.snapshots.map((s) => s.doc.notes.map((n) => n.id))).toEqual([[kept!.id]]);
  });
});

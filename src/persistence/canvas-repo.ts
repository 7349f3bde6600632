// Reading and writing canvases: raw rows → migrate → validate on the way in; last writer wins on the way out.
import { Dexie } from 'dexie';
import type { Canvas, CanvasDoc, Note } from '../domain/canvas.schema';
import type { TakenIds } from '../export/import-plan';
import type { Snapshot } from '../domain/snapshot';
import type { CanvasSummary } from '../store/index';
import type { NinefoldDb, NoteTombstone, PhotoRecord } from './db';
import { newId } from '../domain/ids';
import { mergeEdits, sameContent } from '../domain/changes';
import type { RecordBases } from './batch';
import { notesOfPacks, packNotes, readCanvasNoteRows } from './note-packs';
import { parseCanvasRow, parseCanvasRows, type LoadResult } from './rows';

export type { LoadResult };

import { TRASH_RETENTION_MS } from '../domain/canvas-ops';
export { TRASH_RETENTION_MS };

export async function listCanvases(db: NinefoldDb): Promise<CanvasSummary[]> {
  const [rows, packed] = await Promise.all([
    db.canvases.toArray() as Promise<unknown[]>,
    // Canvases with imported notes not unpacked yet (index keys only: nothing is read whole).
    db.notePacks.orderBy('canvasId').uniqueKeys() as Promise<string[]>,
  ]);
  const withPacks = new Set(packed);
  // Rows written by an older build are migrated first (a version-1 row has no weights).
  const canvases = rows.flatMap((row) => {
    const canvas = parseCanvasRow(row);
    return canvas ? [canvas] : [];
  });
  // Every canvas's count and last edit are asked for at once, not one canvas after another.
  return Promise.all(
    canvases.map(async (canvas): Promise<CanvasSummary> => {
      // Imported notes not unpacked yet are read whole (rarely, and only for a few seconds).
      if (withPacks.has(canvas.id)) {
        const stores = [db.notes, db.notePacks, db.tombstones];
        const notes = await db.transaction('r', stores, () => readCanvasNoteRows(db, canvas.id));
        let last = 0;
        for (const n of notes) last = Math.max(last, Number((n as Note).updatedAt) || 0);
        return {
          canvas,
          lastEditedAt: Math.max(canvas.updatedAt, last),
          noteCount: notes.length,
        };
      }
      const [noteCount, lastNote] = await Promise.all([
        db.notes.where('canvasId').equals(canvas.id).count(),
        db.notes
          .where('[canvasId+updatedAt]')
          .between([canvas.id, Dexie.minKey], [canvas.id, Dexie.maxKey])
          .last(),
      ]);
      return {
        canvas,
        lastEditedAt: Math.max(canvas.updatedAt, lastNote?.updatedAt ?? 0),
        noteCount,
      };
    }),
  );
}

/** Loads one canvas and its notes. Rows that do not validate are skipped, never deleted. */
export async function loadCanvasDoc(db: NinefoldDb, canvasId: string): Promise<LoadResult> {
  const stores = [db.canvases, db.notes, db.notePacks, db.tombstones];
  const [canvasRow, noteRows] = await db.transaction('r', stores, async () =>
    Promise.all([db.canvases.get(canvasId) as Promise<unknown>, readCanvasNoteRows(db, canvasId)]),
  );
  return parseCanvasRows(canvasRow, noteRows);
}

export interface PendingWrites {
  canvases: Canvas[];
  notes: Note[];
  removedNotes: NoteTombstone[];
  /** What each record's edits started from (see batch.ts); without it, the newer record wins. */
  bases?: RecordBases;
}

export interface WriteOutcome {
  /** What this write put in the database (for other tabs). */
  written: PendingWrites;
  /**
   * Rows to show in place of ours: newer rows found where ours would go (another tab got there
   * first, so ours was dropped), and ours merged with another tab's edit made meanwhile.
   */
  newer: { canvases: Canvas[]; notes: Note[]; removedNotes: NoteTombstone[] };
}

/**
 * Ours, or ours merged with the stored row when another tab has written the record since our
 * edits started from `base`: both tabs' changes kept (mergeEdits), stamped newer than either.
 * With a base no older than the stored row, ours (it descends from that row). Null when the
 * stored row is newer and nothing of ours can be merged into it (no base known).
 */
function resolveWrite<T extends { updatedAt: number }>(
  ours: T,
  stored: T | undefined,
  base: T | null | undefined,
): { row: T; merged: boolean } | null {
  if (!stored) return { row: ours, merged: false };
  if (base && stored.updatedAt > base.updatedAt) {
    const row = mergeEdits(base, ours, stored);
    // Nothing of ours left to add (theirs changed the same values, later): theirs stands.
    if (sameContent(row, stored)) return null;
    return { row: { ...row, updatedAt: row.updatedAt + 1 }, merged: true };
  }
  // Our edits started from the stored row (or a newer one of ours): they win, even when stamped
  // earlier than it. A row merged on an earlier write is stamped one past both sides, and the
  // edits typed meanwhile, shown on top of it, can carry an earlier time: dropping them as stale
  // lost the last letter typed while another tab typed into the same segment.
  if (base)
    return ours.updatedAt > stored.updatedAt
      ? { row: ours, merged: false }
      : { row: { ...ours, updatedAt: stored.updatedAt + 1 }, merged: true };
  return stored.updatedAt > ours.updatedAt ? null : { row: ours, merged: false };
}

/**
 * Writes pending records in one transaction. A record older than the stored row (a stale tab)
 * is dropped and the newer row reported back; a deleted note stays deleted unless the write is newer.
 */
export async function writeRecords(db: NinefoldDb, pending: PendingWrites): Promise<WriteOutcome> {
  return db.transaction('rw', db.canvases, db.notes, db.tombstones, async () => {
    const written: PendingWrites = { canvases: [], notes: [], removedNotes: [] };
    const newer: WriteOutcome['newer'] = { canvases: [], notes: [], removedNotes: [] };

    const storedCanvases = await db.canvases.bulkGet(pending.canvases.map((c) => c.id));
    pending.canvases.forEach((c, i) => {
      const stored = storedCanvases[i];
      const resolved = resolveWrite(c, stored, pending.bases?.canvases.get(c.id));
      if (!resolved) newer.canvases.push(stored!);
      else {
        written.canvases.push(resolved.row);
        if (resolved.merged) newer.canvases.push(resolved.row);
      }
    });

    const noteIds = [...pending.notes.map((n) => n.id), ...pending.removedNotes.map((r) => r.id)];
    const [storedNotes, tombstones] = await Promise.all([
      db.notes.bulkGet(noteIds),
      db.tombstones.bulkGet(noteIds),
    ]);
    const stored = new Map(noteIds.map((id, i) => [id, storedNotes[i]]));
    const buried = new Map(noteIds.map((id, i) => [id, tombstones[i]]));

    for (const n of pending.notes) {
      const row = stored.get(n.id);
      const tomb = buried.get(n.id);
      const resolved = resolveWrite(n, row, pending.bases?.notes.get(n.id));
      if (!resolved) newer.notes.push(row!);
      else if (tomb && tomb.deletedAt >= resolved.row.updatedAt) newer.removedNotes.push(tomb);
      else {
        written.notes.push(resolved.row);
        if (resolved.merged) newer.notes.push(resolved.row);
      }
    }
    for (const r of pending.removedNotes) {
      const row = stored.get(r.id);
      if (row && row.updatedAt > r.deletedAt) newer.notes.push(row);
      else written.removedNotes.push(r);
    }

    if (written.canvases.length) await db.canvases.bulkPut(written.canvases);
    if (written.notes.length) {
      await db.notes.bulkPut(written.notes);
      await db.tombstones.bulkDelete(written.notes.map((n) => n.id));
    }
    if (written.removedNotes.length) {
      await db.notes.bulkDelete(written.removedNotes.map((r) => r.id));
      await db.tombstones.bulkPut(written.removedNotes);
    }
    return { written, newer };
  });
}

/** Removes canvases that were deleted (and not restored) long enough ago, with their notes. */
export async function purgeTrash(db: NinefoldDb, now: number): Promise<number> {
  const cutoff = now - TRASH_RETENTION_MS;
  const stale = (await db.canvases.toArray()).filter(
    (c) => c.trashedAt !== null && c.trashedAt < cutoff,
  );
  if (stale.length === 0) return 0;
  const stores = [db.canvases, db.notes, db.notePacks, db.tombstones, db.photos, db.snapshots];
  await db.transaction('rw', stores, async () => {
    for (const c of stale) {
      await db.snapshots.where('canvasId').equals(c.id).delete();
      await db.notePacks.where('canvasId').equals(c.id).delete();
      await db.notes.where('canvasId').equals(c.id).delete();
      await db.tombstones.where('canvasId').equals(c.id).delete();
      await db.canvases.delete(c.id);
    }
    // Their persona photos go too, unless a copy of the canvas (a duplicate) still shows them.
    const kept = new Set<string>();
    const keepPhotosOf = (n: Note) => {
      // Rows are not validated here: a broken one must not stop the purge.
      const personas: unknown = n.segment?.personas;
      if (!Array.isArray(personas)) return;
      for (const p of personas as { photoId?: unknown }[])
        if (typeof p?.photoId === 'string') kept.add(p.photoId);
    };
    await db.notes.each(keepPhotosOf);
    const packs: unknown[] = await db.notePacks.toArray();
    for (const n of notesOfPacks(packs)) keepPhotosOf(n as unknown as Note);
    const photoIds = await db.photos
      .where('canvasId')
      .anyOf(stale.map((c) => c.id))
      .primaryKeys();
    await db.photos.bulkDelete(photoIds.filter((id) => !kept.has(id)));
  });
  return stale.length;
}

export interface ImportWrite {
  docs: CanvasDoc[];
  photos: PhotoRecord[];
  snapshots: Snapshot[];
}

/**
 * Writes imported canvases in one transaction, all or nothing. `place` sees which of the asked-for
 * ids are taken (inside the transaction, so nothing can take them meanwhile) and decides what is
 * written: never over a stored canvas, note or photo. The notes go in as packs (note-packs.ts),
 * for the unpacker to turn into rows.
 */
export async function writeImport(
  db: NinefoldDb,
  ids: { canvases: string[]; notes: string[]; photos: string[] },
  place: (taken: TakenIds) => ImportWrite,
): Promise<ImportWrite> {
  const stores = [db.canvases, db.notes, db.notePacks, db.tombstones, db.photos, db.snapshots];
  return db.transaction('rw', stores, async () => {
    // Only whether each id exists: keys, not rows (reading 10,000 full notes took half a second).
    const [canvasKeys, noteKeys, tombstoneKeys, photoKeys, canvases, packs] = await Promise.all([
      db.canvases.where(':id').anyOf(ids.canvases).primaryKeys(),
      db.notes.where(':id').anyOf(ids.notes).primaryKeys(),
      db.tombstones.where(':id').anyOf(ids.notes).primaryKeys(),
      db.photos.where(':id').anyOf(ids.photos).primaryKeys(),
      db.canvases.toArray(),
      db.notePacks.toArray() as Promise<unknown[]>,
    ]);
    // Notes of an earlier import not unpacked yet hold their ids too.
    const asked = new Set(ids.notes);
    const packedKeys = notesOfPacks(packs)
      .map((n) => n['id'] as string)
      .filter((id) => asked.has(id));
    const write = place({
      canvases: new Set(canvasKeys),
      notes: new Set([...noteKeys, ...tombstoneKeys, ...packedKeys]),
      photos: new Set(photoKeys),
      names: canvases.map((c) => c.name),
    });
    await db.canvases.bulkAdd(write.docs.map((d) => d.canvas));
    await db.notePacks.bulkAdd(write.docs.flatMap((d) => packNotes(d.canvas.id, d.notes, newId)));
    if (write.photos.length) await db.photos.bulkAdd(write.photos);
    if (write.snapshots.length) await db.snapshots.bulkAdd(write.snapshots);
    return write;
  });
}

// Imported notes, stored a hundred to a row ("packs") and unpacked into rows of their own in the
// background.
//
// Why: this browser spends about a tenth of a millisecond of the page's time on every row it puts
// in IndexedDB, whatever the indexes, so a 5 MB backup (about 10,000 notes) took one to two
// seconds to write note by note, and only 0.15 s as packs. Packs are a passing state: every
// reader below merges them in until the unpacker has turned them into ordinary rows, one pack per
// transaction, and everything else (autosave, tab sync, the stale-tab check) only ever deals in
// rows.
//
// The merge rule, the same for readers and for the unpacker: a packed note counts unless a row or
// a tombstone with its id exists. The import never packs a note under an id in use, so a row
// or tombstone with that id can only be a later edit or a later deletion of the packed note.
import type { Note } from '../domain/canvas.schema';
import { isRecord } from '../domain/migrations';
import type { NinefoldDb } from './db';
import { whenIdle } from './idle';

/** Notes per pack: one pack is unpacked per transaction, a few milliseconds of the page's time. */
export const PACK_SIZE = 100;

/** Notes of one canvas, written together by an import and not yet unpacked into rows. */
export interface NotePack {
  id: string;
  canvasId: string;
  notes: Note[];
}

/** One canvas's imported notes, as packs of PACK_SIZE. */
export function packNotes(
  canvasId: string,
  notes: readonly Note[],
  newId: (prefix: string) => string,
): NotePack[] {
  const packs: NotePack[] = [];
  for (let i = 0; i < notes.length; i += PACK_SIZE)
    packs.push({ id: newId('pack'), canvasId, notes: notes.slice(i, i + PACK_SIZE) });
  return packs;
}

/** The stored notes of packs (rows as read: not validated), with an id. */
export function notesOfPacks(packRows: readonly unknown[]): Record<string, unknown>[] {
  const notes: Record<string, unknown>[] = [];
  for (const pack of packRows) {
    if (!isRecord(pack) || !Array.isArray(pack['notes'])) continue;
    for (const note of pack['notes'] as unknown[])
      if (isRecord(note) && typeof note['id'] === 'string') notes.push(note);
  }
  return notes;
}

/** Packed notes that still count: no row and no tombstone has their id. */
export function visiblePackedNotes(
  packRows: readonly unknown[],
  superseded: ReadonlySet<string>,
): Record<string, unknown>[] {
  return notesOfPacks(packRows).filter((n) => !superseded.has(n['id'] as string));
}

/**
 * One canvas's note rows with its packed notes merged in (all as read: not validated). Call it
 * inside a transaction over notes, notePacks and tombstones, so that no unpacking falls between
 * its reads.
 */
export async function readCanvasNoteRows(db: NinefoldDb, canvasId: string): Promise<unknown[]> {
  const [rows, packs] = await Promise.all([
    db.notes.where('canvasId').equals(canvasId).toArray() as Promise<unknown[]>,
    db.notePacks.where('canvasId').equals(canvasId).toArray() as Promise<unknown[]>,
  ]);
  if (packs.length === 0) return rows;
  const buried = await db.tombstones.where('canvasId').equals(canvasId).primaryKeys();
  const superseded = new Set<string>(buried);
  for (const row of rows) if (isRecord(row)) superseded.add(row['id'] as string);
  return [...rows, ...visiblePackedNotes(packs, superseded)];
}

/**
 * Unpacks one pack into note rows, in one transaction: its notes that no row or tombstone
 * supersedes are put, and the pack is deleted. Returns false when no pack is left (found with a
 * read, so that a database without packs is never written to).
 */
export async function unpackOne(db: NinefoldDb): Promise<boolean> {
  const [packId] = await db.notePacks.limit(1).primaryKeys();
  if (packId === undefined) return false;
  await db.transaction('rw', db.notes, db.notePacks, db.tombstones, async () => {
    // Another tab may have unpacked it meanwhile.
    const pack: unknown = await db.notePacks.get(packId);
    if (!isRecord(pack)) return;
    const notes = notesOfPacks([pack]);
    const ids = notes.map((n) => n['id'] as string);
    const [rows, tombstones] = await Promise.all([
      db.notes.bulkGet(ids),
      db.tombstones.bulkGet(ids),
    ]);
    const fresh = notes.filter((_, i) => !rows[i] && !tombstones[i]) as unknown as Note[];
    if (fresh.length) await db.notes.bulkPut(fresh);
    await db.notePacks.delete(packId);
  });
  return true;
}

export interface Unpacker {
  /** Unpacks whatever packs there are, one between idle moments; a no-op while already at it. */
  kick(): void;
  stop(): void;
}

/** Unpacks packs in the background, one pack at a time while the page is idle. */
export function createUnpacker(
  db: NinefoldDb,
  idle: (run: () => void) => void = whenIdle,
): Unpacker {
  let running = false;
  let stopped = false;
  let again = false;
  const step = () => {
    if (stopped) {
      running = false;
      return;
    }
    unpackOne(db).then(
      (more) => {
        if (more) idle(step);
        else if (again) {
          again = false;
          idle(step);
        } else running = false;
      },
      // The database went away (closed for an upgrade, say): the next start picks up from here.
      () => {
        running = false;
      },
    );
  };
  return {
    kick() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      idle(step);
    },
    stop() {
      stopped = true;
    },
  };
}

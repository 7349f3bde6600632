// The Dexie database: the only place that declares IndexedDB stores and their versions.
import Dexie, { type EntityTable } from 'dexie';
import type { Canvas, Note } from '../domain/canvas.schema';
import type { Snapshot } from '../domain/snapshot';

import { DATABASE_NAME } from './names';
import type { NotePack } from './note-packs';

export { DATABASE_NAME };

/** A deleted note, remembered so that a stale tab cannot bring it back by writing an old copy. */
export interface NoteTombstone {
  id: string;
  canvasId: string;
  deletedAt: number;
}

/**
 * A persona photo, resized in the browser. Written once and never changed (a new upload is a new
 * row), so it needs no last-writer-wins: a persona points at it by id.
 */
export interface PhotoRecord {
  id: string;
  canvasId: string;
  blob: Blob;
  width: number;
  height: number;
  createdAt: number;
}

export type NinefoldDb = Dexie & {
  /** Canvas snapshots (domain/snapshot.ts): written once, listed per canvas, deleted by hand. */
  snapshots: EntityTable<Snapshot, 'id'>;
  canvases: EntityTable<Canvas, 'id'>;
  notes: EntityTable<Note, 'id'>;
  tombstones: EntityTable<NoteTombstone, 'id'>;
  photos: EntityTable<PhotoRecord, 'id'>;
  /** Imported notes not yet unpacked into rows of their own (note-packs.ts). */
  notePacks: EntityTable<NotePack, 'id'>;
};

/** The highest database version this build declares (below). */
export const DATABASE_VERSION = 4;

export function createDatabase(name = DATABASE_NAME): NinefoldDb {
  const db = new Dexie(name) as NinefoldDb;
  // Version 1. Notes are rows of their own so that two tabs editing different notes never collide.
  db.version(1).stores({
    canvases: 'id, updatedAt, trashedAt',
    notes: 'id, canvasId, [canvasId+updatedAt]',
    tombstones: 'id, canvasId, [canvasId+deletedAt]',
  });
  // Version 2 (Customer Segments workspace): persona photos. Segment profiles live on their notes.
  db.version(2).stores({ photos: 'id, canvasId' });
  // Version 3 (segment workspace, part 2): snapshots of whole canvases, to compare and restore.
  db.version(3).stores({ snapshots: 'id, canvasId, createdAt' });
  // Version 4: imported notes, a hundred to a row until unpacked (note-packs.ts explains why).
  db.version(4).stores({ notePacks: 'id, canvasId' });
  return db;
}

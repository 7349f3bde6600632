// The Dexie database: the only place that declares IndexedDB stores and their versions.
import Dexie, { type EntityTable } from 'dexie';
import type { Canvas, Note } from '../domain/canvas.schema';

import { DATABASE_NAME } from './names';

export { DATABASE_NAME };

/** A deleted note, remembered so that a stale tab cannot bring it back by writing an old copy. */
export interface NoteTombstone {
  id: string;
  canvasId: string;
  deletedAt: number;
}

export type NinefoldDb = Dexie & {
  canvases: EntityTable<Canvas, 'id'>;
  notes: EntityTable<Note, 'id'>;
  tombstones: EntityTable<NoteTombstone, 'id'>;
};

export function createDatabase(name = DATABASE_NAME): NinefoldDb {
  const db = new Dexie(name) as NinefoldDb;
  // Version 1. Notes are rows of their own so that two tabs editing different notes never collide.
  db.version(1).stores({
    canvases: 'id, updatedAt, trashedAt',
    notes: 'id, canvasId, [canvasId+updatedAt]',
    tombstones: 'id, canvasId, [canvasId+deletedAt]',
  });
  return db;
}

// Stored rows to a canvas document: migrate, then validate. Free of Dexie, so that the first
// read (first-read.ts, the browser's own IndexedDB API) can use it before Dexie has loaded.
import type { Canvas, CanvasDoc, Note } from '../domain/canvas.schema';
import { safeParseCanvas, safeParseNote } from '../domain/canvas-parsers';
import {
  CURRENT_VERSION,
  completeSegments,
  giveSegmentsProfiles,
  isRecord,
  migrateDocument,
  type RawCanvasDoc,
} from '../domain/migrations';

export type LoadResult =
  | {
      status: 'ok';
      doc: CanvasDoc;
      /** Stored note rows (as migrated) that do not validate: left out, and left in storage. */
      unreadableNotes: unknown[];
    }
  | { status: 'missing' }
  | { status: 'newer'; version: number };

/** Stored rows, as read by any means, to a canvas document: migrate, then validate. */
export function parseCanvasRows(canvasRow: unknown, noteRows: unknown): LoadResult {
  if (!isRecord(canvasRow) || !Array.isArray(noteRows)) return { status: 'missing' };
  const raw: RawCanvasDoc = { canvas: canvasRow, notes: noteRows.filter(isRecord) };
  const migrated = migrateDocument(raw);
  if (!migrated.ok) return { status: 'newer', version: migrated.version };
  migrated.doc = completeSegments(giveSegmentsProfiles(migrated.doc));
  const canvas = safeParseCanvas({ ...migrated.doc.canvas, schemaVersion: CURRENT_VERSION });
  if (!canvas.success) return { status: 'missing' };
  const notes: Note[] = [];
  const unreadableNotes: unknown[] = [];
  for (const row of migrated.doc.notes) {
    const note = safeParseNote(row);
    if (note.success) notes.push(note.data);
    else unreadableNotes.push(row);
  }
  return { status: 'ok', doc: { canvas: canvas.data, notes }, unreadableNotes };
}

/** A canvas row brought to the current shape (not validated), e.g. from an older build's journal. */
export function upgradeCanvasRow(row: unknown): unknown {
  if (!isRecord(row)) return row;
  const migrated = migrateDocument({ canvas: row, notes: [] });
  // A row from a newer build stays as it is: opening it then says it needs a newer Ninefold.
  if (!migrated.ok) return row;
  const canvas = completeSegments(migrated.doc).canvas;
  return { ...canvas, schemaVersion: CURRENT_VERSION };
}

/** A stored canvas row, migrated to the current shape and validated; null when it cannot be. */
export function parseCanvasRow(row: unknown): Canvas | null {
  const parsed = safeParseCanvas(upgradeCanvasRow(row));
  return parsed.success ? parsed.data : null;
}

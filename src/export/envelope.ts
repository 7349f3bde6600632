// The JSON export file: a versioned envelope around canvases, their notes and persona photos.
// Strict writing (every record goes through its schema on the way out); the tolerant reading
// lives in import-reader.ts.
import * as z from 'zod/mini';
import { BLOCK_IDS } from '../domain/blocks';
import { CanvasSchema, NoteSchema, type CanvasDoc } from '../domain/canvas.schema';
import { compareOrder } from '../domain/order';
import { SnapshotSchema, type Snapshot } from '../domain/snapshot';

/** Names the file's format, so that any other JSON is told apart at once. */
export const EXPORT_FORMAT = 'ninefold';
/** Version of the envelope (the canvases inside carry their own schemaVersion). */
export const EXPORT_FORMAT_VERSION = 1;

export const PHOTO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** A stored persona photo is at most 480 px and well under this; the limit only stops junk. */
export const PHOTO_DATA_MAX = 4 * 1024 * 1024;
const PHOTO_SIDE_MAX = 4096;

const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const PhotoFileSchema = z.object({
  id: IdSchema,
  type: z.enum(PHOTO_TYPES),
  width: z.int().check(z.positive(), z.maximum(PHOTO_SIDE_MAX)),
  height: z.int().check(z.positive(), z.maximum(PHOTO_SIDE_MAX)),
  createdAt: z.int().check(z.nonnegative()),
  /** The image bytes, base64. */
  data: z.string().check(z.maxLength(PHOTO_DATA_MAX), z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
export type PhotoFile = z.infer<typeof PhotoFileSchema>;

export const ExportedCanvasSchema = z.object({
  canvas: CanvasSchema,
  notes: z.array(NoteSchema),
  photos: z.array(PhotoFileSchema),
  /** Snapshots of the canvas (domain/snapshot.ts), oldest first. */
  snapshots: z.array(SnapshotSchema).check(z.maxLength(500)),
});
export type ExportedCanvas = z.infer<typeof ExportedCanvasSchema>;

export const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.int().check(z.positive()),
  /** The version of Ninefold that wrote the file. */
  app: z.string().check(z.maxLength(40)),
  /** ISO 8601. */
  exportedAt: z.string().check(z.maxLength(40)),
  canvases: z.array(ExportedCanvasSchema),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** A persona photo as the app stores it. */
export interface PhotoBlob {
  id: string;
  blob: Blob;
  width: number;
  height: number;
  createdAt: number;
}

export interface CanvasWithPhotos {
  doc: CanvasDoc;
  photos: PhotoBlob[];
  snapshots?: Snapshot[];
}

/** The ids of every persona photo a canvas shows. */
export function photoIdsOf(doc: CanvasDoc): string[] {
  const ids = new Set<string>();
  for (const note of doc.notes)
    for (const persona of note.segment?.personas ?? [])
      if (persona.photoId) ids.add(persona.photoId);
  return [...ids];
}

/** Bytes as base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...bytes) overflows the stack on large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

async function toBase64(blob: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await blob.arrayBuffer()));
}

export function fromBase64(data: string, type: string): Blob {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type });
}

function photoType(blob: Blob): PhotoFile['type'] {
  return (PHOTO_TYPES as readonly string[]).includes(blob.type)
    ? (blob.type as PhotoFile['type'])
    : 'image/webp';
}

/**
 * The export file's text. Records pass through their schemas, which also fixes the key order
 * (the schema's), so the same canvas always gives the same file; notes go in block and order.
 */
export async function writeExport(
  items: readonly CanvasWithPhotos[],
  params: { now: number; appVersion: string },
): Promise<string> {
  const canvases: ExportedCanvas[] = [];
  for (const { doc, photos, snapshots = [] } of items) {
    const shown = new Set(photoIdsOf(doc));
    const files: PhotoFile[] = [];
    for (const p of photos.filter((photo) => shown.has(photo.id)))
      files.push({
        id: p.id,
        type: photoType(p.blob),
        width: p.width,
        height: p.height,
        createdAt: p.createdAt,
        data: await toBase64(p.blob),
      });
    const notes = [...doc.notes].sort((a, b) =>
      a.block === b.block
        ? compareOrder(a, b)
        : BLOCK_IDS.indexOf(a.block) - BLOCK_IDS.indexOf(b.block),
    );
    canvases.push(
      ExportedCanvasSchema.parse({
        canvas: doc.canvas,
        notes,
        photos: files.sort((a, b) => a.id.localeCompare(b.id)),
        snapshots: [...snapshots].sort((a, b) => a.createdAt - b.createdAt),
      }),
    );
  }
  const envelope: Envelope = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    app: params.appVersion,
    exportedAt: new Date(params.now).toISOString(),
    canvases,
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

/** A file name from the canvas name and the date: "Clearview 2026-11-25.ninefold.json". */
export function exportFileName(name: string, now: number, extension: string): string {
  const date = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  // Characters that file systems refuse, control characters, and leading dots go.
  const base =
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
      .slice(0, 80)
      .trim() || 'Canvas';
  return `${base} ${day}.${extension}`;
}

// zod schemas for a canvas and its notes: the single source of their types.
import { z } from 'zod';
import { BlockIdSchema } from './blocks';

export const NOTE_TEXT_MAX = 2000;
export const CANVAS_NAME_MAX = 120;

export const NOTE_COLOURS = ['yellow', 'pink', 'blue', 'green', 'purple', 'orange'] as const;
export const NoteColourSchema = z.enum(NOTE_COLOURS);
export type NoteColour = z.infer<typeof NoteColourSchema>;

export const NOTE_COLOUR_LABELS: Record<NoteColour, string> = {
  yellow: 'Yellow',
  pink: 'Pink',
  blue: 'Blue',
  green: 'Green',
  purple: 'Purple',
  orange: 'Orange',
};

const IdSchema = z.string().min(1).max(64);
const TimestampSchema = z.number().int().nonnegative();

export const CanvasSchema = z.object({
  id: IdSchema,
  name: z.string().max(CANVAS_NAME_MAX),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Version of the document shape this canvas was written in (see migrations.ts). */
  schemaVersion: z.number().int().positive(),
  /** Set while a deleted canvas can still be restored; null when live. */
  trashedAt: TimestampSchema.nullable(),
});
export type Canvas = z.infer<typeof CanvasSchema>;

export const NoteSchema = z.object({
  id: IdSchema,
  canvasId: IdSchema,
  block: BlockIdSchema,
  text: z.string().max(NOTE_TEXT_MAX),
  colour: NoteColourSchema,
  /** Fractional index: sorts notes within a block; a move rewrites only the moved note. */
  order: z.string().min(1).max(256),
  /** Customer segments (notes in the Customer Segments block) this note serves. */
  segmentIds: z.array(IdSchema).max(500),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Note = z.infer<typeof NoteSchema>;

/** A canvas with all of its notes: the unit that is loaded, migrated, duplicated and exported. */
export const CanvasDocSchema = z.object({
  canvas: CanvasSchema,
  notes: z.array(NoteSchema),
});
export type CanvasDoc = z.infer<typeof CanvasDocSchema>;

// zod schemas for a canvas and its notes: the single source of their types.
// zod/mini: the same validation at a fraction of the bundle of zod's full namespace.
import * as z from 'zod/mini';
import { BlockIdSchema } from './block-id.schema';
import { DifferencePairSchema } from './difference';
import { VOTE_ROUNDS_MAX, VoteRoundSchema } from './vote';
import { PricingModelSchema, SegmentSchema, WeightsSchema } from './segment.schema';
import { CANVAS_NAME_MAX, NOTE_TEXT_MAX } from './limits';

export { CANVAS_NAME_MAX, NOTE_TEXT_MAX };

import { NOTE_COLOURS } from './palettes';

export { NOTE_COLOURS };
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

const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));
const TimestampSchema = z.int().check(z.nonnegative());

export const CanvasSchema = z.object({
  id: IdSchema,
  name: z.string().check(z.maxLength(CANVAS_NAME_MAX)),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Version of the document shape this canvas was written in (see migrations.ts). */
  schemaVersion: z.int().check(z.positive()),
  /** Set while a deleted canvas can still be restored; null when live. */
  trashedAt: z.nullable(TimestampSchema),
  /** Weights of the segment attractiveness criteria (segment.schema.ts). */
  weights: WeightsSchema,
  /** The operational difference test's answers, per pair of segments (difference.ts). */
  differences: z.array(DifferencePairSchema).check(z.maxLength(2000)),
  /** Workshop dot-voting rounds, oldest first (vote.ts). */
  votes: z.array(VoteRoundSchema).check(z.maxLength(VOTE_ROUNDS_MAX)),
});
export type Canvas = z.infer<typeof CanvasSchema>;

export const NoteSchema = z.object({
  id: IdSchema,
  canvasId: IdSchema,
  block: BlockIdSchema,
  text: z.string().check(z.maxLength(NOTE_TEXT_MAX)),
  colour: NoteColourSchema,
  /** Fractional index: sorts notes within a block; a move rewrites only the moved note. */
  order: z.string().check(z.minLength(1), z.maxLength(256)),
  /** Customer segments (notes in the Customer Segments block) this note serves. */
  segmentIds: z.array(IdSchema).check(z.maxLength(500)),
  /** Present on notes in the Customer Segments block: the segment this note names. */
  segment: z.optional(SegmentSchema),
  /** Revenue Streams notes: how the linked segments pay. */
  pricing: z.optional(PricingModelSchema),
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

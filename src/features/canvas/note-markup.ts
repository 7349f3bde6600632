// How a note, and the canvas's segment legend, are marked up: class names, tokens and ids, free of
// React. NoteCard and SegmentLegend render with these, and so does the first paint
// (app/first-paint.ts), which draws the canvas before React has loaded; both must agree.
import type { Note } from '../../domain/canvas.schema';
import { PRICING_MODELS } from '../../domain/palettes';
import type { SegmentColour } from '../../domain/segment.schema';

/** What a note's markup depends on: a Note, or a row the first paint has checked this far. */
export type NoteLook = Pick<Note, 'id' | 'block' | 'text' | 'colour' | 'segmentIds'> & {
  pricing?: Note['pricing'];
  segment?: { colour: NonNullable<Note['segment']>['colour'] } | null;
};

/** Id of the board's hidden how-to text that every note points at. */
export const NOTE_INSTRUCTIONS_ID = 'note-instructions';

/** That how-to text (also dnd-kit's instructions for a note that can be picked up). */
export const SCREEN_READER_INSTRUCTIONS =
  'To edit this note, press Enter (on a customer segment, Enter opens its profile; F2 edits the name). To move it, press Space, then use the arrow keys: up and down within its block, left and right to another block. Press Space to drop it, or Escape to cancel. Press Delete to delete it.';

/** Past this many characters a note may be taller than its block wants: it scrolls inside. */
const LONG_NOTE = 280;

/**
 * A segment id as a DOM token (for ids and the space-separated data-segments list), safe whatever
 * characters an imported id holds: only letters, digits and - remain; every other character (_ too) is
 * encoded, so two different ids never give the same token.
 */
export function segmentNameId(segmentId: string): string {
  // Asked twice per linked note on every render of a thousand-note canvas, for a few segment ids.
  let token = nameIds.get(segmentId);
  if (token === undefined) {
    token = `segment-name-${segmentId.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.charCodeAt(0)}_`)}`;
    nameIds.set(segmentId, token);
  }
  return token;
}
const nameIds = new Map<string, string>();

/** The class of a note's slot (its list item). */
export function noteSlotClass(note: NoteLook): string {
  return note.block === 'customer-segments'
    ? `note-slot note note--${note.colour} note--segment segment-fill--${note.segment?.colour ?? 'teal'}`
    : `note-slot note note--${note.colour}`;
}

/** The slot's data-segments: the tokens of the segments it serves, which the lens dims by. */
export function noteSegmentTokens(note: NoteLook): string | undefined {
  return note.segmentIds.length > 0 ? note.segmentIds.map(segmentNameId).join(' ') : undefined;
}

/** The class of a note's text. */
export function noteBodyClass(note: NoteLook): string {
  return note.text.length > LONG_NOTE ? 'note__body note__body--long' : 'note__body';
}

/** What a note's text is described by: the segments it serves, then how to use it. */
export function noteDescribedBy(note: NoteLook): string {
  return note.segmentIds.length > 0
    ? `serves-label ${note.segmentIds.map(segmentNameId).join(' ')} ${NOTE_INSTRUCTIONS_ID}`
    : NOTE_INSTRUCTIONS_ID;
}

/** A note's name when it has no text to be named by. */
export const noteEmptyLabel = (note: NoteLook): string | undefined =>
  note.text.trim() === '' ? 'Empty note' : undefined;

/** The pricing model a revenue note shows beside its marks, if any. */
export function notePricing(note: NoteLook): (typeof PRICING_MODELS)[number] | null {
  if (note.block !== 'revenue-streams') return null;
  return PRICING_MODELS.find((p) => p.id === note.pricing) ?? null;
}

/** The segment marks' accessible name: "Serves:" and the segments' names. */
export const segmentMarksLabelledBy = (note: NoteLook): string =>
  `serves-label ${note.segmentIds.map(segmentNameId).join(' ')}`;

/**
 * The legend's style sheet: each segment's marks in its colour and, with the lens on a segment,
 * every note that is neither that segment nor linked to it dimmed (one rule, so choosing a
 * segment re-renders no note). Ids are escaped for CSS; the sheet is set as text.
 */
export function segmentLegendCss(
  segmentIds: readonly string[],
  colours: readonly SegmentColour[],
  lens: string | null,
): string {
  const css = segmentIds
    .map(
      (id, i) =>
        `.segment-mark[data-segment="${CSS.escape(id)}"]{display:inline-block;--seg-color:var(--seg-${colours[i]})}`,
    )
    .join('\n');
  const lensCss =
    lens && segmentIds.includes(lens)
      ? `.note-slot:not([data-note-id="${CSS.escape(lens)}"]):not([data-segments~="${segmentNameId(lens)}"]){--dimmed:1;background:var(--surface-2);color:var(--text-muted);box-shadow:inset 0 0 0 1px var(--border)}` +
        `.note-slot:not([data-note-id="${CSS.escape(lens)}"]):not([data-segments~="${segmentNameId(lens)}"]) .segment-mark{filter:grayscale(1)}`
      : '';
  return css + lensCss;
}

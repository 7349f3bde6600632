// Canvas and note operations as plain functions: each returns new records and touches only what it must.
import { pairKey } from './difference';
import type { BlockId } from './blocks';
import {
  CANVAS_NAME_MAX,
  NOTE_TEXT_MAX,
  type Canvas,
  type CanvasDoc,
  type Note,
  type NoteColour,
} from './canvas.schema';
import { CURRENT_VERSION } from './migrations';
import { orderKeyAt, sortByOrder } from './order';
import { cutText } from './text';
import {
  DEFAULT_WEIGHTS,
  emptySegment,
  nextSegmentColour,
  type SegmentColour,
} from './segment.schema';

export const DEFAULT_NOTE_COLOUR: NoteColour = 'yellow';
export const UNTITLED_CANVAS = 'Untitled canvas';

/** A record's next timestamp: never earlier than its last one, so last-writer-wins stays ordered. */
export function nextTimestamp(previous: number, now: number): number {
  return Math.max(now, previous + 1);
}

export function clampNoteText(text: string): { text: string; cut: boolean } {
  if (text.length <= NOTE_TEXT_MAX) return { text, cut: false };
  return { text: cutText(text, NOTE_TEXT_MAX), cut: true };
}

export function cleanCanvasName(name: string): string {
  const trimmed = cutText(name.replace(/\s+/g, ' ').trim(), CANVAS_NAME_MAX).trim();
  return trimmed === '' ? UNTITLED_CANVAS : trimmed;
}

export function createCanvas(params: { id: string; name?: string; now: number }): Canvas {
  return {
    id: params.id,
    name: cleanCanvasName(params.name ?? UNTITLED_CANVAS),
    createdAt: params.now,
    updatedAt: params.now,
    schemaVersion: CURRENT_VERSION,
    trashedAt: null,
    weights: { ...DEFAULT_WEIGHTS },
    differences: [],
    votes: [],
  };
}

export function renameCanvas(canvas: Canvas, name: string, now: number): Canvas {
  return {
    ...canvas,
    name: cleanCanvasName(name),
    updatedAt: nextTimestamp(canvas.updatedAt, now),
  };
}

/**
 * A deleted canvas stays in "Recently deleted" this long, then is purged (at a start-up after
 * that): its notes, snapshots and the photos no other canvas shows.
 */
export const TRASH_RETENTION_MS = 24 * 60 * 60 * 1000;

export function trashCanvas(canvas: Canvas, now: number): Canvas {
  return { ...canvas, trashedAt: now, updatedAt: nextTimestamp(canvas.updatedAt, now) };
}

export function restoreCanvas(canvas: Canvas, now: number): Canvas {
  return { ...canvas, trashedAt: null, updatedAt: nextTimestamp(canvas.updatedAt, now) };
}

/** Notes of one block, in display order. */
export function notesInBlock(notes: Iterable<Note>, canvasId: string, block: BlockId): Note[] {
  const inBlock: Note[] = [];
  for (const n of notes) if (n.canvasId === canvasId && n.block === block) inBlock.push(n);
  return sortByOrder(inBlock);
}

export interface AddNoteParams {
  id: string;
  canvasId: string;
  block: BlockId;
  text?: string;
  colour?: NoteColour;
  /** Position among the block's notes; defaults to the end. */
  index?: number;
  now: number;
}

/** The segment colours used by `segments` (the Customer Segments block's notes). */
export function segmentColours(segments: readonly Note[]): SegmentColour[] {
  return segments.flatMap((n) => (n.segment ? [n.segment.colour] : []));
}

/** A new note placed among `blockNotes` (the target block's notes, sorted). */
export function addNote(blockNotes: readonly Note[], params: AddNoteParams): Note {
  const index = params.index ?? blockNotes.length;
  return {
    id: params.id,
    canvasId: params.canvasId,
    block: params.block,
    text: clampNoteText(params.text ?? '').text,
    colour: params.colour ?? DEFAULT_NOTE_COLOUR,
    order: orderKeyAt(blockNotes, index),
    segmentIds: [],
    // A note in Customer Segments is a segment, with a colour of its own among the others.
    ...(params.block === 'customer-segments'
      ? { segment: emptySegment(nextSegmentColour(segmentColours(blockNotes))) }
      : {}),
    createdAt: params.now,
    updatedAt: params.now,
  };
}

export function editNoteText(note: Note, text: string, now: number): { note: Note; cut: boolean } {
  const clamped = clampNoteText(text);
  return {
    note: { ...note, text: clamped.text, updatedAt: nextTimestamp(note.updatedAt, now) },
    cut: clamped.cut,
  };
}

export function recolourNote(note: Note, colour: NoteColour, now: number): Note {
  return { ...note, colour, updatedAt: nextTimestamp(note.updatedAt, now) };
}

/**
 * Moves a note to `index` within `toBlock`. `targetNotes` are the target block's notes in order;
 * the moved note itself is ignored if present. Only the moved note changes.
 */
export function moveNote(
  note: Note,
  toBlock: BlockId,
  targetNotes: readonly Note[],
  index: number,
  now: number,
): Note {
  const others = targetNotes.filter((n) => n.id !== note.id);
  // A note moved into Customer Segments becomes a segment; one moved out keeps its profile, unused,
  // so that moving it back restores it.
  const becomesSegment = toBlock === 'customer-segments' && !note.segment;
  return {
    ...note,
    block: toBlock,
    order: orderKeyAt(others, index),
    ...(becomesSegment ? { segment: emptySegment(nextSegmentColour(segmentColours(others))) } : {}),
    updatedAt: nextTimestamp(note.updatedAt, now),
  };
}

/** A full copy of a canvas under new ids, with segment links remapped to the copied notes. */
export function duplicateCanvas(
  doc: CanvasDoc,
  params: { canvasId: string; name: string; newNoteId: () => string; now: number },
): CanvasDoc {
  const idMap = new Map(doc.notes.map((n) => [n.id, params.newNoteId()]));
  const canvas = createCanvas({ id: params.canvasId, name: params.name, now: params.now });
  const remap = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const mapped = idMap.get(id);
      return mapped ? [mapped] : [];
    });
  const notes = doc.notes.map((n): Note => ({
    ...n,
    id: idMap.get(n.id)!,
    canvasId: params.canvasId,
    segmentIds: remap(n.segmentIds),
    ...(n.segment ? { segment: { ...n.segment, dependsOn: remap(n.segment.dependsOn) } } : {}),
    createdAt: params.now,
    updatedAt: params.now,
  }));
  // Difference answers follow their segments to the new ids.
  const differences = doc.canvas.differences.flatMap((p) => {
    const a = idMap.get(p.a);
    const b = idMap.get(p.b);
    return a && b ? [{ ...pairKey(a, b), answers: { ...p.answers } }] : [];
  });
  // Vote rounds too, their votes on the copied notes.
  const votes = doc.canvas.votes.map((round) => ({
    ...round,
    counts: Object.fromEntries(
      Object.entries(round.counts).flatMap(([id, n]) => {
        const mapped = idMap.get(id);
        return mapped ? [[mapped, n]] : [];
      }),
    ),
  }));
  return {
    canvas: { ...canvas, weights: { ...doc.canvas.weights }, differences, votes },
    notes,
  };
}

/** "Plan (copy)", "Plan (copy 2)", … avoiding names already taken. */
export function copyName(name: string, taken: Iterable<string>): string {
  return labelledName(name, 'copy', taken);
}

/** "Plan (imported)", "Plan (imported 2)", …: a canvas imported beside one it would overwrite. */
export function importedName(name: string, taken: Iterable<string>): string {
  return labelledName(name, 'imported', taken);
}

/** "Plan (restored)", "Plan (restored 2)", …: a snapshot restored as a canvas of its own. */
export function restoredName(name: string, taken: Iterable<string>): string {
  return labelledName(name, 'restored', taken);
}

function labelledName(name: string, label: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  const base = cleanCanvasName(name.replace(new RegExp(` \\(${label}(?: \\d+)?\\)$`), ''));
  let candidate = suffixed(base, ` (${label})`);
  for (let n = 2; names.has(candidate); n++) candidate = suffixed(base, ` (${label} ${n})`);
  return candidate;
}

/** The name as it is if no canvas has it, else "Name (2)", "Name (3)", …: a second example. */
export function distinctName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  const base = cleanCanvasName(name);
  let candidate = base;
  for (let n = 2; names.has(candidate); n++) candidate = suffixed(base, ` (${n})`);
  return candidate;
}

/**
 * `base` and `suffix` within the longest name: the base is shortened, not the suffix, so a long
 * name still gets a distinct one; at a space where one is near, with "…" ("for real users o (copy)"
 * read as a typo).
 */
function suffixed(base: string, suffix: string): string {
  const room = CANVAS_NAME_MAX - suffix.length;
  if (base.length <= room) return cleanCanvasName(`${base}${suffix}`);
  const cut = cutText(base, room - 1);
  const space = cut.lastIndexOf(' ');
  const word = space >= room - 20 ? cut.slice(0, space) : cut;
  return cleanCanvasName(`${word.trimEnd()}…${suffix}`);
}

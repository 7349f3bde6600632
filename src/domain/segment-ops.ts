// Segment operations as plain functions: each returns new records and touches only what it must.
import type { Note } from './canvas.schema';
import { segmentName } from './segment-name';
import { nextTimestamp } from './canvas-ops';
import {
  emptySegment,
  type Frequency,
  type Gain,
  type Job,
  type Pain,
  type Persona,
  type PricingModel,
  type ProfileItem,
  type ProfileList,
  type Relevance,
  type Scores,
  type Segment,
  type SegmentSize,
  type SegmentTemplate,
} from './segment.schema';

export const SEGMENTS_BLOCK = 'customer-segments';

export function isSegment(note: Note): boolean {
  return note.block === SEGMENTS_BLOCK;
}

export { segmentName };

/** How a note is named in lists, diffs and print: a segment by its name, others by their text. */
export function noteLabel(note: Note): string {
  return note.segment ? segmentName(note.text) : note.text.trim() || '(empty note)';
}

/** A segment note's profile; a note written by an older tab may not have one yet. */
export function segmentOf(note: Note): Segment {
  return note.segment ?? emptySegment('teal');
}

/** Whether a segment holds anything worth keeping: a profile beyond a blank one, or links to it. */
export function segmentHasContent(note: Note, canvasNotes: Iterable<Note>): boolean {
  const segment = segmentOf(note);
  // Compared with a blank profile of the same colour: the colour alone is not content.
  if (JSON.stringify(segment) !== JSON.stringify(emptySegment(segment.colour))) return true;
  for (const other of canvasNotes) if (other.segmentIds.includes(note.id)) return true;
  return false;
}

/** The fields a plain patch may change; lists and personas have operations of their own. */
export type SegmentPatch = Partial<
  Omit<Segment, 'size' | 'template' | 'scores' | 'jobs' | 'pains' | 'gains' | 'personas'>
> & {
  size?: Partial<SegmentSize>;
  template?: Partial<SegmentTemplate>;
  scores?: Partial<Scores>;
};

function withSegment(note: Note, segment: Segment, now: number): Note {
  return { ...note, segment, updatedAt: nextTimestamp(note.updatedAt, now) };
}

export function patchSegment(note: Note, patch: SegmentPatch, now: number): Note {
  const current = segmentOf(note);
  const next: Segment = {
    ...current,
    ...patch,
    size: { ...current.size, ...patch.size },
    template: { ...current.template, ...patch.template },
    scores: { ...current.scores, ...patch.scores },
  };
  return withSegment(note, next, now);
}

// ---------- jobs, pains and gains ----------
/** Any field of a job, pain or gain (kind, severity and relevance apply to their own lists). */
export type ProfileItemPatch = Partial<{
  text: string;
  importance: number;
  frequency: Frequency;
  kind: string;
  severity: number;
  relevance: Relevance;
}>;

type ItemOf<L extends ProfileList> = L extends 'jobs' ? Job : L extends 'pains' ? Pain : Gain;

export function newProfileItem<L extends ProfileList>(list: L, id: string, text = ''): ItemOf<L> {
  const base = { id, text, importance: 3, frequency: 'sometimes' as const };
  const items: { [K in ProfileList]: ItemOf<K> } = {
    jobs: { ...base, kind: 'functional' },
    pains: { ...base, kind: 'obstacle', severity: 3 },
    gains: { ...base, kind: 'expected', relevance: 'important' },
  };
  return items[list] as ItemOf<L>;
}

function withList<L extends ProfileList>(
  note: Note,
  list: L,
  edit: (items: ItemOf<L>[]) => ItemOf<L>[],
  now: number,
): Note {
  const segment = segmentOf(note);
  const items = segment[list] as ItemOf<L>[];
  return withSegment(note, { ...segment, [list]: edit(items) }, now);
}

export function addProfileItem(
  note: Note,
  list: ProfileList,
  item: ProfileItem,
  now: number,
): Note {
  return withList(note, list, (items) => [...items, item as never], now);
}

export function updateProfileItem(
  note: Note,
  list: ProfileList,
  itemId: string,
  patch: ProfileItemPatch,
  now: number,
): Note {
  return withList(
    note,
    list,
    (items) =>
      items.map((item) => (item.id === itemId ? ({ ...item, ...patch } as typeof item) : item)),
    now,
  );
}

export function removeProfileItem(
  note: Note,
  list: ProfileList,
  itemId: string,
  now: number,
): Note {
  const removed = withList(note, list, (items) => items.filter((item) => item.id !== itemId), now);
  // Evidence about the item is now about the segment as a whole (undo brings both back).
  const segment = segmentOf(removed);
  if (!segment.evidence.some((e) => e.about === itemId)) return removed;
  const evidence = segment.evidence.map((e) => (e.about === itemId ? { ...e, about: null } : e));
  return { ...removed, segment: { ...segment, evidence } };
}

/** Moves an item to `toIndex` (its rank: 0 is the most important). */
export function moveProfileItem(
  note: Note,
  list: ProfileList,
  itemId: string,
  toIndex: number,
  now: number,
): Note {
  return withList(
    note,
    list,
    (items) => {
      const from = items.findIndex((item) => item.id === itemId);
      if (from < 0) return items;
      const next = [...items];
      const [moved] = next.splice(from, 1);
      next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, moved!);
      return next;
    },
    now,
  );
}

// ---------- personas ----------
export function newPersona(id: string): Persona {
  return {
    id,
    name: '',
    photoId: null,
    quote: '',
    demographics: '',
    goals: '',
    barriers: '',
    behaviours: '',
    channels: '',
  };
}

export function addPersona(note: Note, persona: Persona, now: number): Note {
  const segment = segmentOf(note);
  return withSegment(note, { ...segment, personas: [...segment.personas, persona] }, now);
}

export function updatePersona(
  note: Note,
  personaId: string,
  patch: Partial<Omit<Persona, 'id'>>,
  now: number,
): Note {
  const segment = segmentOf(note);
  const personas = segment.personas.map((p) => (p.id === personaId ? { ...p, ...patch } : p));
  return withSegment(note, { ...segment, personas }, now);
}

export function removePersona(note: Note, personaId: string, now: number): Note {
  const segment = segmentOf(note);
  const personas = segment.personas.filter((p) => p.id !== personaId);
  return withSegment(note, { ...segment, personas }, now);
}

// ---------- the thread: links from other notes ----------
export function linkToSegment(note: Note, segmentId: string, linked: boolean, now: number): Note {
  const has = note.segmentIds.includes(segmentId);
  if (has === linked) return note;
  const segmentIds = linked
    ? [...note.segmentIds, segmentId]
    : note.segmentIds.filter((id) => id !== segmentId);
  return { ...note, segmentIds, updatedAt: nextTimestamp(note.updatedAt, now) };
}

export function setPricing(note: Note, pricing: PricingModel | null, now: number): Note {
  const next: Note = { ...note };
  if (pricing) next.pricing = pricing;
  else delete next.pricing;
  return { ...next, updatedAt: nextTimestamp(note.updatedAt, now) };
}

/**
 * What removing a segment does to the rest of its canvas: links to it and platform dependencies
 * on it are dropped. Returns only the notes that change.
 */
export function forgetSegment(
  canvasNotes: readonly Note[],
  segmentId: string,
  now: number,
): Note[] {
  const changed: Note[] = [];
  for (const note of canvasNotes) {
    if (note.id === segmentId) continue;
    let next = linkToSegment(note, segmentId, false, now);
    if (next.segment?.dependsOn.includes(segmentId)) {
      next = withSegment(
        next,
        { ...next.segment, dependsOn: next.segment.dependsOn.filter((id) => id !== segmentId) },
        now,
      );
    }
    if (next !== note) changed.push(next);
  }
  return changed;
}

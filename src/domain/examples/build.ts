// The shared builder behind every example canvas: each example is plain data (an ExampleSpec), and
// this turns it into a fresh CanvasDoc with new ids, order keys and segment links.
import { dayOf } from '../segment-operational';
import {
  emptyOperations,
  type Evidence,
  type MetricKind,
  type Playbook,
  type ValidationStatus,
} from '../segment-operational.schema';
import type { BlockId } from '../blocks';
import type { CanvasDoc, Note, NoteColour } from '../canvas.schema';
import { createCanvas } from '../canvas-ops';
import { initialOrderKeys } from '../order';
import {
  SEGMENT_COLOURS,
  type Archetype,
  type Criterion,
  type Gain,
  type Job,
  type Pain,
  type Persona,
  type PricingModel,
  type Segment,
  type SegmentBasis,
  type SegmentKind,
  type SegmentPriority,
  type SegmentSize,
  type SegmentTemplate,
} from '../segment.schema';

export interface ExampleParams {
  canvasId: string;
  newNoteId: () => string;
  now: number;
}

type Rating = 1 | 2 | 3 | 4 | 5;

/** One segment of an example: its note text (the name) and its full profile. */
export interface SegmentSpec<K extends string> {
  key: K;
  /** The note's text: the segment's short name. */
  name: string;
  description: string;
  kind: SegmentKind;
  /** Who buys and who uses, only when they differ. */
  buyer?: string;
  user?: string;
  priority: SegmentPriority;
  earlyAdopter?: boolean;
  size: SegmentSize;
  bases: readonly SegmentBasis[];
  template: SegmentTemplate;
  /** Ranked, most important first. */
  jobs: readonly Omit<Job, 'id'>[];
  pains: readonly Omit<Pain, 'id'>[];
  gains: readonly Omit<Gain, 'id'>[];
  persona: Omit<Persona, 'id' | 'photoId'>;
  /** Multi-sided platforms: the other sides this one needs. */
  dependsOn?: readonly K[];
  scores: Record<Criterion, Rating>;
  /** Part 2, when the example shows it: dated relative to the day the example is made. */
  operations?: OperationsSpec;
}

export interface OperationsSpec {
  validation: ValidationStatus;
  evidence: readonly (Omit<Evidence, 'id' | 'date' | 'about'> & { daysAgo: number })[];
  /** Monthly values, the oldest first, ending this month. */
  metrics: readonly { kind: MetricKind; values: readonly number[] }[];
  onboarding: readonly string[];
  playbook: Omit<Playbook, 'onboarding'>;
}

export interface NoteSpec<K extends string> {
  text: string;
  colour?: NoteColour;
  /** The segments this note serves. */
  serves?: readonly K[];
  /** Revenue Streams notes: how the linked segments pay. */
  pricing?: PricingModel;
}

export interface ExampleSpec<K extends string> {
  /** The canvas name. */
  name: string;
  archetype: Archetype;
  /** In block order; colours are given from SEGMENT_COLOURS in turn. */
  segments: readonly SegmentSpec<K>[];
  blocks: Record<Exclude<BlockId, 'customer-segments'>, readonly NoteSpec<K>[]>;
}

const SEGMENT_NOTE_COLOUR: NoteColour = 'blue';

export function buildFromSpec<K extends string>(
  spec: ExampleSpec<K>,
  params: ExampleParams,
): CanvasDoc {
  const { canvasId, now, newNoteId } = params;
  const canvas = createCanvas({ id: canvasId, name: spec.name, now });

  // Segments first: every other block (and dependsOn) links back to them.
  const segmentIds = new Map<K, string>(spec.segments.map((s) => [s.key, newNoteId()]));
  const idOf = (key: K): string => {
    const id = segmentIds.get(key);
    if (id === undefined) throw new Error(`Example "${spec.name}" has no segment "${key}"`);
    return id;
  };

  const notes: Note[] = [];
  const segmentKeys = initialOrderKeys(spec.segments.length);
  spec.segments.forEach((s, i) => {
    notes.push({
      id: idOf(s.key),
      canvasId,
      block: 'customer-segments',
      text: s.name,
      colour: SEGMENT_NOTE_COLOUR,
      order: segmentKeys[i]!,
      segmentIds: [],
      segment: {
        colour: SEGMENT_COLOURS[i % SEGMENT_COLOURS.length]!,
        ...segmentProfile(spec.archetype, s, idOf, newNoteId, now),
      },
      createdAt: now,
      updatedAt: now,
    });
  });

  for (const [block, items] of Object.entries(spec.blocks) as [BlockId, NoteSpec<K>[]][]) {
    const keys = initialOrderKeys(items.length);
    items.forEach((item, i) => {
      notes.push({
        id: newNoteId(),
        canvasId,
        block,
        text: item.text,
        colour: item.colour ?? 'yellow',
        order: keys[i]!,
        segmentIds: (item.serves ?? []).map(idOf),
        ...(item.pricing ? { pricing: item.pricing } : {}),
        createdAt: now,
        updatedAt: now,
      });
    });
  }
  return { canvas, notes };
}

/** A fresh profile (no object shared with the spec), with new ids for its items and persona. */
function segmentProfile<K extends string>(
  archetype: Archetype,
  s: SegmentSpec<K>,
  idOf: (key: K) => string,
  newId: () => string,
  now: number,
): Omit<Segment, 'colour'> {
  return {
    description: s.description,
    archetype,
    kind: s.kind,
    buyer: s.buyer ?? '',
    user: s.user ?? '',
    priority: s.priority,
    earlyAdopter: s.earlyAdopter ?? false,
    size: { ...s.size },
    bases: s.bases.map((b) => ({ ...b })),
    template: { ...s.template },
    jobs: s.jobs.map((j) => ({ id: newId(), ...j })),
    pains: s.pains.map((p) => ({ id: newId(), ...p })),
    gains: s.gains.map((g) => ({ id: newId(), ...g })),
    personas: [{ id: newId(), photoId: null, ...s.persona }],
    dependsOn: (s.dependsOn ?? []).map(idOf),
    scores: { ...s.scores },
    ...operations(s.operations, now, newId),
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Part 2 of a segment from its spec, dated back from `now`; blank when the spec has none. */
function operations(spec: OperationsSpec | undefined, now: number, newId: () => string) {
  const blank = emptyOperations();
  if (!spec) return blank;
  const monthStart = (monthsAgo: number) => {
    const d = new Date(now);
    return dayOf(new Date(d.getFullYear(), d.getMonth() - monthsAgo, 1, 12).getTime());
  };
  return {
    ...blank,
    validation: { status: spec.validation, changedAt: new Date(now - 20 * DAY_MS).toISOString() },
    evidence: spec.evidence.map(({ daysAgo, ...e }) => ({
      ...e,
      id: newId(),
      date: dayOf(now - daysAgo * DAY_MS),
      about: null,
    })),
    metrics: spec.metrics.map((m) => ({
      id: newId(),
      kind: m.kind,
      name: '',
      unit: '',
      values: m.values.map((value, i) => ({
        id: newId(),
        date: monthStart(m.values.length - 1 - i),
        value,
      })),
    })),
    playbook: {
      ...spec.playbook,
      onboarding: spec.onboarding.map((text) => ({ id: newId(), text })),
    },
  };
}

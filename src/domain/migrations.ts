// The document version and the named steps that upgrade older stored or imported canvases.
import { compareOrder } from './order';
import {
  DEFAULT_WEIGHTS,
  emptySegment,
  nextSegmentColour,
  SEGMENT_COLOURS,
  type SegmentColour,
} from './segment.schema';
import { emptyOperations } from './segment-operational.schema';

import { CURRENT_VERSION } from './version';

export { CURRENT_VERSION };

/** A stored canvas before validation: whatever shape an older version wrote. */
export interface RawCanvasDoc {
  canvas: Record<string, unknown>;
  notes: Record<string, unknown>[];
}

export interface Migration {
  /** Human-readable name, e.g. "add segment links to notes". */
  name: string;
  /** The version this step upgrades from; it produces `from + 1`. */
  from: number;
  up: (doc: RawCanvasDoc) => RawCanvasDoc;
}

/** A plain object (not null, not an array): what a stored or imported record must be. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isSegmentColour = (v: unknown): v is SegmentColour =>
  (SEGMENT_COLOURS as readonly unknown[]).includes(v);

/**
 * Every note in the Customer Segments block gets a segment with an empty profile and a colour of
 * its own (in block order, skipping colours already used); notes that have one keep it.
 * Idempotent, and run on every load as well as by the version-2 step: a canvas row rewritten at
 * version 2 (renamed, say) can still have notes that were written before segments existed.
 */
export function giveSegmentsProfiles(doc: RawCanvasDoc): RawCanvasDoc {
  const segmentNotes = doc.notes
    .filter((n) => n['block'] === 'customer-segments')
    .sort((a, b) =>
      compareOrder(
        { id: String(a['id']), order: String(a['order']) },
        { id: String(b['id']), order: String(b['order']) },
      ),
    );
  const taken: SegmentColour[] = segmentNotes.flatMap((n) => {
    const colour = isRecord(n['segment']) ? n['segment']['colour'] : undefined;
    return isSegmentColour(colour) ? [colour] : [];
  });
  const added = new Map<Record<string, unknown>, Record<string, unknown>>();
  for (const n of segmentNotes) {
    if (isRecord(n['segment'])) continue;
    const colour = nextSegmentColour(taken);
    taken.push(colour);
    added.set(n, { ...n, segment: emptySegment(colour) });
  }
  return added.size === 0 ? doc : { ...doc, notes: doc.notes.map((n) => added.get(n) ?? n) };
}

/**
 * Version 2 (Customer Segments workspace): segment profiles (giveSegmentsProfiles) and the
 * default attractiveness weights on the canvas.
 */
const addSegments: Migration = {
  name: 'segment profiles and attractiveness weights',
  from: 1,
  up: (doc) => {
    const withSegments = giveSegmentsProfiles(doc);
    return {
      ...withSegments,
      canvas: {
        ...doc.canvas,
        weights: isRecord(doc.canvas['weights']) ? doc.canvas['weights'] : { ...DEFAULT_WEIGHTS },
      },
    };
  },
};

/**
 * Every segment has the fields of the segment workspace's part 2 (validation, evidence, metrics,
 * review, playbook), and the canvas its difference answers. Idempotent, and run on every load as
 * well as by the version-3 step, for the same reason as giveSegmentsProfiles: a note row written
 * by an older tab can sit under a canvas row already at version 3.
 */
export function completeSegments(doc: RawCanvasDoc): RawCanvasDoc {
  const parts = emptyOperations();
  let changed = false;
  const notes = doc.notes.map((n) => {
    const segment = n['segment'];
    if (!isRecord(segment)) return n;
    const missing = Object.entries(parts).filter(([key]) => !(key in segment));
    if (missing.length === 0) return n;
    changed = true;
    return { ...n, segment: { ...Object.fromEntries(missing), ...segment } };
  });
  const canvas = Array.isArray(doc.canvas['differences'])
    ? doc.canvas
    : { ...doc.canvas, differences: [] };
  return changed || canvas !== doc.canvas ? { canvas, notes } : doc;
}

/**
 * Version 3 (segment workspace, part 2): evidence and validation, metrics over time, review
 * cadence and playbook on every segment; the operational difference test's answers on the canvas.
 */
const addOperations: Migration = {
  name: 'segment evidence, metrics, reviews, playbooks and difference answers',
  from: 2,
  up: completeSegments,
};

/** Version 4 (workshop mode): dot-voting rounds saved with the canvas. */
const addVoteRounds: Migration = {
  name: 'workshop vote rounds',
  from: 3,
  up: (doc) =>
    Array.isArray(doc.canvas['votes']) ? doc : { ...doc, canvas: { ...doc.canvas, votes: [] } },
};

/**
 * Every upgrade step, oldest first.
 * Each step added here needs a fixture and a test in tests/domain/migrations.test.ts.
 */
export const MIGRATIONS: readonly Migration[] = [addSegments, addOperations, addVoteRounds];

export type MigrationResult =
  | { ok: true; doc: RawCanvasDoc; from: number; applied: string[] }
  | { ok: false; reason: 'newer'; version: number };

export function documentVersion(doc: RawCanvasDoc): number {
  const v = doc.canvas['schemaVersion'];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
}

/** Upgrades a raw document to CURRENT_VERSION. A newer document is refused, never downgraded. */
export function migrateDocument(
  doc: RawCanvasDoc,
  steps: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  const from = documentVersion(doc);
  if (from > target) return { ok: false, reason: 'newer', version: from };
  let current = doc;
  const applied: string[] = [];
  for (let v = from; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) throw new Error(`No migration from version ${v}`);
    current = step.up(current);
    current = { ...current, canvas: { ...current.canvas, schemaVersion: v + 1 } };
    applied.push(step.name);
  }
  return { ok: true, doc: current, from, applied };
}

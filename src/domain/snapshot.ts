// Snapshots of a canvas (named, taken by hand or before a merge, a split or a review) and what
// changed between one and now: per block, notes added, removed and changed; per segment, the
// fields, lists and metrics that changed.
import * as z from 'zod/mini';
import { BLOCK_IDS, BLOCKS, type BlockId } from './blocks';
import { CanvasDocSchema, type CanvasDoc, type Note } from './canvas.schema';
import { sortByOrder } from './order';
import { MERGE_FIELDS } from './segment-merge';
import { noteLabel } from './segment-ops';
import { metricName } from './segment-operational';
import type { Metric } from './segment-operational.schema';

export const SNAPSHOT_REASONS = ['manual', 'merge', 'split', 'review'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export const SnapshotSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  canvasId: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(120)),
  reason: z.enum(SNAPSHOT_REASONS),
  createdAt: z.int().check(z.nonnegative()),
  /** The canvas and its notes as they were. */
  doc: CanvasDocSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export interface NoteChange {
  before: Note;
  after: Note;
  /** The block it came from, when it moved here. */
  movedFrom: BlockId | null;
}

export interface BlockDiff {
  block: BlockId;
  title: string;
  added: Note[];
  removed: Note[];
  changed: NoteChange[];
}

export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

export interface SegmentDiff {
  id: string;
  name: string;
  status: 'added' | 'removed' | 'changed';
  fields: FieldChange[];
  /** Lines like "Pain added: No-shows" or "Evidence logged: Interview, 2 Nov". */
  lists: string[];
  metrics: FieldChange[];
}

export interface CanvasDiff {
  blocks: BlockDiff[];
  segments: SegmentDiff[];
  /** Nothing changed. */
  same: boolean;
}

const latest = (m: Metric | undefined) => m?.values[m.values.length - 1];

/** Items of a list added and removed, by a readable key. */
function listChanges(
  label: string,
  before: readonly { id: string }[],
  after: readonly { id: string }[],
  show: (item: never) => string,
): string[] {
  const beforeIds = new Set(before.map((i) => i.id));
  const afterIds = new Set(after.map((i) => i.id));
  return [
    ...after.filter((i) => !beforeIds.has(i.id)).map((i) => `${label} added: ${show(i as never)}`),
    ...before
      .filter((i) => !afterIds.has(i.id))
      .map((i) => `${label} removed: ${show(i as never)}`),
  ];
}

function segmentChanges(before: Note, after: Note, beforeDoc: CanvasDoc, afterDoc: CanvasDoc) {
  const fields: FieldChange[] = [];
  for (const f of MERGE_FIELDS) {
    const a = f.show(f.get(before));
    const b = f.show(f.get(after));
    if (a !== b) fields.push({ label: f.label, before: a || '—', after: b || '—' });
  }
  const s = before.segment!;
  const t = after.segment!;
  const text = (i: { text: string }) => i.text.trim() || 'unnamed';
  const lists = [
    ...listChanges('Job', s.jobs, t.jobs, text),
    ...listChanges('Pain', s.pains, t.pains, text),
    ...listChanges('Gain', s.gains, t.gains, text),
    ...listChanges('Persona', s.personas, t.personas, (p: { name: string }) => p.name || 'unnamed'),
    ...listChanges(
      'Evidence',
      s.evidence,
      t.evidence,
      (e: { summary: string; date: string }) => `${e.date}: ${e.summary.trim() || 'no summary'}`,
    ),
    ...listChanges('Onboarding step', s.playbook.onboarding, t.playbook.onboarding, text),
  ];
  // The thread: notes that started or stopped serving the segment.
  const linked = (doc: CanvasDoc) =>
    new Map(doc.notes.filter((n) => n.segmentIds.includes(after.id)).map((n) => [n.id, n]));
  const wasLinked = linked(beforeDoc);
  const isLinked = linked(afterDoc);
  for (const [id, n] of isLinked)
    if (!wasLinked.has(id)) lists.push(`Now served by: ${noteLabel(n)}`);
  for (const [id, n] of wasLinked)
    if (!isLinked.has(id)) lists.push(`No longer served by: ${noteLabel(n)}`);

  const metrics: FieldChange[] = [];
  const beforeMetrics = new Map(s.metrics.map((m) => [m.id, m]));
  for (const m of t.metrics) {
    const old = beforeMetrics.get(m.id);
    const a = latest(old);
    const b = latest(m);
    if (JSON.stringify(old?.values) === JSON.stringify(m.values)) continue;
    metrics.push({
      label: metricName(m),
      before: a ? `${a.value} (${a.date})` : '—',
      after: b ? `${b.value} (${b.date})` : '—',
    });
  }
  for (const m of s.metrics)
    if (!t.metrics.some((x) => x.id === m.id))
      metrics.push({ label: metricName(m), before: 'tracked', after: 'removed' });
  return { fields, lists, metrics };
}

/** What changed from `before` (a snapshot) to `after` (now). */
export function diffCanvases(before: CanvasDoc, after: CanvasDoc): CanvasDiff {
  const was = new Map(before.notes.map((n) => [n.id, n]));
  const now = new Map(after.notes.map((n) => [n.id, n]));
  const blocks: BlockDiff[] = BLOCK_IDS.map((block) => {
    const added: Note[] = [];
    const removed: Note[] = [];
    const changed: NoteChange[] = [];
    for (const n of sortByOrder(after.notes.filter((x) => x.block === block))) {
      const old = was.get(n.id);
      if (!old) added.push(n);
      else if (old.block !== block || noteLabel(old) !== noteLabel(n) || old.colour !== n.colour)
        changed.push({ before: old, after: n, movedFrom: old.block !== block ? old.block : null });
    }
    for (const n of sortByOrder(before.notes.filter((x) => x.block === block)))
      if (!now.has(n.id)) removed.push(n);
    return { block, title: BLOCKS[block].title, added, removed, changed };
  });

  const segments: SegmentDiff[] = [];
  const segmentNotes = (doc: CanvasDoc) =>
    sortByOrder(doc.notes.filter((n) => n.block === 'customer-segments' && n.segment));
  const beforeSegments = new Map(segmentNotes(before).map((n) => [n.id, n]));
  for (const n of segmentNotes(after)) {
    const old = beforeSegments.get(n.id);
    if (!old) {
      segments.push({
        id: n.id,
        name: noteLabel(n),
        status: 'added',
        fields: [],
        lists: [],
        metrics: [],
      });
      continue;
    }
    const c = segmentChanges(old, n, before, after);
    if (c.fields.length || c.lists.length || c.metrics.length)
      segments.push({ id: n.id, name: noteLabel(n), status: 'changed', ...c });
  }
  for (const n of segmentNotes(before))
    if (!now.get(n.id)?.segment || now.get(n.id)?.block !== 'customer-segments')
      segments.push({
        id: n.id,
        name: noteLabel(n),
        status: 'removed',
        fields: [],
        lists: [],
        metrics: [],
      });

  const same =
    segments.length === 0 &&
    blocks.every((b) => !b.added.length && !b.removed.length && !b.changed.length);
  return { blocks, segments, same };
}

/** The default name of a snapshot: "Before merging …", "Review 25 Nov 2026", … */
export function snapshotTitle(reason: SnapshotReason, detail: string): string {
  switch (reason) {
    case 'merge':
      return `Before merging ${detail}`;
    case 'split':
      return `Before splitting ${detail}`;
    case 'review':
      return `Review ${detail}`;
    default:
      return detail;
  }
}

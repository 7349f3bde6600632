// The segment workspace's part-2 actions (validation, evidence, metrics, review, playbook, the
// difference test, merge and split), as a slice of the store's named actions.
import type { Canvas, Note } from '../domain/canvas.schema';
import { nextTimestamp } from '../domain/canvas-ops';
import { changeCanvas, changeNote, emptyChangeSet, type ChangeSet } from '../domain/changes';
import { answerPair, type DifferenceQuestion } from '../domain/difference';
import { newId } from '../domain/ids';
import { orderKeyAt, sortByOrder } from '../domain/order';
import {
  mergeSegments,
  splitSegment,
  type MergeChoices,
  type SplitSide,
} from '../domain/segment-merge';
import * as ops from '../domain/segment-operational';
import type { ReviewFinding } from '../domain/segment-operational';
import type {
  Evidence,
  MetricKind,
  MetricValue,
  Playbook,
  Review,
  ValidationStatus,
} from '../domain/segment-operational.schema';
import { nextSegmentColour, type SegmentColour } from '../domain/segment.schema';

export interface SegmentOperationalActions {
  setValidationStatus: (noteId: string, status: ValidationStatus) => void;
  addEvidence: (noteId: string, today: string) => string | null;
  updateEvidence: (
    noteId: string,
    evidenceId: string,
    patch: Partial<Omit<Evidence, 'id'>>,
    coalesceKey?: string,
  ) => void;
  removeEvidence: (noteId: string, evidenceId: string) => void;

  addMetric: (noteId: string, kind: MetricKind, name?: string, unit?: string) => string | null;
  updateMetric: (
    noteId: string,
    metricId: string,
    patch: { name?: string; unit?: string },
    coalesceKey?: string,
  ) => void;
  removeMetric: (noteId: string, metricId: string) => void;
  addMetricValue: (noteId: string, metricId: string, date: string, value: number) => string | null;
  updateMetricValue: (
    noteId: string,
    metricId: string,
    valueId: string,
    patch: Partial<Omit<MetricValue, 'id'>>,
  ) => void;
  removeMetricValue: (noteId: string, metricId: string, valueId: string) => void;

  updateReview: (noteId: string, patch: Partial<Review>) => void;
  updatePlaybook: (
    noteId: string,
    patch: Partial<Omit<Playbook, 'onboarding'>>,
    coalesceKey?: string,
  ) => void;
  addPlaybookStep: (noteId: string) => string | null;
  updatePlaybookStep: (noteId: string, stepId: string, text: string, coalesceKey?: string) => void;
  removePlaybookStep: (noteId: string, stepId: string) => void;
  movePlaybookStep: (noteId: string, stepId: string, toIndex: number) => void;

  /** The difference test: one answer for one pair of segments (null: not answered). */
  answerDifference: (
    canvasId: string,
    a: string,
    b: string,
    question: DifferenceQuestion,
    answer: boolean | null,
  ) => void;
  /**
   * Records a review of every segment of a canvas: findings (segment id → summaries) logged as
   * evidence, review dates moved on. One undo step.
   */
  /** Findings by segment id: logged as evidence on each, and every segment's review moved on. */
  recordReview: (
    canvasId: string,
    findings: Record<string, ReviewFinding[]>,
    today: string,
  ) => void;
  /** Merges `otherId` into `keepId`, relinking everything; one undo step. */
  mergeSegments: (keepId: string, otherId: string, choices: MergeChoices) => boolean;
  /** Splits a segment; returns the new segment's id. One undo step. */
  splitSegment: (
    sourceId: string,
    plan: {
      name: string;
      links: Record<string, SplitSide>;
      personas: readonly string[];
      evidence: readonly string[];
    },
  ) => string | null;
}

export interface SliceHelpers {
  notes: () => Record<string, Note>;
  canvases: () => Record<string, Canvas>;
  /** A canvas's notes, block by block in order. */
  canvasNotes: (canvasId: string) => Note[];
  editNote: (
    noteId: string,
    edit: (note: Note, now: number) => Note,
    label: string,
    coalesceKey?: string,
  ) => boolean;
  commit: (cs: ChangeSet, options: { undoCanvasId: string; label: string }) => void;
  now: () => number;
}

export function segmentOperationalActions(h: SliceHelpers): SegmentOperationalActions {
  const { editNote, now } = h;
  /** Adds an item under a fresh id; the id, or null when the note is gone. */
  const adding = (
    noteId: string,
    prefix: string,
    edit: (note: Note, id: string, t: number) => Note,
    label: string,
  ) => {
    const id = newId(prefix);
    return editNote(noteId, (note, t) => edit(note, id, t), label) ? id : null;
  };

  function withCanvas(canvasId: string, cs: ChangeSet, change: (canvas: Canvas) => Canvas) {
    const canvas = h.canvases()[canvasId];
    if (!canvas) return;
    const next = change(canvas);
    if (next !== canvas)
      changeCanvas(cs, canvas, { ...next, updatedAt: nextTimestamp(canvas.updatedAt, now()) });
  }

  return {
    setValidationStatus: (noteId, status) =>
      void editNote(
        noteId,
        (n, t) => ops.setValidationStatus(n, status, t),
        'Set validation status',
      ),

    addEvidence: (noteId, today) =>
      adding(
        noteId,
        'evidence',
        (n, id, t) => ops.addEvidence(n, ops.newEvidence(id, today), t),
        'Log evidence',
      ),
    updateEvidence: (noteId, evidenceId, patch, coalesceKey) =>
      void editNote(
        noteId,
        (n, t) => ops.updateEvidence(n, evidenceId, patch, t),
        'Edit evidence',
        coalesceKey,
      ),
    removeEvidence: (noteId, evidenceId) =>
      void editNote(noteId, (n, t) => ops.removeEvidence(n, evidenceId, t), 'Remove evidence'),

    addMetric: (noteId, kind, name, unit) =>
      adding(
        noteId,
        'metric',
        (n, id, t) => ops.addMetric(n, ops.newMetric(id, kind, name, unit), t),
        'Add metric',
      ),
    updateMetric: (noteId, metricId, patch, coalesceKey) =>
      void editNote(
        noteId,
        (n, t) => ops.updateMetric(n, metricId, patch, t),
        'Edit metric',
        coalesceKey,
      ),
    removeMetric: (noteId, metricId) =>
      void editNote(noteId, (n, t) => ops.removeMetric(n, metricId, t), 'Remove metric'),
    addMetricValue: (noteId, metricId, date, value) =>
      adding(
        noteId,
        'value',
        (n, id, t) => ops.addMetricValue(n, metricId, { id, date, value }, t),
        'Add metric value',
      ),
    updateMetricValue: (noteId, metricId, valueId, patch) =>
      void editNote(
        noteId,
        (n, t) => ops.updateMetricValue(n, metricId, valueId, patch, t),
        'Edit metric value',
      ),
    removeMetricValue: (noteId, metricId, valueId) =>
      void editNote(
        noteId,
        (n, t) => ops.removeMetricValue(n, metricId, valueId, t),
        'Remove metric value',
      ),

    updateReview: (noteId, patch) =>
      void editNote(noteId, (n, t) => ops.updateReview(n, patch, t), 'Change review'),
    updatePlaybook: (noteId, patch, coalesceKey) =>
      void editNote(
        noteId,
        (n, t) => ops.updatePlaybook(n, patch, t),
        'Edit playbook',
        coalesceKey,
      ),
    addPlaybookStep: (noteId) =>
      adding(
        noteId,
        'step',
        (n, id, t) => ops.addPlaybookStep(n, { id, text: '' }, t),
        'Add onboarding step',
      ),
    updatePlaybookStep: (noteId, stepId, text, coalesceKey) =>
      void editNote(
        noteId,
        (n, t) => ops.updatePlaybookStep(n, stepId, text, t),
        'Edit onboarding step',
        coalesceKey,
      ),
    removePlaybookStep: (noteId, stepId) =>
      void editNote(
        noteId,
        (n, t) => ops.removePlaybookStep(n, stepId, t),
        'Remove onboarding step',
      ),
    movePlaybookStep: (noteId, stepId, toIndex) =>
      void editNote(
        noteId,
        (n, t) => ops.movePlaybookStep(n, stepId, toIndex, t),
        'Reorder onboarding',
      ),

    answerDifference: (canvasId, a, b, question, answer) => {
      if (a === b) return;
      const cs = emptyChangeSet();
      withCanvas(canvasId, cs, (canvas) => ({
        ...canvas,
        differences: answerPair(canvas.differences, a, b, question, answer),
      }));
      h.commit(cs, { undoCanvasId: canvasId, label: 'Answer difference test' });
    },

    recordReview: (canvasId, findings, today) => {
      const t = now();
      const cs = emptyChangeSet();
      for (const note of h.canvasNotes(canvasId)) {
        if (note.block !== 'customer-segments' || !note.segment) continue;
        const entries = (findings[note.id] ?? []).map((finding) => ({
          ...finding,
          id: newId('evidence'),
        }));
        changeNote(cs, note, ops.recordReview(note, entries, today, t));
      }
      h.commit(cs, { undoCanvasId: canvasId, label: 'Record review' });
    },

    mergeSegments: (keepId, otherId, choices) => {
      const keep = h.notes()[keepId];
      const canvas = keep && h.canvases()[keep.canvasId];
      if (!keep || !canvas) return false;
      const result = mergeSegments(
        h.canvasNotes(keep.canvasId),
        keepId,
        otherId,
        choices,
        canvas.differences,
        now(),
      );
      if (!result) return false;
      const notes = h.notes();
      const cs = emptyChangeSet();
      for (const n of result.changed) changeNote(cs, notes[n.id]!, n);
      changeNote(cs, result.removed, null);
      withCanvas(keep.canvasId, cs, (c) => ({ ...c, differences: result.differences }));
      h.commit(cs, { undoCanvasId: keep.canvasId, label: 'Merge segments' });
      return true;
    },

    splitSegment: (sourceId, plan) => {
      const source = h.notes()[sourceId];
      if (!source?.segment || source.block !== 'customer-segments') return null;
      const canvasNotes = h.canvasNotes(source.canvasId);
      const segments = sortByOrder(canvasNotes.filter((n) => n.block === source.block));
      const index = segments.findIndex((n) => n.id === sourceId);
      const taken: SegmentColour[] = segments.flatMap((n) => (n.segment ? [n.segment.colour] : []));
      const newIdValue = newId('note');
      const result = splitSegment(
        canvasNotes,
        sourceId,
        {
          ...plan,
          newId: newIdValue,
          // Right after the segment it came from.
          order: orderKeyAt(segments, index + 1),
          colour: nextSegmentColour(taken),
          newItemId: () => newId('item'),
        },
        now(),
      );
      if (!result) return null;
      const notes = h.notes();
      const cs = emptyChangeSet();
      changeNote(cs, source, result.source);
      changeNote(cs, null, result.created);
      for (const n of result.relinked) changeNote(cs, notes[n.id]!, n);
      h.commit(cs, { undoCanvasId: source.canvasId, label: 'Split segment' });
      return newIdValue;
    },
  };
}

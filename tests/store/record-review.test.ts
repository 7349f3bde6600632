// Recording a review through the store: findings on the segments named, every segment's review
// dates moved on, all of it one undo step.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newEvidence } from '../../src/domain/segment-operational';
import { emptySegment } from '../../src/domain/segment.schema';
import { actions, loadDoc, makeDoc, store, T0 } from '../factories';
import { note, segment, setupSegments, tick, undoSteps, unstamped } from './segment-fixture';

const TODAY = '2025-01-06';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 60_000);
});

afterEach(() => vi.useRealTimers());

const finding = (summary: string, supports = true) => ({
  id: expect.stringMatching(/^evidence_[0-9a-z]{16}$/) as unknown as string,
  type: 'analytics',
  date: TODAY,
  summary,
  quote: '',
  source: `Segment review, ${TODAY}`,
  supports,
  about: null,
});

const found = (summary: string, supports = true) => ({ summary, supports });

describe('recordReview through the store', () => {
  it('logs the findings on the segments they name, newest first', () => {
    const canvasId = setupSegments();
    actions().recordReview(
      canvasId,
      {
        seg_a: [found('Growing fastest'), found('Leaking margin', false)],
        seg_b: [found('Most tickets', false)],
      },
      TODAY,
    );
    expect(segment('seg_a').evidence).toEqual([
      finding('Growing fastest'),
      finding('Leaking margin', false),
    ]);
    expect(segment('seg_b').evidence).toEqual([
      finding('Most tickets', false),
      newEvidence('ev_b', '2025-01-02'),
    ]);
    expect(segment('seg_c').evidence).toEqual([]);
    const ids = [...segment('seg_a').evidence, ...segment('seg_b').evidence].map((e) => e.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('moves the review dates of every segment on, by its own cadence', () => {
    const canvasId = setupSegments();
    actions().updateReview('seg_b', { cadenceDays: 7, nextReviewOn: '2025-01-03' });
    tick();
    actions().recordReview(canvasId, { seg_a: [found('Growing fastest')] }, TODAY);
    expect(segment('seg_a').review).toEqual({
      cadenceDays: 30,
      lastReviewedOn: TODAY,
      nextReviewOn: '2025-02-05',
    });
    expect(segment('seg_b').review).toEqual({
      cadenceDays: 7,
      lastReviewedOn: TODAY,
      nextReviewOn: '2025-01-13',
    });
    expect(segment('seg_c').review.nextReviewOn).toBe('2025-02-05');
    expect(note('seg_c').updatedAt).toBe(Date.now());
  });

  it('leaves the notes of other blocks and the segments of other canvases alone', () => {
    const canvasId = setupSegments();
    const other = loadDoc(
      makeDoc({
        notes: [{ id: 'seg_x', block: 'customer-segments', segment: emptySegment('amber') }],
      }),
    );
    const plain = ['vp', 'ch', 'rs'].map((id) => note(id));
    const elsewhere = note('seg_x');
    actions().recordReview(
      canvasId,
      { seg_x: [found('Not here')], vp: [found('Not a segment')] },
      TODAY,
    );
    expect(['vp', 'ch', 'rs'].map((id) => note(id))).toEqual(plain);
    expect(note('seg_x')).toBe(elsewhere);
    expect(undoSteps(other.canvas.id)).toBe(0);
  });

  it('is one undo step over every segment, and redo brings it all back', () => {
    const canvasId = setupSegments();
    const ids = ['seg_a', 'seg_b', 'seg_c'];
    const before = ids.map((id) => unstamped(note(id)));
    actions().recordReview(
      canvasId,
      { seg_a: [found('Growing fastest')], seg_c: [found('Most tickets', false)] },
      TODAY,
    );
    const after = ids.map((id) => unstamped(note(id)));
    expect(after).not.toEqual(before);
    expect(undoSteps(canvasId)).toBe(1);
    expect(store().history[canvasId]?.undo[0]?.label).toBe('Record review');

    tick();
    expect(actions().undo(canvasId)).toBe(true);
    expect(ids.map((id) => unstamped(note(id)))).toEqual(before);
    expect(undoSteps(canvasId)).toBe(0);

    tick();
    expect(actions().redo(canvasId)).toBe(true);
    expect(ids.map((id) => unstamped(note(id)))).toEqual(after);
  });
});

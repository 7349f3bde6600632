// @vitest-environment node
// Review dates: when a segment is next due, and calendar-day arithmetic in any time zone.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import {
  addDays,
  dayOf,
  isReviewOverdue,
  nextReview,
  updateReview,
} from '../../src/domain/segment-operational';
import { DEFAULT_REVIEW_DAYS, type Review } from '../../src/domain/segment-operational.schema';
import { segmentOf } from '../../src/domain/segment-ops';
import { emptySegment, type Segment } from '../../src/domain/segment.schema';
import { makeNote, MINUTE, T0 } from '../factories';

const LATER = T0 + MINUTE;
const segmentNote = (segment: Partial<Segment> = {}): Note =>
  makeNote({ block: 'customer-segments', segment: { ...emptySegment('teal'), ...segment } });
const seg = (note: Note) => segmentOf(note);

describe('review', () => {
  const withReview = (review: Partial<Review>) =>
    seg(segmentNote({ review: { ...emptySegment('teal').review, ...review } }));

  it('patches the review and keeps the default cadence', () => {
    const start = segmentNote();
    const note = updateReview(start, { lastReviewedOn: '2025-01-06' }, LATER);
    expect(note.updatedAt).toBe(LATER);
    expect(seg(start).review.lastReviewedOn).toBeNull();
    expect(seg(note).review).toEqual({
      cadenceDays: DEFAULT_REVIEW_DAYS,
      nextReviewOn: null,
      lastReviewedOn: '2025-01-06',
    });
  });

  it('is due on the planned day, else a cadence after the last, else never', () => {
    expect(
      nextReview(withReview({ nextReviewOn: '2025-02-01', lastReviewedOn: '2025-01-01' })),
    ).toBe('2025-02-01');
    expect(nextReview(withReview({ lastReviewedOn: '2025-01-20', cadenceDays: 14 }))).toBe(
      '2025-02-03',
    );
    expect(nextReview(withReview({}))).toBeNull();
  });

  it('is overdue only after the day it is due', () => {
    const s = withReview({ lastReviewedOn: '2025-01-01', cadenceDays: 30 }); // due 2025-01-31
    expect(isReviewOverdue(s, '2025-01-30')).toBe(false);
    expect(isReviewOverdue(s, '2025-01-31')).toBe(false);
    expect(isReviewOverdue(s, '2025-02-01')).toBe(true);
    expect(isReviewOverdue(withReview({}), '2099-01-01')).toBe(false);
  });
});

describe('calendar days', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-01-15', 365, '2026-01-15'],
    ['2025-03-10', 0, '2025-03-10'],
  ])('%s plus %i days is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
  });

  it('reads a timestamp as the local calendar day', () => {
    expect(dayOf(T0)).toBe('2025-01-06');
  });

  describe.each(['America/New_York', 'Europe/Berlin', 'Pacific/Auckland'])('in %s', (zone) => {
    // Node applies a changed TZ at once; the zone's offset is checked below to be sure.
    beforeAll(() => void vi.stubEnv('TZ', zone));
    afterAll(() => void vi.unstubAllEnvs());

    it.each([
      // Spring forward and fall back, both hemispheres: a 23- or 25-hour day is still one day.
      ['2025-03-08', 1, '2025-03-09'],
      ['2025-03-09', 1, '2025-03-10'],
      ['2025-03-29', 2, '2025-03-31'],
      ['2025-04-05', 1, '2025-04-06'],
      ['2025-09-27', 2, '2025-09-29'],
      ['2025-10-25', 2, '2025-10-27'],
      ['2025-11-01', 1, '2025-11-02'],
      ['2025-11-02', 1, '2025-11-03'],
      ['2025-11-03', -1, '2025-11-02'],
      ['2025-03-01', 30, '2025-03-31'],
      ['2025-10-01', 31, '2025-11-01'],
    ])('%s plus %i days is %s', (day, days, expected) => {
      expect(addDays(day, days)).toBe(expected);
    });

    it('dates a timestamp by the local clock', () => {
      const local = new Date(2025, 0, 6, 23, 30).getTime();
      expect(new Date(local).getTimezoneOffset()).not.toBe(0); // the zone really is in force
      expect(dayOf(local)).toBe('2025-01-06');
      expect(dayOf(local + 90 * MINUTE)).toBe('2025-01-07');
    });
  });
});

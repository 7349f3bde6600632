// @vitest-environment node
// The review: what the metrics suggest for each question, and a review recorded on a segment.
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import {
  newEvidence,
  newMetric,
  recordReview,
  REVIEW_QUESTIONS,
  reviewSuggestions,
} from '../../src/domain/segment-operational';
import type { Metric, MetricKind } from '../../src/domain/segment-operational.schema';
import { segmentOf } from '../../src/domain/segment-ops';
import { emptySegment, type Segment } from '../../src/domain/segment.schema';
import { makeNote, MINUTE, T0 } from '../factories';

const LATER = T0 + MINUTE;

/** A metric with values on the first of consecutive months from October 2026. */
function metric(kind: MetricKind, ...values: number[]): Metric {
  return {
    ...newMetric(`m_${kind}`, kind),
    values: values.map((value, i) => ({
      id: `v${i}`,
      date: `2026-${String(10 + i).padStart(2, '0')}-01`,
      value,
    })),
  };
}
const segmentNote = (id: string, s: Partial<Segment> = {}): Note =>
  makeNote({ id, block: 'customer-segments', segment: { ...emptySegment('teal'), ...s } });
const tracking = (id: string, ...metrics: Metric[]) => segmentNote(id, { metrics });

describe('REVIEW_QUESTIONS', () => {
  it('asks about growth, margin and instability, in that order', () => {
    expect(REVIEW_QUESTIONS.map((q) => q.id)).toEqual(['growing', 'margin', 'instability']);
  });
});

describe('reviewSuggestions: growing', () => {
  it('suggests the segment whose customers grew most', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('customers', 100, 120)),
      tracking('b', metric('customers', 40, 50, 60)),
      // Customers count before revenue, however fast the revenue grew.
      tracking('c', metric('customers', 10, 11), metric('revenue', 1000, 9000)),
    ]);
    expect(suggestions.growing).toEqual({ id: 'b', why: 'customers or revenue +50 %' });
  });

  it('falls back to revenue for a segment that does not count customers', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('customers', 100, 120)),
      tracking('d', metric('revenue', 200, 500)),
    ]);
    expect(suggestions.growing).toEqual({ id: 'd', why: 'customers or revenue +150 %' });
  });

  it('treats a customers metric without values as no customers metric', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('customers'), metric('revenue', 100, 130)),
    ]);
    expect(suggestions.growing).toEqual({ id: 'a', why: 'customers or revenue +30 %' });
  });

  it('suggests nothing when nothing grew, or there is only one value', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('customers', 100, 80)),
      tracking('b', metric('customers', 50, 50)),
      tracking('c', metric('customers', 70)),
      tracking('d', metric('customers', 0, 30)),
    ]);
    expect(suggestions.growing).toBeNull();
  });

  it('breaks a tie in favour of the first segment given', () => {
    const a = tracking('a', metric('customers', 10, 15));
    const b = tracking('b', metric('revenue', 100, 150));
    expect(reviewSuggestions([a, b]).growing?.id).toBe('a');
    expect(reviewSuggestions([b, a]).growing?.id).toBe('b');
  });
});

describe('reviewSuggestions: margin', () => {
  it('suggests the gross margin falling most, before any merely low one', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('grossMargin', 50, 45)),
      tracking('b', metric('grossMargin', 60, 50, 45)),
      tracking('c', metric('grossMargin', 10, 12)),
    ]);
    expect(suggestions.margin).toEqual({ id: 'b', why: 'gross margin -25 %' });
  });

  it('suggests the lowest latest margin when none is falling', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('grossMargin', 60, 65)),
      tracking('b', metric('grossMargin', 30, 32)),
      tracking('c', metric('grossMargin', 40)),
      tracking('d', metric('customers', 1, 2)),
    ]);
    expect(suggestions.margin).toEqual({ id: 'b', why: 'gross margin 32 %' });
  });

  it('breaks a tie in favour of the first segment given', () => {
    const b = tracking('b', metric('grossMargin', 50, 40));
    const c = tracking('c', metric('grossMargin', 25, 20));
    expect(reviewSuggestions([b, c]).margin).toEqual({ id: 'b', why: 'gross margin -20 %' });
    expect(reviewSuggestions([c, b]).margin?.id).toBe('c');
    const f = tracking('f', metric('grossMargin', 30));
    const g = tracking('g', metric('grossMargin', 25, 30));
    expect(reviewSuggestions([f, g]).margin).toEqual({ id: 'f', why: 'gross margin 30 %' });
    expect(reviewSuggestions([g, f]).margin?.id).toBe('g');
  });

  // Regression: found by this suite and fixed.
  // falling margin as 1000 - trend and any other margin as -latest, so a margin below -900 %
  // outranks every falling one; the rule is "a falling margin first".
  it('ranks a falling margin above a deeply negative but rising one', () => {
    const suggestions = reviewSuggestions([
      tracking('loss', metric('grossMargin', -2000, -1500)),
      tracking('falling', metric('grossMargin', 40, 20)),
    ]);
    expect(suggestions.margin).toEqual({ id: 'falling', why: 'gross margin -50 %' });
  });

  // Regression: found by this suite and fixed.
  // trend, so a margin that rose from -990 % to -950 % is described as "gross margin +5000 %".
  it('describes a margin below -900 % as it is', () => {
    const suggestions = reviewSuggestions([tracking('loss', metric('grossMargin', -990, -950))]);
    expect(suggestions.margin).toEqual({ id: 'loss', why: 'gross margin -950 %' });
  });
});

describe('reviewSuggestions: instability and segments without metrics', () => {
  it('suggests the most support tickets per account, by the latest value', () => {
    const suggestions = reviewSuggestions([
      tracking('a', metric('tickets', 3, 1.5)),
      tracking('b', metric('tickets', 0.5, 2.5)),
      tracking('c', metric('tickets', 2.5)),
    ]);
    expect(suggestions.instability).toEqual({ id: 'b', why: '2.5 tickets per account' });
  });

  it('ignores segments without the metric, and suggests nothing when none has it', () => {
    const bare = [segmentNote('a'), tracking('b', metric('churn', 3, 9)), makeNote({ id: 'x' })];
    expect(reviewSuggestions(bare)).toEqual({ growing: null, margin: null, instability: null });
    const one = reviewSuggestions([...bare, tracking('t', metric('tickets', 0))]);
    expect(one).toEqual({
      growing: null,
      margin: null,
      instability: { id: 't', why: '0 tickets per account' },
    });
  });
});

describe('recordReview', () => {
  const today = '2026-11-25';
  const reviewed = segmentNote('seg', {
    evidence: [{ ...newEvidence('ev_old', '2026-10-01'), summary: 'Ten interviews' }],
    review: { cadenceDays: 14, nextReviewOn: '2026-11-20', lastReviewedOn: '2026-11-06' },
  });

  it('logs each finding as analytics evidence, newest first, ahead of the older log', () => {
    const note = recordReview(
      reviewed,
      [
        { id: 'ev_1', summary: 'Growing fastest', supports: true },
        { id: 'ev_2', summary: 'Most tickets', supports: false },
      ],
      today,
      LATER,
    );
    const finding = (id: string, summary: string, supports: boolean) => ({
      id,
      type: 'analytics',
      date: today,
      summary,
      quote: '',
      source: 'Segment review, 2026-11-25',
      supports,
      about: null,
    });
    // Each for or against the segment, as its question says (not every one "supports" it).
    expect(segmentOf(note).evidence).toEqual([
      finding('ev_1', 'Growing fastest', true),
      finding('ev_2', 'Most tickets', false),
      segmentOf(reviewed).evidence[0],
    ]);
    expect(note.updatedAt).toBe(LATER);
    expect(segmentOf(reviewed).evidence).toHaveLength(1);
  });

  it('moves the review dates on by the cadence, with or without findings', () => {
    const note = recordReview(reviewed, [], today, LATER);
    expect(segmentOf(note).review).toEqual({
      cadenceDays: 14,
      lastReviewedOn: '2026-11-25',
      nextReviewOn: '2026-12-09',
    });
    expect(segmentOf(note).evidence).toEqual(segmentOf(reviewed).evidence);
    expect(segmentOf(recordReview(segmentNote('new'), [], '2026-01-31', LATER)).review).toEqual({
      cadenceDays: 30,
      lastReviewedOn: '2026-01-31',
      nextReviewOn: '2026-03-02',
    });
  });
});

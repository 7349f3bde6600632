// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import {
  attractiveness,
  formatTotal,
  marketShareFlag,
  rankSegments,
} from '../../src/domain/segment-score';
import {
  DEFAULT_WEIGHTS,
  emptySegment,
  type Scores,
  type SegmentSize,
  type Weights,
} from '../../src/domain/segment.schema';
import { makeNote } from '../factories';

const UNSCORED: Scores = emptySegment('teal').scores;
const scored = (scores: Partial<Scores>): Scores => ({ ...UNSCORED, ...scores });
const ALL_THREES = scored({ reach: 3, marketSize: 3, valueAlignment: 3, painDepth: 3, budget: 3 });
const weights = (w: Partial<Weights>): Weights => ({ ...DEFAULT_WEIGHTS, ...w });

describe('attractiveness', () => {
  it('is the plain average with equal weights', () => {
    const scores = scored({ reach: 1, marketSize: 2, valueAlignment: 3, painDepth: 4, budget: 5 });
    expect(attractiveness(scores, DEFAULT_WEIGHTS)).toEqual({
      total: 3,
      complete: true,
      missing: [],
    });
  });

  it('weights each criterion', () => {
    // (5 × 3 + 1 × 1) / (3 + 1) = 4
    const scores = scored({ reach: 5, budget: 1 });
    const w = weights({ reach: 3, marketSize: 0, valueAlignment: 0, painDepth: 0, budget: 1 });
    expect(attractiveness(scores, w)).toMatchObject({ total: 4, complete: true });
  });

  it('ignores a criterion weighted 0, scored or not', () => {
    const w = weights({ budget: 0 });
    expect(attractiveness({ ...ALL_THREES, budget: 5 }, w).total).toBe(3);
    const result = attractiveness({ ...ALL_THREES, budget: null }, w);
    expect(result).toMatchObject({ total: 3, complete: true, missing: [] });
  });

  it('averages the scored criteria and lists the missing ones when partly scored', () => {
    const result = attractiveness(scored({ reach: 2, painDepth: 5 }), DEFAULT_WEIGHTS);
    expect(result).toEqual({
      total: 3.5,
      complete: false,
      missing: ['marketSize', 'valueAlignment', 'budget'],
    });
  });

  it('keeps the total exact', () => {
    // (4 + 4 + 5) / 3 = 4.333…
    const result = attractiveness(scored({ reach: 4, marketSize: 4, budget: 5 }), DEFAULT_WEIGHTS);
    expect(result.total).toBeCloseTo(13 / 3, 12);
  });

  it('is null when nothing is scored', () => {
    expect(attractiveness(UNSCORED, DEFAULT_WEIGHTS)).toEqual({
      total: null,
      complete: false,
      missing: ['reach', 'marketSize', 'valueAlignment', 'painDepth', 'budget'],
    });
  });

  it('is null when only zero-weighted criteria are scored', () => {
    const w = weights({ reach: 0 });
    expect(attractiveness(scored({ reach: 5 }), w)).toMatchObject({ total: null });
  });

  it('is null, and not complete, when every weight is 0', () => {
    const zero = weights({ reach: 0, marketSize: 0, valueAlignment: 0, painDepth: 0, budget: 0 });
    expect(attractiveness(ALL_THREES, zero)).toEqual({
      total: null,
      complete: false,
      missing: [],
    });
  });
});

describe('marketShareFlag', () => {
  const size = (tam: number | null, sam: number | null): SegmentSize => ({
    ...emptySegment('teal').size,
    tam,
    sam,
  });

  it('flags a serviceable market under 10 % of the total', () => {
    expect(marketShareFlag(size(1000, 99))).toEqual({ flagged: true, share: 0.099 });
    expect(marketShareFlag(size(1000, 0))).toEqual({ flagged: true, share: 0 });
  });

  it('does not flag exactly 10 %, even through float noise', () => {
    expect(marketShareFlag(size(1000, 100))).toEqual({ flagged: false, share: 0.1 });
    // 0.3 / 3 is 0.09999999999999999 in floating point.
    expect(marketShareFlag(size(3, 0.3)).flagged).toBe(false);
  });

  it('does not flag more than 10 %', () => {
    expect(marketShareFlag(size(1000, 101))).toEqual({ flagged: false, share: 0.101 });
    expect(marketShareFlag(size(1000, 1000)).share).toBe(1);
  });

  it('has no share when either figure is unknown or the total is 0', () => {
    for (const [tam, sam] of [
      [null, 5],
      [1000, null],
      [null, null],
      [0, 0],
      [0, 5],
    ] as const)
      expect(marketShareFlag(size(tam, sam))).toEqual({ flagged: false, share: null });
  });
});

describe('rankSegments', () => {
  const segment = (order: string, scores: Partial<Scores>, text = `Segment ${order}`): Note =>
    makeNote({
      block: 'customer-segments',
      order,
      text,
      segment: { ...emptySegment('teal'), scores: scored(scores) },
    });
  const summary = (rows: ReturnType<typeof rankSegments>) =>
    rows.map((r) => [r.name, r.rank, r.total]);

  it('sorts by total, best first, with the row details', () => {
    const low = segment('a1', { reach: 2, painDepth: 2 }, 'Low');
    const high = segment('a2', { reach: 5, painDepth: 4, marketSize: 3 }, 'High');
    const rows = rankSegments([low, high], DEFAULT_WEIGHTS);
    expect(summary(rows)).toEqual([
      ['High', 1, 4],
      ['Low', 2, 2],
    ]);
    expect(rows[0]).toEqual({
      noteId: high.id,
      name: 'High',
      total: 4,
      rank: 1,
      scores: high.segment!.scores,
      painDepth: 4,
      marketSize: 3,
    });
  });

  it('shares a rank between equal totals and skips past the tie (1, 2, 2, 4)', () => {
    const notes = [
      segment('a4', { reach: 3 }, 'Three (later)'),
      segment('a1', { reach: 5 }, 'Five'),
      segment('a3', { reach: 1 }, 'One'),
      segment('a2', { reach: 2, budget: 4 }, 'Three (earlier)'),
    ];
    expect(summary(rankSegments(notes, DEFAULT_WEIGHTS))).toEqual([
      ['Five', 1, 5],
      ['Three (earlier)', 2, 3],
      ['Three (later)', 2, 3],
      ['One', 4, 1],
    ]);
  });

  it('ties equal totals however they are reached (7/3 and 14/6)', () => {
    const w = weights({ reach: 2 });
    const three = segment('a2', { marketSize: 1, valueAlignment: 1, painDepth: 5 });
    const five = segment('a1', {
      reach: 2,
      marketSize: 3,
      valueAlignment: 1,
      painDepth: 3,
      budget: 3,
    });
    const rows = rankSegments([three, five], w);
    expect(rows.map((r) => r.rank)).toEqual([1, 1]);
    expect(rows.map((r) => r.noteId)).toEqual([five.id, three.id]);
  });

  it('puts unscored segments last, in display order, without a rank', () => {
    const notes = [
      segment('a3', {}, 'Unscored later'),
      segment('a1', {}, 'Unscored earlier'),
      segment('a2', { budget: 1 }, 'Scored'),
    ];
    expect(summary(rankSegments(notes, DEFAULT_WEIGHTS))).toEqual([
      ['Scored', 1, 1],
      ['Unscored earlier', null, null],
      ['Unscored later', null, null],
    ]);
  });

  it('ranks by the canvas weights', () => {
    const reach = segment('a1', { reach: 5, budget: 1 }, 'Reachable');
    const budget = segment('a2', { reach: 1, budget: 5 }, 'Rich');
    const w = weights({ budget: 3 });
    expect(rankSegments([reach, budget], w).map((r) => r.name)).toEqual(['Rich', 'Reachable']);
    const noBudget = weights({ budget: 0 });
    expect(summary(rankSegments([reach, budget], noBudget))).toEqual([
      ['Reachable', 1, 5],
      ['Rich', 2, 1],
    ]);
  });

  it('skips notes outside Customer Segments and reads a missing profile as unscored', () => {
    const moved = { ...segment('a1', { reach: 5 }), block: 'channels' as const };
    const bare = makeNote({ block: 'customer-segments', order: 'a2', text: 'Bare' });
    delete bare.segment;
    const rows = rankSegments([moved, bare, makeNote({ block: 'channels' })], DEFAULT_WEIGHTS);
    expect(rows).toEqual([
      {
        noteId: bare.id,
        name: 'Bare',
        total: null,
        rank: null,
        scores: UNSCORED,
        painDepth: null,
        marketSize: null,
      },
    ]);
  });

  it('is empty without segments', () => {
    expect(rankSegments([], DEFAULT_WEIGHTS)).toEqual([]);
  });
});

describe('formatTotal', () => {
  const weights = { reach: 1, marketSize: 1, valueAlignment: 1, painDepth: 1, budget: 1 };
  const none = { reach: 0, marketSize: 0, valueAlignment: 0, painDepth: 0, budget: 0 };

  // Found by an exploratory run: 3.33 and 3.25 both read "3.3 of 5", ranked 1 and 2.
  it('shows totals to two places, so that totals ranked apart read apart', () => {
    expect(formatTotal(10 / 3, weights)).toBe('3.33 of 5');
    expect(formatTotal(3.25, weights)).toBe('3.25 of 5');
    expect(formatTotal(4, weights)).toBe('4 of 5');
    expect(formatTotal(3.5, weights)).toBe('3.5 of 5');
  });

  it('says why there is no total: not scored, or every weight at 0', () => {
    expect(formatTotal(null, weights)).toBe('Not scored yet');
    expect(formatTotal(null, none)).toBe('Not scored: every criterion weighs 0');
  });
});

// Segment attractiveness: a weighted score over the criteria in segment.schema.ts (CRITERIA),
// the market-size sanity flag, and the ranking of a canvas's segments by score.
import type { Note } from './canvas.schema';
import { compareOrder } from './order';
import { segmentName } from './segment-ops';
import {
  CRITERIA,
  emptySegment,
  type Criterion,
  type Scores,
  type Weights,
} from './segment.schema';

export interface Attractiveness {
  /** Weighted average of the scored criteria, 1–5; null when nothing weighted is scored. */
  total: number | null;
  /** Every weighted criterion is scored (false when every weight is 0). */
  complete: boolean;
  /** Weighted criteria still without a score, in CRITERIA order. */
  missing: Criterion[];
}

/**
 * Weighted average of the given 1–5 scores. A criterion with weight 0 is ignored; an unscored one
 * is left out of the average (and listed in `missing`) rather than counted as a low score.
 */
export function attractiveness(scores: Scores, weights: Weights): Attractiveness {
  const weighted = CRITERIA.map((c) => c.id).filter((id) => weights[id] > 0);
  const missing = weighted.filter((id) => scores[id] === null);
  let sum = 0;
  let weightSum = 0;
  for (const id of weighted) {
    const score = scores[id];
    if (score === null) continue;
    sum += score * weights[id];
    weightSum += weights[id];
  }
  const total = weightSum > 0 ? sum / weightSum : null;
  return {
    total,
    complete: weighted.length > 0 && missing.length === 0,
    missing,
  };
}

export { MIN_MARKET_SHARE, marketShareFlag } from './segment-size';

export interface RankedSegment {
  noteId: string;
  name: string;
  total: number | null;
  rank: number | null;
  scores: Scores;
  painDepth: number | null;
  marketSize: number | null;
}

/**
 * The canvas's segments (Customer Segments notes), best total first. Unscored segments come last
 * with rank null; equal totals share a rank (1, 2, 2, 4); order within a tie is display order.
 */
export function rankSegments(canvasNotes: readonly Note[], weights: Weights): RankedSegment[] {
  const segments = canvasNotes.filter((n) => n.block === 'customer-segments').sort(compareOrder);
  const rows = segments.map((note): RankedSegment => {
    const scores = (note.segment ?? emptySegment('teal')).scores;
    const { total } = attractiveness(scores, weights);
    return {
      noteId: note.id,
      name: segmentName(note.text),
      total,
      rank: null,
      scores,
      painDepth: scores.painDepth,
      marketSize: scores.marketSize,
    };
  });
  // Stable sort: display order survives within a tie and among the unscored. Totals are ratios of
  // whole numbers (1–5 scores, 0–5 weights), so equal totals compare exactly equal.
  rows.sort((a, b) => {
    if (a.total === b.total) return 0;
    if (a.total === null) return 1;
    if (b.total === null) return -1;
    return b.total - a.total;
  });
  // Competition ranking: a tie takes the first rank, and the next total skips past the tie.
  rows.forEach((row, i) => {
    const prev = rows[i - 1];
    if (row.total !== null) row.rank = prev?.total === row.total ? prev.rank : i + 1;
  });
  return rows;
}

/**
 * A total as shown: "3.33 of 5", to two places so that two totals ranked apart never read the
 * same ("3.3" for both 3.33 and 3.25 read as a tie ranked 1 and 2); or why there is none.
 */
export function formatTotal(total: number | null, weights: Weights): string {
  if (total !== null) return `${Math.round(total * 100) / 100} of 5`;
  return Object.values(weights).some((w) => w > 0)
    ? 'Not scored yet'
    : 'Not scored: every criterion weighs 0';
}

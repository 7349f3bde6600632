// Dot voting in a workshop: a round on one block (or the whole canvas), N dots per person; the
// facilitator records the room's votes on notes, and the result sorts notes by votes. Rounds are
// saved with the canvas.
import * as z from 'zod/mini';
import { BlockIdSchema } from './block-id.schema';
import type { BlockId } from './blocks';
import type { Note } from './canvas.schema';
import { compareOrder } from './order';

const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));

export const VoteRoundSchema = z.object({
  id: IdSchema,
  /** The block voted on, or null for the whole canvas. */
  block: z.nullable(BlockIdSchema),
  /** Dots each person has. */
  dots: z.int().check(z.minimum(1), z.maximum(20)),
  openedAt: z.int().check(z.nonnegative()),
  /** Null while votes are still being recorded. */
  closedAt: z.nullable(z.int().check(z.nonnegative())),
  /** Votes per note id. */
  counts: z.record(IdSchema, z.int().check(z.minimum(0), z.maximum(100_000))),
});
export type VoteRound = z.infer<typeof VoteRoundSchema>;

export const VOTE_ROUNDS_MAX = 100;

export function openRound(id: string, block: BlockId | null, dots: number, now: number): VoteRound {
  return {
    id,
    block,
    dots: Math.max(1, Math.min(20, Math.round(dots))),
    openedAt: now,
    closedAt: null,
    counts: {},
  };
}

/** One more (or one fewer) vote on a note; never below zero. */
export function vote(round: VoteRound, noteId: string, delta: 1 | -1): VoteRound {
  const next = Math.max(0, (round.counts[noteId] ?? 0) + delta);
  const counts = { ...round.counts };
  if (next === 0) delete counts[noteId];
  else counts[noteId] = next;
  return { ...round, counts };
}

/** Whether a note can be voted on in a round. */
export const inRound = (round: VoteRound, note: Note) =>
  round.block === null || note.block === round.block;

/** The round's notes, most votes first (ties in canvas order), with their votes. */
export function voteResult(
  round: VoteRound,
  notes: readonly Note[],
): { note: Note; votes: number }[] {
  return notes
    .filter((n) => inRound(round, n))
    .map((note) => ({ note, votes: round.counts[note.id] ?? 0 }))
    .sort(
      (a, b) =>
        b.votes - a.votes || (a.note.block === b.note.block ? compareOrder(a.note, b.note) : 0),
    );
}

/** The round being recorded: the latest, if it is still open. */
export function currentRound(rounds: readonly VoteRound[]): VoteRound | null {
  const last = rounds[rounds.length - 1];
  return last && last.closedAt === null ? last : null;
}

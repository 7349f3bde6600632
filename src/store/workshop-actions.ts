// The workshop's named actions: dot-voting rounds, saved with the canvas and undoable.
import type { BlockId } from '../domain/blocks';
import type { Canvas } from '../domain/canvas.schema';
import { nextTimestamp } from '../domain/canvas-ops';
import { changeCanvas, emptyChangeSet, type ChangeSet } from '../domain/changes';
import { newId } from '../domain/ids';
import { openRound, vote, VOTE_ROUNDS_MAX, type VoteRound } from '../domain/vote';

export interface WorkshopActions {
  /** Opens a voting round (closing one still open); returns its id. */
  openVoteRound: (canvasId: string, block: BlockId | null, dots: number) => string | null;
  /** One vote more (+1) or less (−1) on a note in an open round. */
  castVote: (canvasId: string, roundId: string, noteId: string, delta: 1 | -1) => void;
  closeVoteRound: (canvasId: string, roundId: string) => void;
  /** Removes every round of the canvas. */
  clearVoteRounds: (canvasId: string) => void;
}

export function workshopActions(h: {
  canvases: () => Record<string, Canvas>;
  commit: (cs: ChangeSet, options: { undoCanvasId: string; label: string }) => void;
  now: () => number;
}): WorkshopActions {
  const editRounds = (
    canvasId: string,
    change: (rounds: VoteRound[], now: number) => VoteRound[],
    label: string,
  ) => {
    const canvas = h.canvases()[canvasId];
    if (!canvas) return false;
    const t = h.now();
    const votes = change(canvas.votes, t);
    if (votes === canvas.votes) return false;
    h.commit(
      changeCanvas(emptyChangeSet(), canvas, {
        ...canvas,
        votes,
        updatedAt: nextTimestamp(canvas.updatedAt, t),
      }),
      { undoCanvasId: canvasId, label },
    );
    return true;
  };
  return {
    openVoteRound: (canvasId, block, dots) => {
      const id = newId('round');
      const opened = editRounds(
        canvasId,
        (rounds, t) =>
          [
            ...rounds.map((r) => (r.closedAt === null ? { ...r, closedAt: t } : r)),
            openRound(id, block, dots, t),
          ].slice(-VOTE_ROUNDS_MAX),
        'Open a vote',
      );
      return opened ? id : null;
    },
    castVote: (canvasId, roundId, noteId, delta) =>
      void editRounds(
        canvasId,
        (rounds) => {
          const round = rounds.find((r) => r.id === roundId);
          if (!round || round.closedAt !== null) return rounds;
          const next = vote(round, noteId, delta);
          return next.counts === round.counts
            ? rounds
            : rounds.map((r) => (r === round ? next : r));
        },
        'Vote',
      ),
    closeVoteRound: (canvasId, roundId) =>
      void editRounds(
        canvasId,
        (rounds, t) =>
          rounds.some((r) => r.id === roundId && r.closedAt === null)
            ? rounds.map((r) => (r.id === roundId ? { ...r, closedAt: t } : r))
            : rounds,
        'Close the vote',
      ),
    clearVoteRounds: (canvasId) =>
      void editRounds(canvasId, (rounds) => (rounds.length ? [] : rounds), 'Clear votes'),
  };
}

// Dot voting in the presentation: the facilitator opens a round on a block (or the whole canvas)
// with N dots per person and records the room's votes on notes; the result sorts the notes.
import { BLOCKS, type BlockId } from '../../domain/blocks';
import type { Canvas, Note } from '../../domain/canvas.schema';
import { segmentName } from '../../domain/segment-ops';
import { currentRound, voteResult, type VoteRound } from '../../domain/vote';
import { useNinefold } from '../../store/index';
import { plural } from '../../ui/format';

const noteLabel = (n: Note) => (n.segment ? segmentName(n.text) : n.text.trim() || 'empty note');

/** The dots on a note, and for the facilitator the buttons that add and remove one. */
export function NoteVotes({
  canvasId,
  round,
  note,
  controls,
}: {
  canvasId: string;
  round: VoteRound;
  note: Note;
  controls: boolean;
}) {
  const votes = round.counts[note.id] ?? 0;
  const { castVote } = useNinefold.getState().actions;
  return (
    <span className="note-votes">
      <span className="note-votes__dots" aria-hidden="true">
        {'●'.repeat(Math.min(votes, 12))}
        {votes > 12 ? '+' : ''}
      </span>
      <span className="note-votes__count">{plural(votes, 'vote')}</span>
      {controls && round.closedAt === null && (
        <>
          <button
            type="button"
            aria-label={`Add a vote to ${noteLabel(note)}`}
            onClick={() => castVote(canvasId, round.id, note.id, 1)}
          >
            +
          </button>
          <button
            type="button"
            aria-label={`Remove a vote from ${noteLabel(note)}`}
            disabled={votes === 0}
            onClick={() => castVote(canvasId, round.id, note.id, -1)}
          >
            −
          </button>
        </>
      )}
    </span>
  );
}

export function roundTitle(round: VoteRound): string {
  return `${round.block ? BLOCKS[round.block].title : 'The whole canvas'}, ${plural(round.dots, 'dot')} per person`;
}

/** The facilitator's voting controls. */
export function VoteControls({ canvas, block }: { canvas: Canvas; block: BlockId | null }) {
  const { openVoteRound, closeVoteRound, clearVoteRounds } = useNinefold.getState().actions;
  const open = currentRound(canvas.votes);
  return (
    <div className="vote-controls" role="group" aria-label="Dot voting">
      {open ? (
        <button type="button" onClick={() => closeVoteRound(canvas.id, open.id)}>
          Close the vote
        </button>
      ) : (
        <>
          <label>
            Dots per person{' '}
            <select id="vote-dots" defaultValue="3">
              {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={() => {
              const dots = Number(
                document.querySelector<HTMLSelectElement>('#vote-dots')?.value ?? 3,
              );
              openVoteRound(canvas.id, block, dots);
            }}
          >
            {block ? `Vote on ${BLOCKS[block].title}` : 'Vote on the whole canvas'}
          </button>
        </>
      )}
      {canvas.votes.length > 0 && !open && (
        <button type="button" onClick={() => clearVoteRounds(canvas.id)}>
          Clear votes
        </button>
      )}
    </div>
  );
}

/** The latest round: while open, how far it is; once closed, its result, most votes first. */
export function VoteResult({ canvas, notes }: { canvas: Canvas; notes: Note[] }) {
  const round = canvas.votes[canvas.votes.length - 1];
  if (!round) return null;
  const result = voteResult(round, notes);
  const cast = result.reduce((sum, r) => sum + r.votes, 0);
  if (round.closedAt === null)
    return (
      <p className="vote-status" role="status">
        Voting: {roundTitle(round)}. {plural(cast, 'vote')} so far.
      </p>
    );
  return (
    <section className="vote-result" aria-labelledby="vote-result-title">
      <h2 id="vote-result-title">Vote result: {roundTitle(round)}</h2>
      <ol aria-label="Notes by votes">
        {result
          .filter((r) => r.votes > 0)
          .map((r) => (
            <li key={r.note.id}>
              {noteLabel(r.note)}: {plural(r.votes, 'vote')}
            </li>
          ))}
      </ol>
    </section>
  );
}

import { describe, expect, it } from 'vitest';
import { actions, loadDoc, makeDoc, store } from '../factories';

describe('vote rounds in the store', () => {
  it('opening a round closes the one still open; votes go to open rounds only; undo and clear', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 2 } }));
    const id = doc.canvas.id;
    const [first, second] = doc.notes;
    const r1 = actions().openVoteRound(id, 'channels', 2)!;
    actions().castVote(id, r1, first!.id, 1);
    actions().castVote(id, r1, first!.id, 1);
    expect(store().canvases[id]!.votes[0]!.counts).toEqual({ [first!.id]: 2 });

    const r2 = actions().openVoteRound(id, null, 3)!;
    const rounds = store().canvases[id]!.votes;
    expect(rounds.map((r) => [r.id, r.closedAt !== null])).toEqual([
      [r1, true],
      [r2, false],
    ]);
    actions().castVote(id, r1, second!.id, 1);
    expect(store().canvases[id]!.votes[0]!.counts).toEqual({ [first!.id]: 2 });

    actions().castVote(id, r2, second!.id, 1);
    actions().undo(id);
    expect(store().canvases[id]!.votes[1]!.counts).toEqual({});

    actions().clearVoteRounds(id);
    expect(store().canvases[id]!.votes).toEqual([]);
    actions().undo(id);
    expect(store().canvases[id]!.votes).toHaveLength(2);
  });
});

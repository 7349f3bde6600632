import { describe, expect, it } from 'vitest';
import { currentRound, inRound, openRound, vote, voteResult } from '../../src/domain/vote';
import { makeBlockNotes, T0 } from '../factories';

describe('dot voting', () => {
  const notes = [
    ...makeBlockNotes('c', 'customer-segments', 3),
    ...makeBlockNotes('c', 'channels', 2),
  ];
  const [a, b, c, d] = notes as [
    (typeof notes)[number],
    (typeof notes)[number],
    (typeof notes)[number],
    (typeof notes)[number],
  ];

  it('opens a round with 1 to 20 dots per person', () => {
    expect(openRound('r', 'channels', 3, T0)).toEqual({
      id: 'r',
      block: 'channels',
      dots: 3,
      openedAt: T0,
      closedAt: null,
      counts: {},
    });
    expect(openRound('r', null, 0, T0).dots).toBe(1);
    expect(openRound('r', null, 99, T0).dots).toBe(20);
  });

  it('adds and removes votes, never below zero, and forgets a note back at zero', () => {
    let round = openRound('r', null, 3, T0);
    round = vote(vote(round, a.id, 1), a.id, 1);
    expect(round.counts).toEqual({ [a.id]: 2 });
    round = vote(vote(round, a.id, -1), a.id, -1);
    expect(round.counts).toEqual({});
    expect(vote(round, b.id, -1).counts).toEqual({});
  });

  it('a round on a block takes only that block’s notes', () => {
    const round = openRound('r', 'customer-segments', 3, T0);
    expect(inRound(round, a)).toBe(true);
    expect(inRound(round, d)).toBe(false);
    expect(inRound(openRound('r', null, 3, T0), d)).toBe(true);
  });

  it('the result sorts by votes, ties in canvas order', () => {
    let round = openRound('r', 'customer-segments', 3, T0);
    round = vote(round, c.id, 1);
    round = vote(vote(round, b.id, 1), b.id, 1);
    round = vote(round, a.id, 1);
    expect(voteResult(round, notes).map((r) => [r.note.id, r.votes])).toEqual([
      [b.id, 2],
      [a.id, 1],
      [c.id, 1],
    ]);
  });

  it('the current round is the latest, while it is open', () => {
    const open = openRound('r2', null, 3, T0 + 1);
    const closed = { ...openRound('r1', null, 3, T0), closedAt: T0 + 1 };
    expect(currentRound([])).toBeNull();
    expect(currentRound([closed, open])).toBe(open);
    expect(currentRound([open, { ...closed, id: 'r3' }])).toBeNull();
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  rebaseChange,
  CONCURRENT_MS,
  incomingVersion,
  mergeEdits,
  changeCanvas,
  changeNote,
  emptyChangeSet,
  invertChangeSet,
  isEmptyChangeSet,
  isNoOp,
  mergeChangeSets,
  type ChangeSet,
} from '../../src/domain/changes';
import { makeCanvas, makeNote, T0 } from '../factories';

const note = makeNote({ id: 'n1', text: 'one', updatedAt: T0 });
const noteV2 = { ...note, text: 'two', updatedAt: T0 + 1 };
const noteV3 = { ...note, text: 'three', updatedAt: T0 + 2 };
const canvas = makeCanvas({ id: 'c1', name: 'Plan' });
const renamed = { ...canvas, name: 'Better plan', updatedAt: T0 + 1 };

describe('building a change set', () => {
  it('starts empty', () => {
    expect(emptyChangeSet()).toEqual({ canvases: {}, notes: {} });
    expect(isEmptyChangeSet(emptyChangeSet())).toBe(true);
  });

  it('records a note’s before and after under its id', () => {
    const cs = changeNote(emptyChangeSet(), note, noteV2);
    expect(cs.notes).toEqual({ n1: { before: note, after: noteV2 } });
    expect(isEmptyChangeSet(cs)).toBe(false);
  });

  it('uses the before record’s id for a removal', () => {
    const cs = changeNote(emptyChangeSet(), note, null);
    expect(cs.notes['n1']).toEqual({ before: note, after: null });
  });

  it('keeps the first before when the same record changes twice', () => {
    const cs = changeNote(emptyChangeSet(), note, noteV2);
    changeNote(cs, noteV2, noteV3);
    expect(cs.notes['n1']).toEqual({ before: note, after: noteV3 });
  });

  it('records canvases apart from notes', () => {
    const cs = changeCanvas(emptyChangeSet(), canvas, renamed);
    changeCanvas(cs, renamed, { ...renamed, name: 'Best plan' });
    expect(cs.canvases['c1']).toEqual({ before: canvas, after: { ...renamed, name: 'Best plan' } });
    expect(cs.notes).toEqual({});
    expect(isEmptyChangeSet(cs)).toBe(false);
  });
});

describe('mergeChangeSets', () => {
  // Found by an exploratory run: typing in a note spanned another tab's recolouring of it; the
  // joined undo step took the colour back too.
  it('leaves out what changed a record between the two changes (another tab, say)', () => {
    const a = { ...note, text: 'a', colour: 'yellow' as const, updatedAt: T0 };
    const ab = { ...a, text: 'ab', updatedAt: T0 + 1 };
    const recoloured = { ...ab, colour: 'pink' as const, updatedAt: T0 + 2 };
    const abc = { ...recoloured, text: 'abc', updatedAt: T0 + 3 };
    const merged = mergeChangeSets(
      changeNote(emptyChangeSet(), a, ab),
      changeNote(emptyChangeSet(), recoloured, abc),
    );
    expect(merged.notes['n1']).toEqual({ before: { ...a, colour: 'pink' }, after: abc });
  });

  it('keeps the earliest before and the latest after of each record', () => {
    const first = changeNote(emptyChangeSet(), note, noteV2);
    const second = changeNote(emptyChangeSet(), noteV2, noteV3);
    expect(mergeChangeSets(first, second).notes['n1']).toEqual({ before: note, after: noteV3 });
  });

  it('keeps records that only one side touched', () => {
    const other = makeNote({ id: 'n2' });
    const first = changeNote(emptyChangeSet(), note, noteV2);
    const second = changeCanvas(changeNote(emptyChangeSet(), null, other), canvas, renamed);
    const merged = mergeChangeSets(first, second);
    expect(merged.notes).toEqual({
      n1: { before: note, after: noteV2 },
      n2: { before: null, after: other },
    });
    expect(merged.canvases).toEqual({ c1: { before: canvas, after: renamed } });
  });

  it('turns an add followed by a removal into null → null', () => {
    const merged = mergeChangeSets(
      changeNote(emptyChangeSet(), null, note),
      changeNote(emptyChangeSet(), note, null),
    );
    expect(merged.notes['n1']).toEqual({ before: null, after: null });
    expect(isNoOp(merged)).toBe(true);
  });

  it('does not modify either input', () => {
    const first = changeNote(emptyChangeSet(), note, noteV2);
    const second = changeNote(emptyChangeSet(), noteV2, noteV3);
    const [a, b] = [structuredClone(first), structuredClone(second)];
    mergeChangeSets(first, second);
    expect(first).toEqual(a);
    expect(second).toEqual(b);
  });
});

describe('invertChangeSet', () => {
  it('swaps before and after of every record', () => {
    const cs = changeCanvas(changeNote(emptyChangeSet(), note, noteV2), canvas, renamed);
    changeNote(cs, null, makeNote({ id: 'added' }));
    const inverted = invertChangeSet(cs);
    expect(inverted.notes['n1']).toEqual({ before: noteV2, after: note });
    expect(inverted.notes['added']).toEqual({ before: cs.notes['added']!.after, after: null });
    expect(inverted.canvases['c1']).toEqual({ before: renamed, after: canvas });
  });

  it('gives the original back when inverted twice', () => {
    const cs = changeNote(emptyChangeSet(), note, noteV2);
    expect(invertChangeSet(invertChangeSet(cs))).toEqual(cs);
  });

  it('merged with the original, undoes it completely', () => {
    const cs: ChangeSet = changeCanvas(changeNote(emptyChangeSet(), note, noteV2), canvas, renamed);
    expect(isNoOp(mergeChangeSets(cs, invertChangeSet(cs)))).toBe(true);
  });
});

describe('isNoOp', () => {
  it('is true for an empty change set', () => {
    expect(isNoOp(emptyChangeSet())).toBe(true);
  });

  it('ignores updatedAt: text typed and then reverted is no change', () => {
    const cs = changeNote(emptyChangeSet(), note, { ...note, updatedAt: T0 + 999 });
    expect(isNoOp(cs)).toBe(true);
    const canvasCs = changeCanvas(emptyChangeSet(), canvas, { ...canvas, updatedAt: T0 + 5 });
    expect(isNoOp(canvasCs)).toBe(true);
  });

  it('is false when any field but updatedAt differs', () => {
    expect(isNoOp(changeNote(emptyChangeSet(), note, noteV2))).toBe(false);
    expect(isNoOp(changeNote(emptyChangeSet(), note, { ...note, colour: 'blue' }))).toBe(false);
    expect(isNoOp(changeNote(emptyChangeSet(), note, { ...note, order: 'a1' }))).toBe(false);
    expect(isNoOp(changeCanvas(emptyChangeSet(), canvas, renamed))).toBe(false);
  });

  it('compares segment links by content, not by reference', () => {
    const linked = { ...note, segmentIds: ['s1', 's2'] };
    expect(
      isNoOp(changeNote(emptyChangeSet(), linked, { ...linked, segmentIds: ['s1', 's2'] })),
    ).toBe(true);
    expect(
      isNoOp(changeNote(emptyChangeSet(), linked, { ...linked, segmentIds: ['s2', 's1'] })),
    ).toBe(false);
  });

  it('is false for an addition or a removal', () => {
    expect(isNoOp(changeNote(emptyChangeSet(), null, note))).toBe(false);
    expect(isNoOp(changeNote(emptyChangeSet(), note, null))).toBe(false);
  });

  it('is false when one record changed even if another did not', () => {
    const cs = changeNote(emptyChangeSet(), note, { ...note, updatedAt: T0 + 1 });
    changeNote(cs, makeNote({ id: 'n2', text: 'a' }), makeNote({ id: 'n2', text: 'b' }));
    expect(isNoOp(cs)).toBe(false);
  });
});

describe('rebaseChange', () => {
  it('applies only what changed between from and to, into nested objects', () => {
    const from = { a: 1, nested: { x: 'old', y: 1 }, list: [1] };
    const to = { a: 1, nested: { x: 'new', y: 1 }, list: [1] };
    const current = { a: 2, nested: { x: 'old', y: 5 }, list: [1, 2] };
    expect(rebaseChange(current, from, to)).toEqual({
      a: 2,
      nested: { x: 'new', y: 5 },
      list: [1, 2],
    });
  });

  it('takes lists whole, and removes a key that the change removed', () => {
    const from = { list: [1, 2], pricing: 'per-seat' } as Record<string, unknown>;
    const to = { list: [2, 1] } as Record<string, unknown>;
    expect(rebaseChange({ list: [1, 2], pricing: 'per-seat', kept: true }, from, to)).toEqual({
      list: [2, 1],
      kept: true,
    });
  });

  it('leaves a value that was changed again since as it is now', () => {
    // This change wrote "B's text"; another tab wrote "A's text" since. Undoing keeps A's.
    const from = { text: 'B’s text', colour: 'yellow' };
    const to = { text: 'first text', colour: 'yellow' };
    const current = { text: 'A’s text', colour: 'green' };
    expect(rebaseChange(current, from, to)).toEqual(current);
    expect(rebaseChange({ list: [1, 2, 3] }, { list: [1, 2] }, { list: [2, 1] })).toEqual({
      list: [1, 2, 3],
    });
    // Not changed since: stepped back.
    expect(rebaseChange({ ...from, colour: 'green' }, from, to)).toEqual({
      text: 'first text',
      colour: 'green',
    });
  });

  it('applies link additions and removals to the links as they are now', () => {
    // This change linked s1; another tab linked s2 since. Undoing keeps s2.
    expect(rebaseChange(['s1', 's2'], ['s1'], [])).toEqual(['s2']);
    // Redo adds s1 back after s2.
    expect(rebaseChange(['s2'], [], ['s1'])).toEqual(['s2', 's1']);
  });

  it('applies item edits, additions, removals and order by id, keeping items added elsewhere', () => {
    const job = (id: string, text: string) => ({ id, text });
    const from = [job('a', 'A'), job('b', 'B')];
    const to = [job('b', 'B'), job('a', 'A edited')]; // reordered, and a edited
    const current = [job('a', 'A'), job('b', 'B theirs'), job('c', 'C theirs')];
    expect(rebaseChange(current, from, to)).toEqual([
      job('b', 'B theirs'),
      job('a', 'A edited'),
      job('c', 'C theirs'),
    ]);
    // An item removed elsewhere since stays removed; one this change removes goes.
    expect(rebaseChange([job('a', 'A')], from, [job('a', 'A'), job('b', 'B')])).toEqual([
      job('a', 'A'),
    ]);
    expect(
      rebaseChange([job('a', 'A'), job('b', 'B'), job('c', 'C')], from, [job('a', 'A')]),
    ).toEqual([job('a', 'A'), job('c', 'C')]);
  });

  it('is `to` itself when nothing else changed meanwhile', () => {
    const from = { a: 1, b: { c: 2 } };
    const to = { a: 3, b: { c: 4 } };
    expect(rebaseChange(from, from, to)).toEqual(to);
  });
});

describe('mergeEdits and incomingVersion: two tabs editing one record', () => {
  const segment = (who: { buyer?: string; user?: string; jobs?: string[] }, updatedAt: number) => ({
    id: 's1',
    updatedAt,
    profile: { buyer: who.buyer ?? '', user: who.user ?? '' },
    jobs: (who.jobs ?? []).map((text) => ({ id: text, text })),
  });
  const base = segment({ jobs: ['Book rota'] }, T0);

  it('keeps what each side changed, fields and items alike, stamped as the later', () => {
    const ours = segment({ buyer: 'Head nurse', jobs: ['Book rota', 'Swap shifts'] }, T0 + 5);
    const theirs = segment({ user: 'Night nurses', jobs: ['Book rota', 'Cover sick'] }, T0 + 7);
    for (const merged of [mergeEdits(base, ours, theirs), mergeEdits(base, theirs, ours)]) {
      expect(merged.profile).toEqual({ buyer: 'Head nurse', user: 'Night nurses' });
      expect(merged.jobs.map((j) => j.text).sort()).toEqual([
        'Book rota',
        'Cover sick',
        'Swap shifts',
      ]);
      expect(merged.updatedAt).toBe(T0 + 7);
    }
  });

  it('gives a value both changed to ours, unless theirs is clearly later', () => {
    const ours = segment({ buyer: 'Ours' }, T0 + 9);
    const theirs = segment({ buyer: 'Theirs' }, T0 + 3);
    expect(mergeEdits(base, ours, theirs).profile.buyer).toBe('Ours');
    // At the same time (within CONCURRENT_MS): often theirs carries our own earlier text.
    expect(mergeEdits(base, { ...ours, updatedAt: T0 + 1 }, theirs).profile.buyer).toBe('Ours');
    const later = { ...theirs, updatedAt: T0 + 1 + CONCURRENT_MS + 1 };
    expect(mergeEdits(base, { ...ours, updatedAt: T0 + 1 }, later).profile.buyer).toBe('Theirs');
  });

  it('shows a newer record from elsewhere, merged with edits not saved here', () => {
    const ours = segment({ buyer: 'Head nurse' }, T0 + 5);
    const theirs = segment({ user: 'Night nurses' }, T0 + 7);
    // Nothing unsaved here: the newer one wins whole, an older one is left out.
    expect(incomingVersion(ours, theirs, undefined)).toBe(theirs);
    expect(incomingVersion(theirs, ours, undefined)).toBeNull();
    expect(incomingVersion(null, theirs, undefined)).toBe(theirs);
    // Edits not saved yet, made from base: theirs is merged in, ours kept.
    expect(incomingVersion(ours, theirs, base)).toEqual(
      segment({ buyer: 'Head nurse', user: 'Night nurses' }, T0 + 7),
    );
    // Theirs no newer than what ours started from: nothing to take.
    expect(incomingVersion(ours, base, base)).toBeNull();
    // Theirs already has all of it: nothing changes here.
    expect(incomingVersion(ours, { ...ours, updatedAt: T0 + 8 }, base)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  noteProblems,
  UNREADABLE_NOTES_FORMAT,
  writeUnreadableNotes,
} from '../../src/export/unreadable-notes';
import { makeNote } from '../factories';

const canvas = { id: 'canvas_1', name: 'Clearview' };
const write = (rows: unknown[]) =>
  JSON.parse(writeUnreadableNotes({ canvas, rows, now: Date.UTC(2026, 11, 6), appVersion: '1.0' }));

describe('noteProblems', () => {
  it('says what is wrong with a note row, and where', () => {
    expect(noteProblems({ ...makeNote(), colour: 'plaid' })).toEqual([
      expect.stringMatching(/^colour: 'plaid' is not one of 'yellow', /),
    ]);
    expect(noteProblems({ ...makeNote(), text: 'x'.repeat(2001) })).toEqual([
      'text: is longer than 2,000 characters (2,001)',
    ]);
    expect(noteProblems({ id: 'note_half', canvasId: 'canvas_1' })).toContain('block: is missing');
  });

  it('finds nothing wrong with a valid note', () => {
    expect(noteProblems(makeNote())).toEqual([]);
  });
});

describe('writeUnreadableNotes', () => {
  it('keeps every row exactly as stored, each with its problems', () => {
    const bad = { ...makeNote({ text: 'Partner marketplace' }), colour: 'plaid' };
    const file = write([bad, { id: 'note_half' }]);
    expect(file).toMatchObject({
      format: UNREADABLE_NOTES_FORMAT,
      app: '1.0',
      savedAt: '2026-12-06T00:00:00.000Z',
      canvas,
    });
    expect(file.notes).toHaveLength(2);
    expect(file.notes[0].row).toEqual(bad);
    expect(file.notes[0].problems).toHaveLength(1);
    expect(file.notes[1]).toMatchObject({ row: { id: 'note_half' } });
  });

  it('writes what JSON cannot hold (IndexedDB can) as words, rather than failing', () => {
    const looped: Record<string, unknown> = { id: 'note_loop', text: 'Still here' };
    looped['self'] = looped;
    const map = new Map<string, unknown>([['a', 1]]);
    map.set('back', map);
    const shared = { x: 1 };
    const file = write([
      looped,
      { id: 'note_big', count: 12n, tags: new Set(['a', 'b']), map, photo: new Blob(['abc']) },
      { id: 'note_shared', one: shared, two: shared },
    ]);
    expect(file.notes[0].row).toEqual({
      id: 'note_loop',
      text: 'Still here',
      self: '[a loop back to an enclosing value]',
    });
    expect(file.notes[1].row).toEqual({
      id: 'note_big',
      count: '12',
      tags: ['a', 'b'],
      map: { a: 1, back: '[a loop back to an enclosing value]' },
      photo: '[a file of 3 bytes]',
    });
    // The same object twice, not inside itself, is written twice.
    expect(file.notes[2].row).toEqual({ id: 'note_shared', one: { x: 1 }, two: { x: 1 } });
  });
});

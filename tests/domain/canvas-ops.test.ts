// @vitest-environment node
import { DEFAULT_WEIGHTS } from '../../src/domain/segment.schema';
import { describe, expect, it, vi } from 'vitest';
import {
  CANVAS_NAME_MAX,
  NOTE_TEXT_MAX,
  NoteSchema,
  type Note,
} from '../../src/domain/canvas.schema';
import {
  addNote,
  clampNoteText,
  cleanCanvasName,
  copyName,
  distinctName,
  createCanvas,
  DEFAULT_NOTE_COLOUR,
  duplicateCanvas,
  editNoteText,
  moveNote,
  nextTimestamp,
  notesInBlock,
  recolourNote,
  renameCanvas,
  restoreCanvas,
  trashCanvas,
  UNTITLED_CANVAS,
} from '../../src/domain/canvas-ops';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { sortByOrder } from '../../src/domain/order';
import { makeBlockNotes, makeCanvas, makeDoc, makeNote, MINUTE, T0 } from '../factories';

/** No half of a character left alone (String.prototype.isWellFormed, ES2024). */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

const texts = (notes: readonly Note[]) => notes.map((n) => n.text);

describe('nextTimestamp', () => {
  it('is now when the clock has moved on', () => {
    expect(nextTimestamp(T0, T0 + 5)).toBe(T0 + 5);
  });

  it('is one past the previous stamp when the clock stands still or went back', () => {
    expect(nextTimestamp(T0, T0)).toBe(T0 + 1);
    expect(nextTimestamp(T0, T0 - MINUTE)).toBe(T0 + 1);
  });

  it('never decreases over a run of stamps, whatever the clock does', () => {
    const clock = [T0, T0, T0 - 10, T0 + 3, T0 + 3, T0 - 1000, T0 + 50];
    let stamp = 0;
    for (const now of clock) {
      const next = nextTimestamp(stamp, now);
      expect(next).toBeGreaterThan(stamp);
      stamp = next;
    }
  });
});

describe('canvases', () => {
  it('creates a live canvas at the current version', () => {
    expect(createCanvas({ id: 'c1', name: '  Plan  ', now: T0 })).toEqual({
      id: 'c1',
      name: 'Plan',
      createdAt: T0,
      updatedAt: T0,
      schemaVersion: CURRENT_VERSION,
      trashedAt: null,
      weights: DEFAULT_WEIGHTS,
      differences: [],
      votes: [],
    });
    expect(createCanvas({ id: 'c2', now: T0 }).name).toBe(UNTITLED_CANVAS);
  });

  it('renames with the name trimmed and inner whitespace collapsed', () => {
    const canvas = makeCanvas({ name: 'Old' });
    const renamed = renameCanvas(canvas, '  New \n  plan\t ', T0 + MINUTE);
    expect(renamed.name).toBe('New plan');
    expect(renamed.updatedAt).toBe(T0 + MINUTE);
    expect(renamed.createdAt).toBe(canvas.createdAt);
    expect(canvas.name).toBe('Old');
  });

  it('renames an empty or blank name to "Untitled canvas"', () => {
    const canvas = makeCanvas({ name: 'Old' });
    expect(renameCanvas(canvas, '', T0).name).toBe('Untitled canvas');
    expect(renameCanvas(canvas, '   \n ', T0).name).toBe('Untitled canvas');
  });

  it('cuts a long name to the maximum length', () => {
    expect(cleanCanvasName('x'.repeat(CANVAS_NAME_MAX + 30))).toHaveLength(CANVAS_NAME_MAX);
  });

  it('stamps a rename after the canvas’s last stamp even if the clock went back', () => {
    const canvas = makeCanvas({ updatedAt: T0 + MINUTE });
    expect(renameCanvas(canvas, 'New', T0).updatedAt).toBe(T0 + MINUTE + 1);
  });

  it('trashes and restores, stamping each change', () => {
    const canvas = makeCanvas();
    const trashed = trashCanvas(canvas, T0 + 10);
    expect(trashed.trashedAt).toBe(T0 + 10);
    expect(trashed.updatedAt).toBe(T0 + 10);
    const restored = restoreCanvas(trashed, T0 + 20);
    expect(restored.trashedAt).toBeNull();
    expect(restored.updatedAt).toBe(T0 + 20);
    expect({ ...restored, updatedAt: canvas.updatedAt }).toEqual(canvas);
  });
});

describe('notesInBlock', () => {
  it('returns one canvas’s notes of one block, in order', () => {
    const [a, b, c] = makeBlockNotes('c1', 'channels', 3);
    const elsewhere = makeNote({ canvasId: 'c1', block: 'cost-structure' });
    const otherCanvas = makeNote({ canvasId: 'c2', block: 'channels' });
    expect(notesInBlock([c!, elsewhere, a!, otherCanvas, b!], 'c1', 'channels')).toEqual([a, b, c]);
  });
});

describe('addNote', () => {
  const block = makeBlockNotes('c1', 'channels', 3);

  it('adds an empty yellow note at the end by default', () => {
    const note = addNote(block, { id: 'n1', canvasId: 'c1', block: 'channels', now: T0 });
    expect(note).toMatchObject({
      id: 'n1',
      canvasId: 'c1',
      block: 'channels',
      text: '',
      colour: DEFAULT_NOTE_COLOUR,
      segmentIds: [],
      createdAt: T0,
      updatedAt: T0,
    });
    expect(DEFAULT_NOTE_COLOUR).toBe('yellow');
    expect(sortByOrder([...block, note]).at(-1)?.id).toBe('n1');
    expect(NoteSchema.safeParse(note).success).toBe(true);
  });

  it.each([0, 1, 2, 3])('adds a note at index %i', (index) => {
    const note = addNote(block, {
      id: 'new',
      canvasId: 'c1',
      block: 'channels',
      index,
      text: 'Hi',
      colour: 'pink',
      now: T0,
    });
    expect(sortByOrder([...block, note]).findIndex((n) => n.id === 'new')).toBe(index);
    expect(note.text).toBe('Hi');
    expect(note.colour).toBe('pink');
  });

  it('cuts text that is too long', () => {
    const note = addNote([], {
      id: 'n',
      canvasId: 'c1',
      block: 'channels',
      text: 'y'.repeat(NOTE_TEXT_MAX + 5),
      now: T0,
    });
    expect(note.text).toHaveLength(NOTE_TEXT_MAX);
  });
});

describe('editNoteText', () => {
  it('changes the text and stamps the note', () => {
    const note = makeNote({ text: 'old' });
    const { note: edited, cut } = editNoteText(note, 'new', T0 + 5);
    expect(edited).toEqual({ ...note, text: 'new', updatedAt: T0 + 5 });
    expect(cut).toBe(false);
  });

  it(`keeps exactly ${NOTE_TEXT_MAX} characters without a cut`, () => {
    const text = 'z'.repeat(NOTE_TEXT_MAX);
    const result = editNoteText(makeNote(), text, T0);
    expect(result.note.text).toBe(text);
    expect(result.cut).toBe(false);
  });

  it(`cuts text at ${NOTE_TEXT_MAX} characters and says it did`, () => {
    const text = 'a'.repeat(NOTE_TEXT_MAX) + 'TAIL';
    const result = editNoteText(makeNote(), text, T0);
    expect(result.note.text).toBe('a'.repeat(NOTE_TEXT_MAX));
    expect(result.cut).toBe(true);
    expect(clampNoteText(text)).toEqual({ text: 'a'.repeat(NOTE_TEXT_MAX), cut: true });
  });

  it('leaves out whole an emoji that would straddle the limit, not half of it', () => {
    const text = 'a'.repeat(NOTE_TEXT_MAX - 1) + '😀😀';
    expect(clampNoteText(text)).toEqual({ text: 'a'.repeat(NOTE_TEXT_MAX - 1), cut: true });
  });
});

describe('recolourNote', () => {
  it('changes only the colour and the stamp', () => {
    const note = makeNote({ colour: 'yellow', updatedAt: T0 });
    expect(recolourNote(note, 'green', T0 + 1)).toEqual({
      ...note,
      colour: 'green',
      updatedAt: T0 + 1,
    });
  });
});

describe('moveNote', () => {
  it('moves a note within its block: only the moved note changes', () => {
    const notes = makeBlockNotes('c1', 'channels', 5);
    const snapshot = structuredClone(notes);
    const moving = notes[0]!;
    const moved = moveNote(moving, 'channels', notes, 3, T0 + 1);

    expect(moved.id).toBe(moving.id);
    expect(moved.block).toBe('channels');
    expect(moved.updatedAt).toBe(T0 + 1);
    expect({ ...moved, order: moving.order, updatedAt: moving.updatedAt }).toEqual(moving);
    expect(notes).toEqual(snapshot);

    const after = sortByOrder([...notes.filter((n) => n.id !== moving.id), moved]);
    expect(texts(after)).toEqual([
      'channels 2',
      'channels 3',
      'channels 4',
      'channels 1',
      'channels 5',
    ]);
  });

  it('moves a note to the front and to the end of its block', () => {
    const notes = makeBlockNotes('c1', 'channels', 3);
    const toFront = moveNote(notes[2]!, 'channels', notes, 0, T0);
    expect(texts(sortByOrder([notes[0]!, notes[1]!, toFront]))).toEqual([
      'channels 3',
      'channels 1',
      'channels 2',
    ]);
    const toEnd = moveNote(notes[0]!, 'channels', notes, 2, T0);
    expect(texts(sortByOrder([toEnd, notes[1]!, notes[2]!]))).toEqual([
      'channels 2',
      'channels 3',
      'channels 1',
    ]);
  });

  it('moves a note into another block at a given index', () => {
    const source = makeBlockNotes('c1', 'channels', 2);
    const target = makeBlockNotes('c1', 'revenue-streams', 3);
    const snapshot = structuredClone(target);
    const moved = moveNote(source[1]!, 'revenue-streams', target, 1, T0 + 2);

    expect(moved.block).toBe('revenue-streams');
    expect(moved.text).toBe('channels 2');
    expect(target).toEqual(snapshot);
    expect(texts(sortByOrder([...target, moved]))).toEqual([
      'revenue-streams 1',
      'channels 2',
      'revenue-streams 2',
      'revenue-streams 3',
    ]);
  });

  it('moves a note into an empty block', () => {
    const moved = moveNote(makeNote({ block: 'channels' }), 'cost-structure', [], 0, T0);
    expect(moved.block).toBe('cost-structure');
    expect(moved.order.length).toBeGreaterThan(0);
  });

  it('stamps the move after the note’s own last stamp', () => {
    const note = makeNote({ updatedAt: T0 + 100 });
    expect(moveNote(note, 'channels', [], 0, T0).updatedAt).toBe(T0 + 101);
  });
});

describe('duplicateCanvas', () => {
  function sourceDoc() {
    const doc = makeDoc({ canvas: { name: 'Plan' } });
    const segA = makeNote({ canvasId: doc.canvas.id, block: 'customer-segments', text: 'A' });
    const segB = makeNote({ canvasId: doc.canvas.id, block: 'customer-segments', text: 'B' });
    const vp = makeNote({
      canvasId: doc.canvas.id,
      block: 'value-propositions',
      text: 'serves both',
      colour: 'orange',
      order: 'a5',
      segmentIds: [segA.id, segB.id, 'note_gone'],
    });
    return { ...doc, notes: [segA, segB, vp] };
  }

  it('copies every note under a new id into the new canvas', () => {
    const doc = sourceDoc();
    let n = 0;
    const copy = duplicateCanvas(doc, {
      canvasId: 'copy',
      name: 'Plan (copy)',
      newNoteId: () => `fresh_${++n}`,
      now: T0 + MINUTE,
    });

    expect(copy.canvas).toEqual({
      id: 'copy',
      name: 'Plan (copy)',
      createdAt: T0 + MINUTE,
      updatedAt: T0 + MINUTE,
      schemaVersion: CURRENT_VERSION,
      trashedAt: null,
      weights: DEFAULT_WEIGHTS,
      differences: [],
      votes: [],
    });
    expect(copy.notes.map((x) => x.id)).toEqual(['fresh_1', 'fresh_2', 'fresh_3']);
    const originalIds = new Set(doc.notes.map((x) => x.id));
    for (const note of copy.notes) {
      expect(originalIds.has(note.id)).toBe(false);
      expect(note.canvasId).toBe('copy');
      expect(note.createdAt).toBe(T0 + MINUTE);
    }
    // Content, colour, block and order are kept.
    expect(
      copy.notes.map(({ text, block, colour, order }) => ({ text, block, colour, order })),
    ).toEqual(doc.notes.map(({ text, block, colour, order }) => ({ text, block, colour, order })));
  });

  it('remaps segment links to the copied segments and drops dangling ones', () => {
    const doc = sourceDoc();
    let n = 0;
    const copy = duplicateCanvas(doc, {
      canvasId: 'copy',
      name: 'x',
      newNoteId: () => `fresh_${++n}`,
      now: T0,
    });
    const [segA, segB, vp] = copy.notes;
    expect(vp?.segmentIds).toEqual([segA?.id, segB?.id]);
  });

  it('leaves the original document untouched', () => {
    const doc = sourceDoc();
    const snapshot = structuredClone(doc);
    duplicateCanvas(doc, { canvasId: 'copy', name: 'x', newNoteId: () => 'n', now: T0 });
    expect(doc).toEqual(snapshot);
  });
});

describe('distinctName', () => {
  it('keeps a name no canvas has, and numbers one that is taken', () => {
    expect(distinctName('Example: Clinic', ['Plan'])).toBe('Example: Clinic');
    expect(distinctName('Example: Clinic', ['Example: Clinic'])).toBe('Example: Clinic (2)');
    expect(distinctName('Example: Clinic', ['Example: Clinic', 'Example: Clinic (2)'])).toBe(
      'Example: Clinic (3)',
    );
  });
});

describe('copyName', () => {
  it('adds "(copy)" when the name is free', () => {
    expect(copyName('Plan', ['Plan'])).toBe('Plan (copy)');
  });

  it('counts up past names already taken', () => {
    expect(copyName('Plan', ['Plan', 'Plan (copy)'])).toBe('Plan (copy 2)');
    expect(copyName('Plan', ['Plan', 'Plan (copy)', 'Plan (copy 2)', 'Plan (copy 3)'])).toBe(
      'Plan (copy 4)',
    );
  });

  it('copies a copy as a further copy of the original name, not "(copy) (copy)"', () => {
    expect(copyName('Plan (copy)', ['Plan', 'Plan (copy)'])).toBe('Plan (copy 2)');
    expect(copyName('Plan (copy 2)', ['Plan', 'Plan (copy)', 'Plan (copy 2)'])).toBe(
      'Plan (copy 3)',
    );
  });

  it('accepts any iterable of taken names', () => {
    expect(copyName('Plan', new Set(['Plan (copy)']))).toBe('Plan (copy 2)');
  });

  it('shortens a long name without splitting an emoji in two', () => {
    const name = 'a'.repeat(112) + '😀' + 'b'.repeat(6); // 120 units, the emoji at 112–113
    const copy = copyName(name, [name]);
    expect(copy).toBe(`${'a'.repeat(112)}… (copy)`);
    expect(wellFormed(copy)).toBe(true);
    expect(wellFormed(cleanCanvasName('c'.repeat(CANVAS_NAME_MAX - 1) + '😀'))).toBe(true);
  });

  it('shortens a long name at a space, with an ellipsis, not mid-word', () => {
    const name = `${'Plan for real users '.repeat(6)}ok`; // 122 characters, cut to 120
    const clean = cleanCanvasName(name);
    const copy = copyName(clean, [clean]);
    expect(copy.length).toBeLessThanOrEqual(CANVAS_NAME_MAX);
    expect(copy).toMatch(/ Plan for… \(copy\)$/);
  });

  // Regression: the suffix used to be added and the whole name then cut to CANVAS_NAME_MAX, so for
  // a long name every "(copy n)" was cut back to the same taken string and the loop never ended.
  it('finds a free name that fits for a name at the maximum length', () => {
    const long = 'L'.repeat(CANVAS_NAME_MAX);
    // Stop the loop instead of hanging the test run if every candidate is taken.
    const has = Set.prototype.has;
    let calls = 0;
    vi.spyOn(Set.prototype, 'has').mockImplementation(function (this: Set<unknown>, value) {
      if (++calls > 10_000) throw new Error('copyName did not find a free name');
      return has.call(this, value);
    });

    const first = copyName(long, [long]);
    expect(first).not.toBe(long);
    expect(first.length).toBeLessThanOrEqual(CANVAS_NAME_MAX);
    expect(first).toMatch(/\(copy\)$/);

    const second = copyName(long, [long, first]);
    expect([long, first]).not.toContain(second);
    expect(second.length).toBeLessThanOrEqual(CANVAS_NAME_MAX);
    expect(second).toMatch(/\(copy 2\)$/);
  });
});

import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_IDS, type BlockId } from '../../src/domain/blocks';
import {
  NOTE_COLOURS,
  NOTE_TEXT_MAX,
  type Note,
  type NoteColour,
} from '../../src/domain/canvas.schema';
import type { ChangeSet } from '../../src/domain/changes';
import { sortByOrder } from '../../src/domain/order';
import { onLocalChange } from '../../src/store/change-feed';
import { HISTORY_LIMIT } from '../../src/store/history';
import { useCanvasList } from '../../src/store/selectors';
import {
  actions,
  blockTexts,
  DAY,
  loadDoc,
  makeBlockNotes,
  makeCanvas,
  makeDoc,
  makeNote,
  omit,
  store,
  T0,
} from '../factories';

/** Moves the clock on, so that every action gets a later stamp than the one before. */
function tick(ms = 1000): void {
  vi.setSystemTime(Date.now() + ms);
}

function history(canvasId: string) {
  return store().history[canvasId] ?? { undo: [], redo: [] };
}

/** Ids of a block in the store's index. */
function blockIds(canvasId: string, block: BlockId): string[] {
  return store().blockIndex[canvasId]?.[block] ?? [];
}

/** The block index must always equal the block's notes sorted by order key. */
function expectIndexSorted(canvasId: string): void {
  const notes = Object.values(store().notes).filter((n) => n.canvasId === canvasId);
  for (const block of BLOCK_IDS) {
    const expected = sortByOrder(notes.filter((n) => n.block === block)).map((n) => n.id);
    expect(blockIds(canvasId, block), block).toEqual(expected);
  }
}

/** What a user sees of a canvas: every note without its stamp, and the order of each block. */
function content(canvasId: string) {
  const s = store();
  const notes: Record<string, Omit<Note, 'updatedAt'>> = {};
  for (const n of Object.values(s.notes)) {
    if (n.canvasId !== canvasId) continue;
    notes[n.id] = omit(n, 'updatedAt');
  }
  const blocks: Record<string, string[]> = {};
  for (const block of BLOCK_IDS) blocks[block] = [...blockIds(canvasId, block)];
  const canvas = omit(s.canvases[canvasId]!, 'updatedAt');
  return { canvas, notes, blocks, count: s.noteCounts[canvasId] ?? 0 };
}

/** A loaded, empty canvas made through the store. */
function newCanvas(name = 'Plan'): string {
  return actions().createCanvas(name);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createCanvas', () => {
  it('adds a live, loaded canvas and returns its id', () => {
    const id = actions().createCanvas('  My   plan ');
    expect(store().canvases[id]).toMatchObject({
      id,
      name: 'My plan',
      trashedAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
    expect(store().blockIndex[id]).toEqual({});
    expect(store().lastEdited[id]).toBe(T0);
  });

  it('names a canvas created without a name "Untitled canvas"', () => {
    const id = actions().createCanvas();
    expect(store().canvases[id]?.name).toBe('Untitled canvas');
  });

  it('gives each canvas its own id and no undo step', () => {
    const a = newCanvas();
    const b = newCanvas();
    expect(a).not.toBe(b);
    expect(store().history[a]).toBeUndefined();
    expect(actions().undo(a)).toBe(false);
  });
});

describe('addCanvasDoc', () => {
  it('adds a whole document, indexed and counted', () => {
    const doc = makeDoc({ blocks: { channels: 2, 'cost-structure': 1 } });
    const id = actions().addCanvasDoc(doc);
    expect(id).toBe(doc.canvas.id);
    expect(store().canvases[id]).toEqual(doc.canvas);
    expect(store().noteCounts[id]).toBe(3);
    expect(blockTexts(id, 'channels')).toEqual(['channels 1', 'channels 2']);
    expect(blockTexts(id, 'cost-structure')).toEqual(['cost-structure 1']);
  });
});

describe('addNote', () => {
  it('adds an empty yellow note at the end of the block', () => {
    const canvasId = newCanvas();
    const first = actions().addNote(canvasId, 'channels', { text: 'first' });
    tick();
    const second = actions().addNote(canvasId, 'channels');
    expect(store().notes[second]).toMatchObject({
      canvasId,
      block: 'channels',
      text: '',
      colour: 'yellow',
      createdAt: T0 + 1000,
    });
    expect(blockIds(canvasId, 'channels')).toEqual([first, second]);
    expect(store().noteCounts[canvasId]).toBe(2);
  });

  it('adds a note at an index, with a text and a colour', () => {
    const canvasId = newCanvas();
    for (const text of ['a', 'b', 'c']) actions().addNote(canvasId, 'channels', { text });
    actions().addNote(canvasId, 'channels', { text: 'new', colour: 'green', index: 1 });
    expect(blockTexts(canvasId, 'channels')).toEqual(['a', 'new', 'b', 'c']);
    expectIndexSorted(canvasId);
  });

  it('is one undo step labelled "Add note"', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'x' });
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Add note']);
    expect(actions().undo(canvasId)).toBe(true);
    expect(store().notes[id]).toBeUndefined();
    expect(blockIds(canvasId, 'channels')).toEqual([]);
    expect(store().noteCounts[canvasId]).toBe(0);
  });
});

describe('setNoteText', () => {
  it('changes the text and stamps the note', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'old' });
    tick();
    expect(actions().setNoteText(id, 'new')).toEqual({ cut: false });
    expect(store().notes[id]).toMatchObject({ text: 'new', updatedAt: T0 + 1000 });
  });

  it('makes a typing session with one coalesce key a single undo step', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'Sell' });
    for (const text of ['Sell m', 'Sell mo', 'Sell mor', 'Sell more']) {
      tick(50);
      actions().setNoteText(id, text, 'session-1');
    }
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Add note', 'Edit note']);

    actions().undo(canvasId);
    expect(store().notes[id]?.text).toBe('Sell');
    actions().redo(canvasId);
    expect(store().notes[id]?.text).toBe('Sell more');
  });

  it('makes edits without a key separate undo steps', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'a' });
    actions().setNoteText(id, 'ab');
    actions().setNoteText(id, 'abc');
    expect(history(canvasId).undo).toHaveLength(3);
    actions().undo(canvasId);
    expect(store().notes[id]?.text).toBe('ab');
  });

  it('keeps two sessions with different keys apart', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'a' });
    actions().setNoteText(id, 'ab', 'one');
    actions().setNoteText(id, 'abc', 'two');
    expect(history(canvasId).undo).toHaveLength(3);
  });

  it('leaves no undo step when a session ends with the text it started with', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'same' });
    actions().setNoteText(id, 'sam', 'k');
    tick();
    actions().setNoteText(id, 'same', 'k');
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Add note']);
  });

  it(`cuts text at ${NOTE_TEXT_MAX} characters and reports it`, () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels');
    expect(actions().setNoteText(id, 'q'.repeat(NOTE_TEXT_MAX + 10))).toEqual({ cut: true });
    expect(store().notes[id]?.text).toHaveLength(NOTE_TEXT_MAX);
    // Typing on at the limit changes nothing, records nothing, and still reports the cut.
    const steps = history(canvasId).undo.length;
    expect(actions().setNoteText(id, 'q'.repeat(NOTE_TEXT_MAX + 11))).toEqual({ cut: true });
    expect(history(canvasId).undo).toHaveLength(steps);
  });

  it('records nothing when the text is unchanged, and ignores unknown notes', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'x' });
    const before = store().notes[id];
    actions().setNoteText(id, 'x');
    expect(store().notes[id]).toBe(before);
    expect(history(canvasId).undo).toHaveLength(1);
    expect(actions().setNoteText('note_missing', 'x')).toEqual({ cut: false });
  });
});

describe('finishNoteEdit', () => {
  it('removes a note left empty or blank', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'x' });
    actions().setNoteText(id, '  \n ');
    actions().finishNoteEdit(id);
    expect(store().notes[id]).toBeUndefined();
    expect(blockIds(canvasId, 'channels')).toEqual([]);
  });

  it('keeps a note with text', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'keep me' });
    actions().finishNoteEdit(id);
    expect(store().notes[id]?.text).toBe('keep me');
  });

  it('leaves no trace of a note added and abandoned in one session', () => {
    const canvasId = newCanvas();
    const kept = actions().addNote(canvasId, 'channels', { text: 'kept' });
    const key = 'edit-session';
    const id = actions().addNote(canvasId, 'channels', { coalesceKey: key });
    actions().setNoteText(id, 'h', key);
    actions().setNoteText(id, '', key);
    actions().finishNoteEdit(id, key);

    expect(store().notes[id]).toBeUndefined();
    expect(blockIds(canvasId, 'channels')).toEqual([kept]);
    expect(store().noteCounts[canvasId]).toBe(1);
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Add note']);
    // The one undo step left is the earlier note's.
    actions().undo(canvasId);
    expect(store().notes[kept]).toBeUndefined();
  });

  it('makes clearing an existing note one undo step that brings its text back', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'Partners' });
    tick();
    actions().setNoteText(id, 'P', 'k');
    actions().setNoteText(id, '', 'k');
    actions().finishNoteEdit(id, 'k');
    expect(store().notes[id]).toBeUndefined();
    expect(history(canvasId).undo).toHaveLength(2);
    actions().undo(canvasId);
    expect(store().notes[id]?.text).toBe('Partners');
    expect(blockIds(canvasId, 'channels')).toEqual([id]);
  });
});

describe('recolourNote', () => {
  it('changes the colour as one undo step', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels');
    tick();
    actions().recolourNote(id, 'purple');
    expect(store().notes[id]).toMatchObject({ colour: 'purple', updatedAt: T0 + 1000 });
    expect(history(canvasId).undo.at(-1)?.label).toBe('Recolour note');
    actions().undo(canvasId);
    expect(store().notes[id]?.colour).toBe('yellow');
  });

  it('does nothing for the colour the note already has', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { colour: 'blue' });
    const before = store().notes[id];
    actions().recolourNote(id, 'blue');
    expect(store().notes[id]).toBe(before);
    expect(history(canvasId).undo).toHaveLength(1);
  });
});

describe('moveNote', () => {
  function canvasWithNotes() {
    const doc = loadDoc(makeDoc({ blocks: { channels: 4, 'revenue-streams': 2 } }));
    return { canvasId: doc.canvas.id, notes: doc.notes };
  }

  it('moves a note within its block; only that note changes', () => {
    const { canvasId } = canvasWithNotes();
    const [a, b, c, d] = blockIds(canvasId, 'channels');
    const before = { ...store().notes };
    tick();
    actions().moveNote(a!, 'channels', 2);

    expect(blockTexts(canvasId, 'channels')).toEqual([
      'channels 2',
      'channels 3',
      'channels 1',
      'channels 4',
    ]);
    expect(blockIds(canvasId, 'channels')).toEqual([b, c, a, d]);
    for (const [id, note] of Object.entries(store().notes))
      if (id !== a) expect(note, id).toBe(before[id]);
    expect(store().notes[a!]?.order).not.toBe(before[a!]?.order);
    expectIndexSorted(canvasId);
  });

  it('moves a note to the end and to the front of its block', () => {
    const { canvasId } = canvasWithNotes();
    const [a, , , d] = blockIds(canvasId, 'channels');
    actions().moveNote(a!, 'channels', 3);
    expect(blockIds(canvasId, 'channels').at(-1)).toBe(a);
    actions().moveNote(d!, 'channels', 0);
    expect(blockIds(canvasId, 'channels')[0]).toBe(d);
    expectIndexSorted(canvasId);
  });

  it('moves a note across blocks; only that note changes', () => {
    const { canvasId } = canvasWithNotes();
    const moving = blockIds(canvasId, 'channels')[1]!;
    const before = { ...store().notes };
    actions().moveNote(moving, 'revenue-streams', 1);

    expect(store().notes[moving]?.block).toBe('revenue-streams');
    expect(blockTexts(canvasId, 'channels')).toEqual(['channels 1', 'channels 3', 'channels 4']);
    expect(blockTexts(canvasId, 'revenue-streams')).toEqual([
      'revenue-streams 1',
      'channels 2',
      'revenue-streams 2',
    ]);
    for (const [id, note] of Object.entries(store().notes))
      if (id !== moving) expect(note, id).toBe(before[id]);
    expectIndexSorted(canvasId);
    expect(store().noteCounts[canvasId]).toBe(6);
  });

  it('moves a note into an empty block', () => {
    const { canvasId } = canvasWithNotes();
    const moving = blockIds(canvasId, 'channels')[0]!;
    actions().moveNote(moving, 'key-partners', 0);
    expect(blockIds(canvasId, 'key-partners')).toEqual([moving]);
    expectIndexSorted(canvasId);
  });

  it('records nothing when a note is dropped where it was', () => {
    const { canvasId } = canvasWithNotes();
    const id = blockIds(canvasId, 'channels')[2]!;
    const before = store().notes[id];
    actions().moveNote(id, 'channels', 2);
    expect(store().notes[id]).toBe(before);
    expect(history(canvasId).undo).toHaveLength(0);
  });

  it('is undone and redone as one step', () => {
    const { canvasId } = canvasWithNotes();
    const id = blockIds(canvasId, 'channels')[0]!;
    actions().moveNote(id, 'revenue-streams', 0);
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Move note']);
    actions().undo(canvasId);
    expect(blockTexts(canvasId, 'channels')[0]).toBe('channels 1');
    expect(blockIds(canvasId, 'revenue-streams')).not.toContain(id);
    actions().redo(canvasId);
    expect(blockIds(canvasId, 'revenue-streams')[0]).toBe(id);
    expectIndexSorted(canvasId);
  });

  it('keeps the index sorted over many random moves', () => {
    const doc = loadDoc(
      makeDoc({ blocks: { channels: 6, 'revenue-streams': 6, 'cost-structure': 6 } }),
    );
    const canvasId = doc.canvas.id;
    const blocks: BlockId[] = ['channels', 'revenue-streams', 'cost-structure', 'key-partners'];
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 200; i++) {
      const note = doc.notes[next(doc.notes.length)]!;
      const to = blocks[next(blocks.length)]!;
      actions().moveNote(note.id, to, next(blockIds(canvasId, to).length + 1));
      tick(10);
    }
    expectIndexSorted(canvasId);
    expect(store().noteCounts[canvasId]).toBe(18);
  });
});

describe('deleteNote', () => {
  it('removes the note from the records, the index and the count', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 3 } }));
    const canvasId = doc.canvas.id;
    const id = blockIds(canvasId, 'channels')[1]!;
    actions().deleteNote(id);
    expect(store().notes[id]).toBeUndefined();
    expect(blockTexts(canvasId, 'channels')).toEqual(['channels 1', 'channels 3']);
    expect(store().noteCounts[canvasId]).toBe(2);
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Delete note']);
  });

  it('is undone with the note back in its place', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 3 } }));
    const canvasId = doc.canvas.id;
    const id = blockIds(canvasId, 'channels')[1]!;
    const original = store().notes[id]!;
    tick();
    actions().deleteNote(id);
    tick();
    actions().undo(canvasId);
    // A note brought back is stamped just past the moment of undo, so it outranks its deletion.
    expect(store().notes[id]).toEqual({ ...original, updatedAt: T0 + 2001 });
    expect(blockTexts(canvasId, 'channels')).toEqual(['channels 1', 'channels 2', 'channels 3']);
    expect(store().noteCounts[canvasId]).toBe(3);
  });

  it('ignores a note that does not exist', () => {
    const canvasId = newCanvas();
    actions().deleteNote('note_missing');
    expect(history(canvasId).undo).toHaveLength(0);
  });
});

describe('renameCanvas', () => {
  it('renames with the name cleaned, as an undo step', () => {
    const canvasId = newCanvas('Old');
    tick();
    actions().renameCanvas(canvasId, '  New   name ');
    expect(store().canvases[canvasId]).toMatchObject({ name: 'New name', updatedAt: T0 + 1000 });
    expect(history(canvasId).undo.map((e) => e.label)).toEqual(['Rename canvas']);
    actions().undo(canvasId);
    expect(store().canvases[canvasId]?.name).toBe('Old');
  });

  it('names an emptied canvas "Untitled canvas"', () => {
    const canvasId = newCanvas('Old');
    actions().renameCanvas(canvasId, '   ');
    expect(store().canvases[canvasId]?.name).toBe('Untitled canvas');
  });

  it('records nothing when the cleaned name is the same', () => {
    const canvasId = newCanvas('Same');
    const before = store().canvases[canvasId];
    actions().renameCanvas(canvasId, '  Same ');
    expect(store().canvases[canvasId]).toBe(before);
    expect(history(canvasId).undo).toHaveLength(0);
  });
});

describe('trashCanvas and restoreCanvas', () => {
  it('moves a canvas to the trash and back, without undo steps', () => {
    const canvasId = newCanvas();
    tick();
    actions().trashCanvas(canvasId);
    expect(store().canvases[canvasId]?.trashedAt).toBe(T0 + 1000);
    tick();
    actions().restoreCanvas(canvasId);
    expect(store().canvases[canvasId]).toMatchObject({ trashedAt: null, updatedAt: T0 + 2000 });
    expect(history(canvasId).undo).toHaveLength(0);
  });

  it('does not re-stamp a canvas already trashed or already live', () => {
    const canvasId = newCanvas();
    actions().restoreCanvas(canvasId);
    expect(store().canvases[canvasId]?.updatedAt).toBe(T0);
    actions().trashCanvas(canvasId);
    const trashed = store().canvases[canvasId];
    expect(trashed).toMatchObject({ trashedAt: T0, updatedAt: T0 + 1 });
    tick();
    actions().trashCanvas(canvasId);
    expect(store().canvases[canvasId]).toBe(trashed);
  });

  it('hides a trashed canvas from the canvas list', () => {
    const keep = newCanvas('Keep');
    const gone = newCanvas('Gone');
    actions().trashCanvas(gone);
    const { result } = renderHook(() => useCanvasList());
    expect(result.current.map((item) => item.canvas.id)).toEqual([keep]);
  });
});

describe('undo and redo', () => {
  type Step = (canvasId: string) => void;

  function randomSteps(seed: number) {
    let s = seed;
    const next = (n: number) => {
      s = (s * 16807) % 2147483647;
      return s % n;
    };
    const blocks: BlockId[] = ['channels', 'value-propositions', 'customer-segments'];
    let counter = 0;
    const notesOf = (canvasId: string) =>
      Object.values(store().notes).filter((n) => n.canvasId === canvasId);
    const step: Step = (canvasId) => {
      const notes = notesOf(canvasId);
      const kind = notes.length < 3 ? 0 : next(5);
      const note = notes[next(Math.max(notes.length, 1))];
      if (kind === 0 || !note) {
        const block = blocks[next(blocks.length)]!;
        actions().addNote(canvasId, block, {
          text: `added ${++counter}`,
          index: next(blockIds(canvasId, block).length + 1),
        });
      } else if (kind === 1) {
        actions().setNoteText(note.id, `edited ${++counter}`);
      } else if (kind === 2) {
        const colours = NOTE_COLOURS.filter((c) => c !== note.colour);
        actions().recolourNote(note.id, colours[next(colours.length)] as NoteColour);
      } else if (kind === 3) {
        const to = blocks.find((b) => b !== note.block)!;
        actions().moveNote(note.id, to, next(blockIds(canvasId, to).length + 1));
      } else {
        actions().deleteNote(note.id);
      }
    };
    return step;
  }

  it('walks back and forth through 150 mixed steps, matching every state exactly', () => {
    const canvasId = newCanvas();
    const step = randomSteps(42);
    const states = [content(canvasId)];
    for (let i = 0; i < 150; i++) {
      tick(10);
      step(canvasId);
      expect(history(canvasId).undo, `step ${i} made no undo entry`).toHaveLength(i + 1);
      states.push(content(canvasId));
    }
    // The run covered every kind of action.
    // (Deleting a note in Customer Segments deletes a segment.)
    const labels = history(canvasId).undo.map((e) =>
      e.label.replace('Delete segment', 'Delete note'),
    );
    expect(new Set(labels)).toEqual(
      new Set(['Add note', 'Edit note', 'Recolour note', 'Move note', 'Delete note']),
    );

    for (let i = 149; i >= 0; i--) {
      tick(10);
      expect(actions().undo(canvasId)).toBe(true);
      expect(content(canvasId), `after undoing to ${i}`).toEqual(states[i]);
    }
    expect(actions().undo(canvasId)).toBe(false);
    expectIndexSorted(canvasId);

    for (let i = 1; i <= 150; i++) {
      tick(10);
      expect(actions().redo(canvasId)).toBe(true);
      expect(content(canvasId), `after redoing to ${i}`).toEqual(states[i]);
    }
    expect(actions().redo(canvasId)).toBe(false);
    expectIndexSorted(canvasId);

    // And back half way again.
    for (let i = 149; i >= 75; i--) {
      tick(10);
      actions().undo(canvasId);
    }
    expect(content(canvasId)).toEqual(states[75]);
  });

  it('stamps undone and redone records later than anything before', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'a' });
    tick();
    actions().setNoteText(id, 'b');
    const edited = store().notes[id]!.updatedAt;
    tick();
    actions().undo(canvasId);
    expect(store().notes[id]!.updatedAt).toBeGreaterThan(edited);
    const undone = store().notes[id]!.updatedAt;
    // Even with the clock standing still, redo stamps later.
    actions().redo(canvasId);
    expect(store().notes[id]!.updatedAt).toBeGreaterThan(undone);
  });

  it('clears redo when a new action is taken', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'a' });
    actions().setNoteText(id, 'b');
    actions().undo(canvasId);
    expect(history(canvasId).redo).toHaveLength(1);
    actions().recolourNote(id, 'pink');
    expect(history(canvasId).redo).toHaveLength(0);
    expect(actions().redo(canvasId)).toBe(false);
    expect(store().notes[id]).toMatchObject({ text: 'a', colour: 'pink' });
  });

  it('keeps each canvas’s history apart', () => {
    const one = newCanvas('One');
    const two = newCanvas('Two');
    const a = actions().addNote(one, 'channels', { text: 'in one' });
    const b = actions().addNote(two, 'channels', { text: 'in two' });
    actions().undo(one);
    expect(store().notes[a]).toBeUndefined();
    expect(store().notes[b]).toBeDefined();
    expect(actions().undo(one)).toBe(false);
    expect(actions().undo(two)).toBe(true);
    expect(store().notes[b]).toBeUndefined();
  });

  it(`keeps the last ${HISTORY_LIMIT} steps and drops older ones`, () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'edit 0' });
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) actions().setNoteText(id, `edit ${i}`);
    expect(history(canvasId).undo).toHaveLength(HISTORY_LIMIT);
    while (actions().undo(canvasId));
    // The add and the first ten edits fell off the end.
    expect(store().notes[id]?.text).toBe('edit 10');
  });

  it('returns false for a canvas without history', () => {
    expect(actions().undo('canvas_none')).toBe(false);
    expect(actions().redo('canvas_none')).toBe(false);
  });
});

describe('applyRemote (last writer wins)', () => {
  function loaded() {
    const doc = loadDoc(makeDoc({ blocks: { channels: 3 } }));
    return { canvasId: doc.canvas.id, notes: doc.notes };
  }

  it('applies a newer note, re-indexing it when it moved', () => {
    const { canvasId, notes } = loaded();
    const [first] = notes;
    const newer = { ...first!, text: 'from the other tab', order: 'a9', updatedAt: T0 + 10 };
    actions().applyRemote({ notes: [newer] });
    expect(store().notes[first!.id]).toEqual(newer);
    expect(blockTexts(canvasId, 'channels')).toEqual([
      'channels 2',
      'channels 3',
      'from the other tab',
    ]);
  });

  it('ignores an older or equally old note', () => {
    const { notes } = loaded();
    const mine = notes[0]!;
    actions().applyRemote({ notes: [{ ...mine, text: 'stale', updatedAt: T0 - 1 }] });
    actions().applyRemote({ notes: [{ ...mine, text: 'same age', updatedAt: T0 }] });
    expect(store().notes[mine.id]).toBe(mine);
  });

  it('adds a note it did not have, indexed and counted', () => {
    const { canvasId } = loaded();
    const remote = makeNote({ canvasId, block: 'channels', order: 'Zz', text: 'remote' });
    actions().applyRemote({ notes: [remote] });
    expect(blockTexts(canvasId, 'channels')[0]).toBe('remote');
    expect(store().noteCounts[canvasId]).toBe(4);
  });

  it('respects a removal newer than (or as new as) our copy', () => {
    const { canvasId, notes } = loaded();
    actions().applyRemote({
      removedNotes: [
        { id: notes[0]!.id, deletedAt: T0 },
        { id: notes[1]!.id, deletedAt: T0 + 5 },
      ],
    });
    expect(store().notes[notes[0]!.id]).toBeUndefined();
    expect(store().notes[notes[1]!.id]).toBeUndefined();
    expect(blockTexts(canvasId, 'channels')).toEqual(['channels 3']);
    expect(store().noteCounts[canvasId]).toBe(1);
  });

  it('ignores a removal older than our latest edit', () => {
    const { notes } = loaded();
    const id = notes[0]!.id;
    tick();
    actions().setNoteText(id, 'edited after the other tab deleted it');
    actions().applyRemote({ removedNotes: [{ id, deletedAt: T0 + 500 }] });
    expect(store().notes[id]?.text).toBe('edited after the other tab deleted it');
  });

  it('applies a newer canvas and ignores an older one', () => {
    const { canvasId } = loaded();
    const mine = store().canvases[canvasId]!;
    actions().applyRemote({ canvases: [{ ...mine, name: 'old', updatedAt: T0 - 1 }] });
    expect(store().canvases[canvasId]).toBe(mine);
    actions().applyRemote({
      canvases: [{ ...mine, name: 'Renamed elsewhere', updatedAt: T0 + 1 }],
    });
    expect(store().canvases[canvasId]?.name).toBe('Renamed elsewhere');
  });

  it('adds a canvas it did not know', () => {
    const remote = makeCanvas({ name: 'From another tab' });
    actions().applyRemote({ canvases: [remote] });
    expect(store().canvases[remote.id]).toEqual(remote);
  });

  // Regression: a listed-but-unopened canvas has no notes in the store, so a remote edit of one of
  // its notes used to look like a new note and bump the count (the home page showed 6 notes for 5).
  it('does not count a remote edit of an existing note as a new note in an unopened canvas', () => {
    const doc = makeDoc({ blocks: { channels: 5 } });
    actions().hydrateCanvases([{ canvas: doc.canvas, lastEditedAt: T0, noteCount: 5 }]);
    actions().applyRemote({ notes: [{ ...doc.notes[0]!, text: 'edited', updatedAt: T0 + 1 }] });
    expect(store().noteCounts[doc.canvas.id]).toBe(5);
  });

  it('moves an unopened canvas’s last edit forward with a remote edit of one of its notes', () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    actions().hydrateCanvases([{ canvas: doc.canvas, lastEditedAt: T0, noteCount: 2 }]);
    actions().applyRemote({ notes: [{ ...doc.notes[1]!, text: 'edited', updatedAt: T0 + DAY }] });
    expect(store().lastEdited[doc.canvas.id]).toBe(T0 + DAY);
    expect(store().noteCounts[doc.canvas.id]).toBe(2);
  });

  it('never enters the undo history', () => {
    const { canvasId, notes } = loaded();
    actions().applyRemote({ notes: [{ ...notes[0]!, text: 'remote', updatedAt: T0 + 1 }] });
    expect(store().history[canvasId]).toBeUndefined();
    expect(actions().undo(canvasId)).toBe(false);
  });
});

describe('hydrateCanvasDoc', () => {
  it('loads notes and builds the block index in order, whatever order they come in', () => {
    const doc = makeDoc({ blocks: { channels: 4, 'cost-structure': 2 } });
    const shuffled = { ...doc, notes: [...doc.notes].reverse() };
    actions().hydrateCanvasDoc(shuffled);
    const canvasId = doc.canvas.id;
    expect(store().canvases[canvasId]).toEqual(doc.canvas);
    expect(blockTexts(canvasId, 'channels')).toEqual([
      'channels 1',
      'channels 2',
      'channels 3',
      'channels 4',
    ]);
    expect(blockTexts(canvasId, 'cost-structure')).toEqual([
      'cost-structure 1',
      'cost-structure 2',
    ]);
    expect(store().noteCounts[canvasId]).toBe(6);
    expectIndexSorted(canvasId);
  });

  it('breaks ties between equal order keys by id', () => {
    const canvas = makeCanvas();
    const notes = [
      makeNote({ id: 'note_b', canvasId: canvas.id, order: 'a0' }),
      makeNote({ id: 'note_a', canvasId: canvas.id, order: 'a0' }),
    ];
    actions().hydrateCanvasDoc({ canvas, notes });
    expect(blockIds(canvas.id, 'key-partners')).toEqual(['note_a', 'note_b']);
  });

  it('keeps records in the store that are newer than the loaded ones (a re-load)', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 2 } }));
    tick();
    actions().setNoteText(doc.notes[0]!.id, 'edited since the load');
    actions().renameCanvas(doc.canvas.id, 'Renamed since the load');
    const local = store().notes[doc.notes[0]!.id];

    actions().hydrateCanvasDoc(doc);

    expect(store().canvases[doc.canvas.id]?.name).toBe('Renamed since the load');
    expect(store().notes[doc.notes[0]!.id]).toBe(local);
    expect(blockTexts(doc.canvas.id, 'channels')).toEqual(['edited since the load', 'channels 2']);
    expect(store().noteCounts[doc.canvas.id]).toBe(2);
  });

  it('takes loaded records newer than the store’s', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 1 } }));
    const newer = { ...doc.notes[0]!, text: 'newer on disk', updatedAt: T0 + 5 };
    actions().hydrateCanvasDoc({
      canvas: { ...doc.canvas, name: 'Newer', updatedAt: T0 + 5 },
      notes: [newer],
    });
    expect(store().notes[newer.id]).toEqual(newer);
    expect(store().canvases[doc.canvas.id]?.name).toBe('Newer');
  });

  it('marks the canvas loaded even when it has no notes', () => {
    const doc = makeDoc();
    actions().hydrateCanvasDoc(doc);
    expect(store().blockIndex[doc.canvas.id]).toEqual({});
    expect(store().noteCounts[doc.canvas.id]).toBe(0);
  });

  it('does not enter the undo history or the change feed', () => {
    const listener = vi.fn();
    const off = onLocalChange(listener);
    const doc = loadDoc(makeDoc({ blocks: { channels: 1 } }));
    off();
    expect(listener).not.toHaveBeenCalled();
    expect(store().history[doc.canvas.id]).toBeUndefined();
  });
});

describe('hydrateCanvases', () => {
  it('adds summaries, keeping a newer canvas the store already has', () => {
    const mine = makeCanvas({ name: 'Mine, newer', updatedAt: T0 + 10 });
    actions().applyRemote({ canvases: [mine] });
    const other = makeCanvas({ name: 'Other' });
    actions().hydrateCanvases([
      { canvas: { ...mine, name: 'Stored, older', updatedAt: T0 }, lastEditedAt: T0, noteCount: 4 },
      { canvas: other, lastEditedAt: T0 + DAY, noteCount: 7 },
    ]);
    expect(store().canvases[mine.id]?.name).toBe('Mine, newer');
    expect(store().canvases[other.id]).toEqual(other);
    expect(store().noteCounts[other.id]).toBe(7);
    expect(store().lastEdited[other.id]).toBe(T0 + DAY);
  });

  it('does not overwrite the note count of a loaded canvas', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 2 } }));
    actions().hydrateCanvases([{ canvas: doc.canvas, lastEditedAt: T0, noteCount: 99 }]);
    expect(store().noteCounts[doc.canvas.id]).toBe(2);
  });
});

describe('the change feed', () => {
  function listen() {
    const changes: ChangeSet[] = [];
    const off = onLocalChange((cs) => changes.push(cs));
    return { changes, off };
  }

  it('emits every local action with its before and after', () => {
    const canvasId = newCanvas();
    const { changes, off } = listen();
    const id = actions().addNote(canvasId, 'channels', { text: 'a' });
    actions().setNoteText(id, 'b');
    actions().recolourNote(id, 'green');
    actions().deleteNote(id);
    actions().renameCanvas(canvasId, 'Renamed');
    off();

    expect(changes).toHaveLength(5);
    expect(changes[0]?.notes[id]).toMatchObject({ before: null, after: { text: 'a' } });
    expect(changes[1]?.notes[id]).toMatchObject({ before: { text: 'a' }, after: { text: 'b' } });
    expect(changes[2]?.notes[id]?.after?.colour).toBe('green');
    expect(changes[3]?.notes[id]).toMatchObject({ before: { colour: 'green' }, after: null });
    expect(changes[4]?.canvases[canvasId]?.after?.name).toBe('Renamed');
  });

  it('emits undo and redo, as they change records too', () => {
    const canvasId = newCanvas();
    const id = actions().addNote(canvasId, 'channels', { text: 'a' });
    const { changes, off } = listen();
    actions().undo(canvasId);
    actions().redo(canvasId);
    off();
    expect(changes).toHaveLength(2);
    expect(changes[0]?.notes[id]?.after).toBeNull();
    expect(changes[1]?.notes[id]?.after?.text).toBe('a');
  });

  it('emits canvas creation, trash and restore', () => {
    const { changes, off } = listen();
    const canvasId = newCanvas();
    actions().trashCanvas(canvasId);
    actions().restoreCanvas(canvasId);
    off();
    expect(changes.map((cs) => Object.keys(cs.canvases))).toEqual([
      [canvasId],
      [canvasId],
      [canvasId],
    ]);
  });

  it('does not emit remote changes', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 2 } }));
    const { changes, off } = listen();
    actions().applyRemote({
      canvases: [{ ...doc.canvas, name: 'Remote', updatedAt: T0 + 1 }],
      notes: [{ ...doc.notes[0]!, text: 'remote', updatedAt: T0 + 1 }],
      removedNotes: [{ id: doc.notes[1]!.id, deletedAt: T0 + 1 }],
    });
    off();
    expect(store().canvases[doc.canvas.id]?.name).toBe('Remote');
    expect(changes).toEqual([]);
  });

  it('does not emit actions that change nothing', () => {
    const canvasId = newCanvas('Same');
    const id = actions().addNote(canvasId, 'channels', { text: 'x', colour: 'blue' });
    const { changes, off } = listen();
    actions().setNoteText(id, 'x');
    actions().recolourNote(id, 'blue');
    actions().renameCanvas(canvasId, 'Same');
    actions().moveNote(id, 'channels', 0);
    off();
    expect(changes).toEqual([]);
  });

  it('stops emitting to a listener that unsubscribed', () => {
    const { changes, off } = listen();
    off();
    newCanvas();
    expect(changes).toEqual([]);
  });
});

describe('useCanvasList', () => {
  it('lists live canvases, most recently edited first, with their note counts', () => {
    const older = newCanvas('Older');
    tick();
    const newer = newCanvas('Newer');
    tick();
    actions().addNote(older, 'channels', { text: 'edited last' });
    const { result } = renderHook(() => useCanvasList());
    expect(result.current.map((c) => [c.canvas.id, c.noteCount])).toEqual([
      [older, 1],
      [newer, 0],
    ]);
    expect(result.current[0]?.lastEditedAt).toBe(T0 + 2000);
    expect(result.current[1]?.lastEditedAt).toBe(T0 + 1000);
  });
});

describe('makeBlockNotes (factory sanity)', () => {
  it('builds notes in ascending order', () => {
    const notes = makeBlockNotes('c', 'channels', 5);
    expect(sortByOrder(notes)).toEqual(notes);
  });
});

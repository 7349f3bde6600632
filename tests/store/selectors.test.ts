import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sameItems, useBlockNotes, useCanvasNotes, useStableList } from '../../src/store/selectors';
import { actions, loadDoc, makeDoc, store } from '../factories';

describe('sameItems', () => {
  it('is true for the same items in the same order, by identity', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([], [])).toBe(true);
    expect(sameItems([NaN], [NaN])).toBe(true);
  });

  it('is false for other lengths, another order or an equal copy', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(sameItems([a, b], [a])).toBe(false);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [{ id: 'a' }])).toBe(false);
  });
});

describe('useBlockNotes', () => {
  it('keeps its list while the block’s notes are the same, and renders only on a change to them', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 3, 'key-partners': 2 } }));
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useBlockNotes(doc.canvas.id, 'channels');
    });
    const first = result.current;
    expect(first.map((n) => n.text)).toEqual(['channels 1', 'channels 2', 'channels 3']);

    // A change elsewhere in the store: the same list, no render.
    const partner = store().blockIndex[doc.canvas.id]!['key-partners']![0]!;
    act(() => void actions().setNoteText(partner, 'Roasters'));
    expect(result.current).toBe(first);
    expect(renders).toBe(1);

    // A change to one of its notes: a new list, in which the other notes are the same objects.
    const second = first[1]!.id;
    act(() => void actions().setNoteText(second, 'Cafés'));
    expect(result.current).not.toBe(first);
    expect(result.current.map((n) => n.text)).toEqual(['channels 1', 'Cafés', 'channels 3']);
    expect(result.current[0]).toBe(first[0]);
    expect(renders).toBe(2);

    // A note moved out of the block: a shorter list.
    act(() => actions().moveNote(second, 'key-partners', 0));
    expect(result.current.map((n) => n.text)).toEqual(['channels 1', 'channels 3']);
  });
});

describe('useStableList', () => {
  it('returns the previous list for a fresh list of the same items', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 2 } }));
    const { result, rerender } = renderHook(() =>
      // A new array on every call, as a selector that maps ids to texts makes.
      useStableList((s) =>
        (s.blockIndex[doc.canvas.id]?.channels ?? []).map((id) => s.notes[id]!.text),
      ),
    );
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
    act(() => void actions().setNoteText(store().blockIndex[doc.canvas.id]!.channels![0]!, 'Web'));
    expect(result.current).toEqual(['Web', 'channels 2']);
  });
});

describe('useCanvasNotes', () => {
  // The store's record of notes is updated in place (a copy per keystroke cost time in proportion
  // to every note loaded); a reader of all of a canvas's notes follows its version instead.
  it('sees every change to the canvas’s notes, and only those', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 2, 'key-partners': 1 } }));
    const other = loadDoc(makeDoc({ blocks: { channels: 1 } }));
    const { result } = renderHook(() => useCanvasNotes(doc.canvas.id));
    const first = result.current;
    expect(first.map((n) => n.text).sort()).toEqual(['channels 1', 'channels 2', 'key-partners 1']);

    const [web] = store().blockIndex[doc.canvas.id]!.channels!;
    act(() => void actions().setNoteText(web!, 'Web shop'));
    expect(result.current).not.toBe(first);
    expect(result.current.map((n) => n.text)).toContain('Web shop');

    act(() => void actions().recolourNote(web!, 'pink'));
    expect(result.current.find((n) => n.id === web)?.colour).toBe('pink');

    act(() => void actions().deleteNote(web!));
    expect(result.current.map((n) => n.id)).not.toContain(web);

    // Undo brings the note back, as it was.
    act(() => void actions().undo(doc.canvas.id));
    expect(result.current.find((n) => n.id === web)?.colour).toBe('pink');

    // Notes of another canvas are not this canvas's.
    expect(result.current.every((n) => n.canvasId === doc.canvas.id)).toBe(true);
    expect(other.notes).toHaveLength(1);
  });

  it('moves the store’s notes version with every change to a note, and not otherwise', () => {
    const doc = loadDoc(makeDoc({ blocks: { channels: 1 } }));
    const id = doc.notes[0]!.id;
    const before = store().notesVersion;
    act(() => void actions().setNoteText(id, 'Partners'));
    expect(store().notesVersion).toBe(before + 1);
    act(() => actions().renameCanvas(doc.canvas.id, 'Renamed'));
    expect(store().notesVersion).toBe(before + 1);
    // The note object read before the change is left as it was: notes are replaced, not edited.
    const read = store().notes[id]!;
    act(() => void actions().setNoteText(id, 'Roasters'));
    expect(read.text).toBe('Partners');
    expect(store().notes[id]!.text).toBe('Roasters');
  });
});

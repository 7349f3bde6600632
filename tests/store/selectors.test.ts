import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sameItems, useBlockNotes, useStableList } from '../../src/store/selectors';
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

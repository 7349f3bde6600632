// Which notes are armed (tools shown, registered for dragging) is decided by the block's list from
// pointer and focus events on the list: the note under the pointer, the note with focus in it.
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BlockPanel } from '../../../src/features/canvas/BlockPanel';
import { useArmedNotes } from '../../../src/features/canvas/drag-registry';
import { actions, loadDoc, makeDoc } from '../../factories';

function setup(count = 3) {
  const doc = loadDoc(makeDoc({ blocks: { channels: count } }));
  actions().setStorage({ phase: 'ready' });
  render(<BlockPanel canvasId={doc.canvas.id} block="channels" />);
  const list = screen.getByRole('list', { name: 'Channels notes' });
  const notes = within(list).getAllByRole('listitem');
  return { doc, list, notes };
}

/** The notes that show their tools (a Delete button appears only on an armed note). */
const withTools = (notes: HTMLElement[]) =>
  notes
    .filter((n) => within(n).queryByRole('button', { name: 'Delete note' }))
    .map((n) => n.dataset.noteId);

const armedIds = () => Object.keys(useArmedNotes.getState().armed).sort();

afterEach(() => {
  useArmedNotes.setState({ armed: {} });
});

describe('arming the notes of a block', () => {
  it('arms nothing until a pointer or focus comes', () => {
    const { notes } = setup();
    expect(withTools(notes)).toEqual([]);
    expect(armedIds()).toEqual([]);
  });

  it('arms the note under the pointer, follows it to the next note and lets go when it leaves the list', () => {
    const { list, notes } = setup();
    const [a, b] = notes.map((n) => n.dataset.noteId!);
    // Over the text of the first note (a child of the note: the note is found from it).
    fireEvent.pointerOver(within(notes[0]!).getByRole('button', { name: /channels/ }));
    expect(withTools(notes)).toEqual([a]);
    expect(armedIds()).toEqual([a]);

    fireEvent.pointerOver(notes[1]!);
    expect(withTools(notes)).toEqual([b]);
    expect(armedIds()).toEqual([b]);

    // Over the gap between notes: no note is under the pointer.
    fireEvent.pointerOver(list);
    expect(withTools(notes)).toEqual([]);

    fireEvent.pointerOver(notes[1]!);
    fireEvent.pointerLeave(list);
    expect(withTools(notes)).toEqual([]);
    expect(armedIds()).toEqual([]);
  });

  it('arms a note on pointerdown at once, so that a drag can start on the same press', () => {
    const { notes } = setup();
    const c = notes[2]!.dataset.noteId!;
    fireEvent.pointerDown(within(notes[2]!).getByRole('button', { name: /channels/ }));
    // No re-render was awaited: the note registered synchronously, inside the event.
    expect(armedIds()).toEqual([c]);
  });

  it('keeps the focused note armed while the pointer goes elsewhere, and moves with focus', () => {
    const { list, notes } = setup();
    const [a, b, c] = notes.map((n) => n.dataset.noteId!);
    const bodies = notes.map((n) => within(n).getByRole('button', { name: /channels/ }));
    act(() => bodies[0]!.focus());
    expect(withTools(notes)).toEqual([a]);

    // Pointer over another note: both are armed.
    fireEvent.pointerOver(notes[2]!);
    expect(withTools(notes)).toEqual([a, c]);
    fireEvent.pointerLeave(list);
    expect(withTools(notes)).toEqual([a]);

    // Focus into the note's own tools keeps it armed.
    act(() => within(notes[0]!).getByRole('button', { name: 'Delete note' }).focus());
    expect(withTools(notes)).toEqual([a]);

    // Focus to the next note moves the arming.
    act(() => bodies[1]!.focus());
    expect(withTools(notes)).toEqual([b]);

    // Focus out of the list: nothing stays armed.
    act(() => bodies[1]!.blur());
    expect(withTools(notes)).toEqual([]);
    expect(armedIds()).toEqual([]);
  });

  it('lets go of a note that leaves the list, so that undo does not bring it back armed', () => {
    const { doc, list } = setup(1);
    const noteId = doc.notes[0]!.id;
    const current = () => within(list).queryAllByRole('listitem');

    // Focus in it, then deleted: no blur reaches the list when a node is removed.
    act(() =>
      within(current()[0]!)
        .getByRole('button', { name: /channels/ })
        .focus(),
    );
    expect(withTools(current())).toEqual([noteId]);
    act(() => void actions().deleteNote(noteId));
    expect(current()).toHaveLength(0);
    act(() => actions().undo(doc.canvas.id));
    expect(current().map((n) => n.dataset.noteId)).toEqual([noteId]);
    expect(withTools(current())).toEqual([]);
    expect(armedIds()).toEqual([]);

    // Under the pointer, then deleted: no pointerout either.
    fireEvent.pointerOver(current()[0]!);
    expect(withTools(current())).toEqual([noteId]);
    act(() => void actions().deleteNote(noteId));
    act(() => actions().undo(doc.canvas.id));
    expect(withTools(current())).toEqual([]);
    expect(armedIds()).toEqual([]);
  });
});

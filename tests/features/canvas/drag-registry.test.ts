import { describe, expect, it } from 'vitest';
import { armNote, useArmedNotes, type ArmedNote } from '../../../src/features/canvas/drag-registry';

function entry(noteId: string, disabled = false): ArmedNote {
  return {
    canvasId: 'canvas_1',
    noteId,
    block: 'channels',
    disabled,
    slotRef: { current: null },
    bodyRef: { current: null },
    onBind: () => {},
  };
}

describe('armed notes', () => {
  it('holds a note from arming until disarming', () => {
    const disarm = armNote(entry('note_a'));
    expect(Object.keys(useArmedNotes.getState().armed)).toEqual(['note_a']);
    disarm();
    expect(useArmedNotes.getState().armed).toEqual({});
  });

  it('lets a newer arming of the same note win over an older one’s disarming', () => {
    // A note re-armed (editing started, say) or moved to another block arms again before the
    // old arming is cleaned up: the old cleanup must not disarm the new one.
    const older = entry('note_b');
    const newer = entry('note_b', true);
    const disarmOlder = armNote(older);
    const disarmNewer = armNote(newer);
    disarmOlder();
    expect(useArmedNotes.getState().armed.note_b).toBe(newer);
    disarmNewer();
    expect(useArmedNotes.getState().armed).toEqual({});
  });

  it('keeps other notes armed', () => {
    const disarmA = armNote(entry('note_c'));
    const disarmB = armNote(entry('note_d'));
    disarmA();
    expect(Object.keys(useArmedNotes.getState().armed)).toEqual(['note_d']);
    disarmB();
  });
});

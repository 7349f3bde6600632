import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { UnreadableNotesNotice } from '../../../src/features/transfer/UnreadableNotesNotice';
import { resetStore, useNinefold } from '../../../src/store/index';

const notice = () => screen.queryByRole('status', { name: 'Notes that could not be read' });
const unreadable = (count: number) =>
  act(() => useNinefold.getState().actions.setUnreadableNotes('canvas_1', count));

describe('UnreadableNotesNotice', () => {
  afterEach(resetStore);

  it('shows nothing while every note could be read', () => {
    render(<UnreadableNotesNotice canvasId="canvas_1" />);
    expect(notice()).toBeNull();
    unreadable(2);
    act(() => useNinefold.getState().actions.setUnreadableNotes('canvas_2', 0));
    expect(notice()).not.toBeNull();
  });

  it('counts the notes of its own canvas, in words that fit the count', () => {
    render(<UnreadableNotesNotice canvasId="canvas_1" />);
    unreadable(1);
    expect(notice()?.textContent).toContain(
      '1 note on this canvas could not be read, so it is not shown. It is still stored',
    );
    expect(screen.getByRole('button', { name: 'Save a copy of it' })).toBeTruthy();
    unreadable(1200);
    expect(notice()?.textContent).toContain(
      '1,200 notes on this canvas could not be read, so they are not shown. They are still stored',
    );
    expect(screen.getByRole('button', { name: 'Save a copy of them' })).toBeTruthy();
  });

  it('goes when dismissed, and comes back when a later read counts differently', () => {
    render(<UnreadableNotesNotice canvasId="canvas_1" />);
    unreadable(2);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice()).toBeNull();
    unreadable(2);
    expect(notice()).toBeNull();
    unreadable(3);
    expect(notice()).not.toBeNull();
  });
});

// The backup reminder's words: a canvas never backed up is not said to have a "last backup".
import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupReminder, markExported } from '../../../src/features/transfer/BackupReminder';
import { resetStore, useNinefold } from '../../../src/store/index';
import { DAY, makeCanvas } from '../../factories';

const reminder = () => screen.queryByRole('status');

function canvasMadeDaysAgo(days: number) {
  const made = Date.now() - days * DAY;
  const canvas = makeCanvas({
    id: 'canvas_1',
    name: 'Plan',
    createdAt: made,
    updatedAt: Date.now(),
  });
  act(() =>
    useNinefold
      .getState()
      .actions.hydrateCanvases([{ canvas, lastEditedAt: Date.now(), noteCount: 1 }]),
  );
}

describe('BackupReminder', () => {
  afterEach(() => {
    resetStore();
    localStorage.clear();
  });

  // Found by an exploratory run: "it has changed since its last backup 9 days ago", of a canvas
  // never backed up.
  it('says a canvas made more than a week ago has never been backed up', () => {
    canvasMadeDaysAgo(9);
    render(<BackupReminder canvasId="canvas_1" />);
    expect(reminder()?.textContent).toContain(
      'Back up “Plan”: it has never been backed up since it was made 9 days ago, and this browser is its only copy.',
    );
  });

  it('counts from the last backup when there is one', () => {
    canvasMadeDaysAgo(30);
    markExported('canvas_1', Date.now() - 8 * DAY);
    render(<BackupReminder canvasId="canvas_1" />);
    expect(reminder()?.textContent).toContain('it has changed since its last backup 8 days ago');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { BLOCK_IDS } from '../../../src/domain/blocks';
import { DragTracker, type DragItems } from '../../../src/features/canvas/drag';

function board(): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = `
    <section data-block="channels"><div data-note-id="a"></div><div data-note-id="b"></div></section>
    <section data-block="revenue-streams"><div data-note-id="c"></div></section>`;
  const place = (selector: string, top: number) =>
    vi
      .spyOn(root.querySelector<HTMLElement>(selector)!, 'getBoundingClientRect')
      .mockImplementation(() => new DOMRect(10, top - window.scrollY, 100, 50));
  place('[data-block="channels"]', 0);
  place('[data-note-id="a"]', 10);
  place('[data-note-id="b"]', 70);
  place('[data-block="revenue-streams"]', 500);
  place('[data-note-id="c"]', 510);
  document.body.append(root);
  return root;
}

const items = (): DragItems => {
  const all = Object.fromEntries(BLOCK_IDS.map((b) => [b, [] as string[]])) as DragItems;
  all.channels = ['a', 'b'];
  all['revenue-streams'] = ['c'];
  return all;
};

describe('DragTracker', () => {
  afterEach(() => {
    document.body.replaceChildren();
    window.scrollY = 0;
  });

  it('measures a block of notes only when the drag first needs it', () => {
    const root = board();
    const tracker = new DragTracker();
    tracker.start(items(), 'a', root);
    const c = root.querySelector<HTMLElement>('[data-note-id="c"]')!;
    expect(c.getBoundingClientRect).not.toHaveBeenCalled();
    expect(tracker.rectOf('b')?.top).toBe(70);
    expect(c.getBoundingClientRect).not.toHaveBeenCalled();
    expect(tracker.rectOf('c')?.top).toBe(510);
    expect(tracker.rectOf('c')?.top).toBe(510);
    expect(c.getBoundingClientRect).toHaveBeenCalledTimes(1);
    expect(tracker.blockRectOf('revenue-streams')?.top).toBe(500);
  });

  it('gives every place in viewport coordinates, however far the page scrolled meanwhile', () => {
    const root = board();
    const tracker = new DragTracker();
    tracker.start(items(), 'a', root);
    expect(tracker.rectOf('a')?.top).toBe(10); // measured before the scroll
    window.scrollY = 200;
    expect(tracker.rectOf('a')?.top).toBe(-190);
    expect(tracker.rectOf('c')?.top).toBe(310); // measured after it
    expect(tracker.blockRectOf('channels')?.top).toBe(-200);
  });
});

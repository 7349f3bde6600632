import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WORKSHOP_CHANNEL } from '../../../src/features/workshop/workshop-channel';
import { useWorkshop } from '../../../src/features/workshop/workshop-store';
import { WorkshopLink } from '../../../src/features/workshop/WorkshopTools';

/** What the workshop channel carries, as another window would hear it. */
function listen() {
  const heard: { type: string }[] = [];
  const channel = new BroadcastChannel(WORKSHOP_CHANNEL);
  channel.onmessage = (event: MessageEvent<{ type: string }>) => heard.push(event.data);
  return { heard, close: () => channel.close() };
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('WorkshopLink', () => {
  beforeEach(() => useWorkshop.setState({ canvasId: null, step: 0, lens: null, timer: null }));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('sends the workshop state from a window that edits', async () => {
    window.history.replaceState(null, '', '/canvas/c1/present');
    const other = listen();
    const view = render(<WorkshopLink />);
    act(() => useWorkshop.getState().setStep('c1', 2));
    await settle();
    expect(other.heard).toContainEqual(expect.objectContaining({ type: 'state', step: 2 }));
    view.unmount();
    other.close();
  });

  it('sends nothing from an audience window, which only follows', async () => {
    window.history.replaceState(null, '', '/canvas/c1/audience');
    const other = listen();
    const view = render(<WorkshopLink />);
    // What following the facilitator does to this window's state: no echo goes back out.
    act(() => useWorkshop.getState().follow({ canvasId: 'c1', step: 3, lens: null, timer: null }));
    await settle();
    expect(other.heard).toEqual([]);
    view.unmount();
    other.close();
  });
});

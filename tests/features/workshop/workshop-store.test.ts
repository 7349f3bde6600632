import { beforeEach, describe, expect, it } from 'vitest';
import {
  timeLeft,
  useWorkshop,
  WORKSHOP_ORDER,
} from '../../../src/features/workshop/workshop-store';

const T = 1_000_000;
const workshop = () => useWorkshop.getState();

beforeEach(() => {
  useWorkshop.setState({ canvasId: null, step: 0, lens: null, timer: null });
});

describe('workshop state', () => {
  it('steps within the canvas: the whole canvas, then the nine blocks', () => {
    workshop().setStep('c1', -3);
    expect(workshop().step).toBe(0);
    workshop().setStep('c1', 99);
    expect(workshop().step).toBe(WORKSHOP_ORDER.length);
    expect(WORKSHOP_ORDER[0]).toBe('customer-segments');
    expect(WORKSHOP_ORDER.at(-1)).toBe('cost-structure');
  });

  it('a lens belongs to its canvas: another canvas starts without one, at the start', () => {
    workshop().setLens('c1', 'seg');
    workshop().setStep('c1', 3);
    expect(workshop()).toMatchObject({ canvasId: 'c1', step: 3, lens: 'seg' });
    workshop().setStep('c2', 1);
    expect(workshop()).toMatchObject({ canvasId: 'c2', step: 1, lens: null });
  });

  it('the timer counts down while running and holds while paused', () => {
    workshop().setTimer(3);
    expect(timeLeft(workshop().timer!, T)).toBe(180_000);
    workshop().startTimer(T);
    expect(timeLeft(workshop().timer!, T + 10_000)).toBe(170_000);
    workshop().pauseTimer(T + 10_000);
    expect(timeLeft(workshop().timer!, T + 60_000)).toBe(170_000);
    workshop().startTimer(T + 60_000);
    expect(timeLeft(workshop().timer!, T + 70_000)).toBe(160_000);
    expect(timeLeft(workshop().timer!, T + 10_000_000)).toBe(0);
  });

  it('keeps the sound choice when the timer is set again, and clears', () => {
    workshop().setTimer(5);
    workshop().setTimerSound(true);
    workshop().setTimer(10);
    expect(workshop().timer).toMatchObject({ durationMs: 600_000, sound: true, endsAt: null });
    workshop().clearTimer();
    expect(workshop().timer).toBeNull();
  });
});

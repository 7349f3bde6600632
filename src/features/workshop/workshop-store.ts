// Workshop mode's state in the facilitator's window: the step (0 is the whole canvas, then one
// block at a time in the order a workshop fills them) and the segment lens. Audience windows
// receive it over the workshop channel.
import { create } from 'zustand';
import type { BlockId } from '../../domain/blocks';

/** The order a workshop fills the canvas in: customers first, costs last. */
export const WORKSHOP_ORDER: readonly BlockId[] = [
  'customer-segments',
  'value-propositions',
  'channels',
  'customer-relationships',
  'revenue-streams',
  'key-resources',
  'key-activities',
  'key-partners',
  'cost-structure',
];

/** A countdown: running while `endsAt` is set; paused (or not started) otherwise. */
export interface TimerState {
  durationMs: number;
  /** When it reaches zero (epoch ms) while running; null while paused or not started. */
  endsAt: number | null;
  /** What is left while paused. */
  remainingMs: number;
  /** A soft tone at the end; off unless turned on. */
  sound: boolean;
}

export interface WorkshopState {
  canvasId: string | null;
  step: number;
  lens: string | null;
  timer: TimerState | null;
}

interface WorkshopStore extends WorkshopState {
  /** In the facilitator's window: the canvas an open audience window shows, if any. */
  audience: string | null;
  setAudience: (canvasId: string | null) => void;
  setStep: (canvasId: string, step: number) => void;
  setLens: (canvasId: string, lens: string | null) => void;
  /** Sets (or resets) the countdown to `minutes`, paused. */
  setTimer: (minutes: number) => void;
  startTimer: (now: number) => void;
  pauseTimer: (now: number) => void;
  clearTimer: () => void;
  setTimerSound: (on: boolean) => void;
  /** What another window says (an audience window following the facilitator). */
  follow: (state: WorkshopState) => void;
}

const clampStep = (step: number) => Math.max(0, Math.min(WORKSHOP_ORDER.length, step));

/** Milliseconds left on a timer at `now`. */
export function timeLeft(timer: TimerState, now: number): number {
  return Math.max(0, timer.endsAt === null ? timer.remainingMs : timer.endsAt - now);
}

export const TIMER_PRESETS = [3, 5, 10] as const;

export const useWorkshop = create<WorkshopStore>()((set) => ({
  canvasId: null,
  step: 0,
  lens: null,
  timer: null,
  audience: null,
  setAudience: (audience) => set({ audience }),
  setTimer: (minutes) =>
    set((s) => ({
      timer: {
        durationMs: minutes * 60_000,
        endsAt: null,
        remainingMs: minutes * 60_000,
        sound: s.timer?.sound ?? false,
      },
    })),
  startTimer: (now) =>
    set((s) => {
      if (!s.timer || s.timer.endsAt !== null) return {};
      const left = s.timer.remainingMs > 0 ? s.timer.remainingMs : s.timer.durationMs;
      return { timer: { ...s.timer, endsAt: now + left } };
    }),
  pauseTimer: (now) =>
    set((s) =>
      s.timer && s.timer.endsAt !== null
        ? { timer: { ...s.timer, endsAt: null, remainingMs: timeLeft(s.timer, now) } }
        : {},
    ),
  clearTimer: () => set({ timer: null }),
  setTimerSound: (on) => set((s) => (s.timer ? { timer: { ...s.timer, sound: on } } : {})),
  setStep: (canvasId, step) =>
    set((s) => ({
      canvasId,
      step: clampStep(step),
      lens: s.canvasId === canvasId ? s.lens : null,
    })),
  setLens: (canvasId, lens) =>
    set((s) => ({ canvasId, lens, step: s.canvasId === canvasId ? s.step : 0 })),
  follow: (state) => set({ ...state, step: clampStep(state.step) }),
}));

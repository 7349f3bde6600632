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

export interface WorkshopState {
  canvasId: string | null;
  step: number;
  lens: string | null;
}

interface WorkshopStore extends WorkshopState {
  setStep: (canvasId: string, step: number) => void;
  setLens: (canvasId: string, lens: string | null) => void;
  /** What another window says (an audience window following the facilitator). */
  follow: (state: WorkshopState) => void;
}

const clampStep = (step: number) => Math.max(0, Math.min(WORKSHOP_ORDER.length, step));

export const useWorkshop = create<WorkshopStore>()((set) => ({
  canvasId: null,
  step: 0,
  lens: null,
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

// The segment lens: one segment chosen, every note not linked to it dimmed, so a facilitator can
// walk that segment's story through the canvas. View state only (not saved, not undoable); shared
// by the canvas (which dims, in CSS) and the segment workspace (which chooses).
import { create } from 'zustand';

interface LensState {
  canvasId: string | null;
  segmentId: string | null;
  setLens: (canvasId: string, segmentId: string | null) => void;
  clearLens: () => void;
}

export const useLensStore = create<LensState>()((set) => ({
  canvasId: null,
  segmentId: null,
  setLens: (canvasId, segmentId) => set({ canvasId, segmentId }),
  clearLens: () => set({ canvasId: null, segmentId: null }),
}));

/** The segment the lens shows on this canvas, or null when it shows all. */
export function useLens(canvasId: string): string | null {
  return useLensStore((s) => (s.canvasId === canvasId ? s.segmentId : null));
}

// Canvas screen state that is not canvas data: which note is being edited, which guidance is open.
import { create } from 'zustand';
import type { BlockId } from '../../domain/blocks';
import { newId } from '../../domain/ids';

interface Editing {
  noteId: string;
  /** One typing session: all of its keystrokes form a single undo step. */
  sessionKey: string;
}

interface CanvasUiState {
  editing: Editing | null;
  showAllGuidance: boolean;
  guidance: Partial<Record<BlockId, boolean>>;
  startEditing: (noteId: string, sessionKey?: string) => void;
  stopEditing: () => void;
  toggleAllGuidance: () => void;
  toggleGuidance: (block: BlockId) => void;
}

export const useCanvasUi = create<CanvasUiState>()((set) => ({
  editing: null,
  showAllGuidance: false,
  guidance: {},
  startEditing: (noteId, sessionKey = newId('edit')) => set({ editing: { noteId, sessionKey } }),
  stopEditing: () => set({ editing: null }),
  toggleAllGuidance: () => set((s) => ({ showAllGuidance: !s.showAllGuidance, guidance: {} })),
  toggleGuidance: (block) =>
    set((s) => ({
      guidance: { ...s.guidance, [block]: !(s.guidance[block] ?? s.showAllGuidance) },
    })),
}));

export const useGuidanceOpen = (block: BlockId) =>
  useCanvasUi((s) => s.guidance[block] ?? s.showAllGuidance);

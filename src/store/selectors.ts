// Narrow selectors: each component subscribes to the smallest slice it shows.
import { useMemo } from 'react';
import type { BlockId } from '../domain/blocks';
import type { Canvas } from '../domain/canvas.schema';
import { useNinefold, type Actions } from './index';

// Shared empty list so that an empty block's selector result stays referentially stable.
const NO_IDS: string[] = [];

export const useActions = (): Actions => useNinefold((s) => s.actions);
export const useStorage = () => useNinefold((s) => s.storage);
export const useCanvas = (canvasId: string) => useNinefold((s) => s.canvases[canvasId]);
export const useNote = (noteId: string) => useNinefold((s) => s.notes[noteId]);
export const useBlockNoteIds = (canvasId: string, block: BlockId): string[] =>
  useNinefold((s) => s.blockIndex[canvasId]?.[block] ?? NO_IDS);
export const useCanUndo = (canvasId: string) =>
  useNinefold((s) => (s.history[canvasId]?.undo.length ?? 0) > 0);
export const useCanRedo = (canvasId: string) =>
  useNinefold((s) => (s.history[canvasId]?.redo.length ?? 0) > 0);

export interface CanvasListItem {
  canvas: Canvas;
  lastEditedAt: number;
  noteCount: number;
}

/** Live (not deleted) canvases, most recently edited first. */
export function useCanvasList(): CanvasListItem[] {
  const canvases = useNinefold((s) => s.canvases);
  const lastEdited = useNinefold((s) => s.lastEdited);
  const noteCounts = useNinefold((s) => s.noteCounts);
  return useMemo(
    () =>
      Object.values(canvases)
        .filter((c) => c.trashedAt === null)
        .map((canvas) => ({
          canvas,
          lastEditedAt: Math.max(canvas.updatedAt, lastEdited[canvas.id] ?? 0),
          noteCount: noteCounts[canvas.id] ?? 0,
        }))
        .sort(
          (a, b) => b.lastEditedAt - a.lastEditedAt || a.canvas.name.localeCompare(b.canvas.name),
        ),
    [canvases, lastEdited, noteCounts],
  );
}

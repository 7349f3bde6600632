// Narrow selectors: each component subscribes to the smallest slice it shows.
import { useMemo, useRef } from 'react';
import type { BlockId } from '../domain/blocks';
import type { Canvas, Note } from '../domain/canvas.schema';
import { useNinefold, type Actions, type NinefoldState } from './index';

/** Whether two lists hold the same items, in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * A list from the store that keeps its identity while its items are the same, so that its
 * component re-renders only when one of them changes. (zustand's useShallow does the same for any
 * value, but compares two lists by building a Map of each: for every block of a canvas, on every
 * change to the store, every keystroke included.)
 */
export function useStableList<T>(selector: (state: NinefoldState) => T[]): T[] {
  const last = useRef<T[] | null>(null);
  return useNinefold((state) => {
    const next = selector(state);
    if (last.current !== null && sameItems(last.current, next)) return last.current;
    last.current = next;
    return next;
  });
}

// Shared empty list so that an empty block's selector result stays referentially stable.
const NO_IDS: string[] = [];

export const useActions = (): Actions => useNinefold((s) => s.actions);
export const useStorage = () => useNinefold((s) => s.storage);
export const useCanvas = (canvasId: string) => useNinefold((s) => s.canvases[canvasId]);
export const useNote = (noteId: string) => useNinefold((s) => s.notes[noteId]);
export const useBlockNoteIds = (canvasId: string, block: BlockId): string[] =>
  useNinefold((s) => s.blockIndex[canvasId]?.[block] ?? NO_IDS);
const NO_NOTES: Note[] = [];

/**
 * A block's notes, in order: one subscription per block, not one per note (a thousand-note
 * canvas mounted a thousand subscriptions). The list keeps its identity until one of its notes
 * changes, and each note keeps its own, so a memoised card re-renders only when its note does.
 */
export const useBlockNotes = (canvasId: string, block: BlockId): Note[] =>
  useStableList((s) => {
    const ids = s.blockIndex[canvasId]?.[block];
    if (!ids || ids.length === 0) return NO_NOTES;
    const out: Note[] = [];
    for (const id of ids) {
      const note = s.notes[id];
      if (note) out.push(note);
    }
    return out;
  });
export const useCanUndo = (canvasId: string) =>
  useNinefold((s) => (s.history[canvasId]?.undo.length ?? 0) > 0);
export const useCanRedo = (canvasId: string) =>
  useNinefold((s) => (s.history[canvasId]?.redo.length ?? 0) > 0);

export interface CanvasListItem {
  canvas: Canvas;
  lastEditedAt: number;
  noteCount: number;
}

function useCanvasItems(trashed: boolean): CanvasListItem[] {
  const canvases = useNinefold((s) => s.canvases);
  const lastEdited = useNinefold((s) => s.lastEdited);
  const noteCounts = useNinefold((s) => s.noteCounts);
  return useMemo(
    () =>
      Object.values(canvases)
        .filter((c) => (c.trashedAt !== null) === trashed)
        .map((canvas) => ({
          canvas,
          lastEditedAt: Math.max(canvas.updatedAt, lastEdited[canvas.id] ?? 0),
          noteCount: noteCounts[canvas.id] ?? 0,
        }))
        .sort(
          (a, b) =>
            (b.canvas.trashedAt ?? 0) - (a.canvas.trashedAt ?? 0) ||
            b.lastEditedAt - a.lastEditedAt ||
            a.canvas.name.localeCompare(b.canvas.name),
        ),
    [canvases, lastEdited, noteCounts, trashed],
  );
}

/** Live (not deleted) canvases, most recently edited first. */
export const useCanvasList = (): CanvasListItem[] => useCanvasItems(false);

/** Deleted canvases not purged yet, the latest deleted first. */
export const useTrashedCanvases = (): CanvasListItem[] => useCanvasItems(true);

// ---------- segments ----------

/** The canvas's segments (its Customer Segments notes), in order. */
export const useSegmentIds = (canvasId: string): string[] =>
  useBlockNoteIds(canvasId, 'customer-segments');

/** A segment's colour, or null when `segmentId` is not (or no longer) a segment. */
export const useSegmentColour = (segmentId: string) =>
  useNinefold((s) => {
    const note = s.notes[segmentId];
    return note?.block === 'customer-segments' ? (note.segment?.colour ?? 'teal') : null;
  });

/** Every note of a canvas, for views that read across blocks (health, coverage, ranking). */
export function useCanvasNotes(canvasId: string): Note[] {
  // The notes record is updated in place (see RecordsState): its version says when it changed.
  const version = useNinefold((s) => s.notesVersion);
  const index = useNinefold((s) => s.blockIndex[canvasId]);
  return useMemo(() => {
    const { notes } = useNinefold.getState();
    const out: Note[] = [];
    for (const ids of Object.values(index ?? {})) for (const id of ids) out.push(notes[id]!);
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `version` stands for the notes
  }, [version, index]);
}

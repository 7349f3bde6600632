// Undo history per canvas: entries are change sets; consecutive entries with one coalesce key merge.
import { isNoOp, mergeChangeSets, type ChangeSet } from '../domain/changes';

export const HISTORY_LIMIT = 500;

export interface HistoryEntry {
  label: string;
  changes: ChangeSet;
  /** Entries with the same key (one typing session, say) form a single undo step. */
  coalesceKey: string | null;
}

export interface CanvasHistory {
  undo: HistoryEntry[];
  redo: HistoryEntry[];
}

export const EMPTY_HISTORY: CanvasHistory = { undo: [], redo: [] };

export function pushHistory(history: CanvasHistory, entry: HistoryEntry): CanvasHistory {
  const top = history.undo[history.undo.length - 1];
  if (top && entry.coalesceKey !== null && top.coalesceKey === entry.coalesceKey) {
    const merged = mergeChangeSets(top.changes, entry.changes);
    const rest = history.undo.slice(0, -1);
    return {
      undo: isNoOp(merged) ? rest : [...rest, { ...top, changes: merged }],
      redo: [],
    };
  }
  if (isNoOp(entry.changes)) return history;
  const undo = [...history.undo, entry];
  return { undo: undo.length > HISTORY_LIMIT ? undo.slice(-HISTORY_LIMIT) : undo, redo: [] };
}

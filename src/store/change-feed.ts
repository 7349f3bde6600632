// Local changes, as the store commits them, for whoever must persist or mirror them (autosave).
import type { ChangeSet } from '../domain/changes';

type ChangeListener = (changes: ChangeSet) => void;

const listeners = new Set<ChangeListener>();

export function onLocalChange(listener: ChangeListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function emitLocalChange(changes: ChangeSet): void {
  for (const listener of listeners) listener(changes);
}

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

const remoteListeners = new Set<ChangeListener>();

/** Changes that came from elsewhere (another tab), as the store applies them. */
export function onRemoteChange(listener: ChangeListener): () => void {
  remoteListeners.add(listener);
  return () => remoteListeners.delete(listener);
}

export function emitRemoteChange(changes: ChangeSet): void {
  for (const listener of remoteListeners) listener(changes);
}

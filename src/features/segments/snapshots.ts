// Taking a snapshot of a canvas as it is this moment (by hand, or before a merge, split or review).
import { newId } from '../../domain/ids';
import type { Snapshot, SnapshotReason } from '../../domain/snapshot';
import { readCanvasDoc, saveSnapshot } from '../../persistence/session';

/**
 * Captures the canvas now (synchronously, when it is loaded: call this just before the change it
 * records) and stores the snapshot. Resolves to it, or null when it could not be taken.
 */
export async function takeSnapshot(
  canvasId: string,
  reason: SnapshotReason,
  name: string,
): Promise<Snapshot | null> {
  const doc = await readCanvasDoc(canvasId);
  if (!doc) return null;
  const snapshot: Snapshot = {
    id: newId('snapshot'),
    canvasId,
    name: name.slice(0, 120),
    reason,
    createdAt: Date.now(),
    doc: structuredClone(doc),
  };
  try {
    await saveSnapshot(snapshot);
    return snapshot;
  } catch {
    return null;
  }
}

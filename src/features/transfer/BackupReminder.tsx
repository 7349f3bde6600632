// The backup reminder: this browser is the only copy (and some browsers clear data a site has not
// used for a while). After a week of edits without an export, the canvas offers a one-click
// backup.
import { useSyncExternalStore } from 'react';
import { readPreference, writePreference } from '../../persistence/preferences';
import { useNinefold } from '../../store/index';
import { useCanvas } from '../../store/selectors';
import { focusPage } from '../../ui/focus';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const now = () => Date.now();

export const exportedKey = (canvasId: string) => `exported:${canvasId}`;
const snoozedKey = (canvasId: string) => `backup-snoozed:${canvasId}`;

// The reminder re-reads its preferences when they change, not on every edit.
const changed = new Set<() => void>();
let version = 0;
const subscribe = (listener: () => void) => {
  changed.add(listener);
  return () => changed.delete(listener);
};
function preferencesChanged() {
  version++;
  for (const listener of changed) listener();
}

/** Remembers that a canvas was just exported (the reminder counts from here). */
export function markExported(canvasId: string, at: number): void {
  writePreference(exportedKey(canvasId), String(at));
  preferencesChanged();
}

/** When the canvas was last backed up, or null if never (the reminder counts from its creation). */
function lastBackup(canvasId: string): number | null {
  const exported = Number(readPreference(exportedKey(canvasId)));
  return Number.isFinite(exported) && exported > 0 ? exported : null;
}

export function BackupReminder({ canvasId }: { canvasId: string }) {
  const canvas = useCanvas(canvasId);
  useSyncExternalStore(subscribe, () => version);
  const backedUp = lastBackup(canvasId);
  const from = backedUp ?? canvas?.createdAt ?? 0;
  // A yes or no, so that typing does not re-render the reminder at every key.
  const editedSince = useNinefold(
    (s) => Math.max(s.canvases[canvasId]?.updatedAt ?? 0, s.lastEdited[canvasId] ?? 0) > from,
  );
  if (!canvas) return null;
  const snoozed = Number(readPreference(snoozedKey(canvasId))) || 0;
  const t = now();
  if (t - from < WEEK_MS || !editedSince || snoozed > t) return null;
  const days = Math.floor((t - from) / DAY_MS);
  return (
    <div className="storage-notice backup-reminder" role="status">
      <p>
        <strong>Back up “{canvas.name}”: </strong>
        {backedUp === null
          ? `it has never been backed up since it was made ${days} days ago,`
          : `it has changed since its last backup ${days} days ago,`}{' '}
        and this browser is its only copy.
      </p>
      <button
        type="button"
        className="button button--small button--primary"
        onClick={() =>
          void import('./transfer')
            .then((m) => m.exportCanvasJson(canvasId))
            // The reminder goes with the backup: the focus goes to the canvas, not the body.
            .then(focusPage)
        }
      >
        Back up now
      </button>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          writePreference(snoozedKey(canvasId), String(t + DAY_MS));
          preferencesChanged();
          focusPage();
        }}
      >
        Not now
      </button>
    </div>
  );
}

// Says plainly when edits are not being saved, so nobody trusts storage that is not there; and,
// once, when the browser would not promise to keep the data (then backups matter).
//
// That second notice comes after the first edit, while someone is at work on a canvas: it shows in
// the notice dock (NoticeDock.tsx) at the foot of the window, so nothing moves under the pointer.
import { useEffect, useState } from 'react';
import { whenRefusedInReadOnly } from '../store/index';
import { focusPage } from '../ui/focus';
import { showToast } from '../ui/toast-store';
import { readPreference, writePreference } from '../persistence/preferences';
import { useStorage } from '../store/selectors';

const TOLD_KEY = 'durable-refused-told';

/** Once, when the browser would not promise to keep the data: then backups matter. */
export function DurabilityNotice() {
  const refused = useStorage().durable === 'refused';
  const [dismissed, setDismissed] = useState(() => readPreference(TOLD_KEY) === 'yes');
  if (!refused || dismissed) return null;
  return (
    <div className="storage-notice" role="status">
      <p>
        <strong>Keep a backup: </strong>
        this browser did not promise to keep Ninefold&rsquo;s data, so it may clear it when space
        runs low. Export your canvases now and then (Back up all canvases, on the home screen).
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          writePreference(TOLD_KEY, 'yes');
          setDismissed(true);
          // The notice goes with its button: the focus goes to the page, not the body.
          focusPage();
        }}
      >
        Got it
      </button>
    </div>
  );
}

export function StorageBanner() {
  const storage = useStorage();
  // An edit refused in a read-only tab says why, at most every few seconds.
  useEffect(() => {
    let last = 0;
    whenRefusedInReadOnly(() => {
      if (Date.now() - last < 4000) return;
      last = Date.now();
      showToast({ message: 'This tab is read-only: reload it to keep editing.' });
    });
    return () => whenRefusedInReadOnly(null);
  }, []);
  if (storage.problem)
    return (
      <div className="storage-banner" role="alert">
        <strong>
          {storage.mode === 'memory'
            ? 'Not saving: '
            : storage.mode === 'read-only'
              ? 'Read-only: '
              : 'Not saved yet: '}
        </strong>
        {storage.problem}{' '}
        <button
          type="button"
          className="button button--small"
          onClick={() =>
            void import('../features/transfer/transfer').then((m) => m.exportAllJson())
          }
        >
          Download a backup
        </button>
      </div>
    );
  return null;
}

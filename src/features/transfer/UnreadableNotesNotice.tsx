// Says so when some of a canvas's stored notes could not be read (damaged in storage, or written
// wrongly by some build): they are left out of the canvas and left in storage, never deleted. The
// notice offers a copy of them, with what is wrong with each, to keep or to recover by hand.
import { useState } from 'react';
import { useNinefold } from '../../store/index';

export function UnreadableNotesNotice({ canvasId }: { canvasId: string }) {
  const count = useNinefold((s) => s.unreadableNotes[canvasId] ?? 0);
  // Dismissed for this count: a different count (read again later) says so again.
  const [dismissed, setDismissed] = useState(0);
  const [saving, setSaving] = useState(false);
  if (count === 0 || dismissed === count) return null;
  const one = count === 1;
  const save = () => {
    setSaving(true);
    void import('./transfer')
      .then((m) => m.saveUnreadableNotes(canvasId))
      .finally(() => setSaving(false));
  };
  return (
    <div
      className="storage-notice backup-reminder"
      role="status"
      aria-label="Notes that could not be read"
    >
      <p>
        <strong>
          {one
            ? '1 note on this canvas could not be read, '
            : `${count.toLocaleString('en')} notes on this canvas could not be read, `}
        </strong>
        so {one ? 'it is' : 'they are'} not shown. {one ? 'It is' : 'They are'} still stored in this
        browser, unchanged: nothing has been deleted. A copy shows what each one holds and what is
        wrong with it.
      </p>
      <button
        type="button"
        className="button button--small button--primary"
        disabled={saving}
        onClick={save}
      >
        {one ? 'Save a copy of it' : 'Save a copy of them'}
      </button>
      <button type="button" className="button button--small" onClick={() => setDismissed(count)}>
        Dismiss
      </button>
    </div>
  );
}

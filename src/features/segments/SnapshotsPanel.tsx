// Snapshots of a canvas: save one by name, list them, compare one with now, open one read-only,
// or restore one as a new canvas. "What changed since the last review" is the comparison with the
// latest review snapshot, narrowed to Customer Segments.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { BLOCK_IDS, BLOCKS } from '../../domain/blocks';
import type { CanvasDoc } from '../../domain/canvas.schema';
import { duplicateCanvas, restoredName } from '../../domain/canvas-ops';
import { newId } from '../../domain/ids';
import { sortByOrder } from '../../domain/order';
import { diffCanvases, type CanvasDiff, type Snapshot } from '../../domain/snapshot';
import { isSegment, noteLabel } from '../../domain/segment-ops';
import {
  deleteSnapshot,
  listSnapshots,
  readCanvasDoc,
  saveSnapshot,
  type SnapshotList,
} from '../../persistence/session';
import { useNinefold } from '../../store/index';
import { formatDateTime, plural } from '../../ui/format';
import { canvasPath, navigate } from '../../ui/router';
import { removeKeepingFocus } from '../../ui/focus';
import { showToast } from '../../ui/toast-store';
import { TextField } from './fields';
import { SideBySide } from './SideBySide';
import { takeSnapshot } from './snapshots';

const now = () => Date.now();

const REASONS: Record<Snapshot['reason'], string> = {
  manual: 'Saved by hand',
  merge: 'Taken before a merge',
  split: 'Taken before a split',
  review: 'Taken at a review',
};

type View =
  | { kind: 'list' }
  | { kind: 'diff'; snapshot: Snapshot; diff: CanvasDiff; segmentsOnly: boolean }
  | { kind: 'open'; snapshot: Snapshot };

function DiffView({ diff, segmentsOnly }: { diff: CanvasDiff; segmentsOnly: boolean }) {
  const blocks = diff.blocks.filter(
    (b) =>
      (b.added.length || b.removed.length || b.changed.length) &&
      (!segmentsOnly || b.block === 'customer-segments'),
  );
  if (diff.segments.length === 0 && blocks.length === 0)
    return <p className="dialog__text">Nothing has changed.</p>;
  return (
    <div className="diff">
      {diff.segments.length > 0 && (
        <section aria-labelledby="diff-segments">
          <h3 id="diff-segments" className="diff__title">
            Customer segments
          </h3>
          <ul className="diff__list">
            {diff.segments.map((s) => (
              <li key={s.id} className={`diff__segment diff__segment--${s.status}`}>
                <p className="diff__name">
                  {s.status === 'added'
                    ? 'New segment'
                    : s.status === 'removed'
                      ? 'Removed segment'
                      : 'Changed'}
                  : {s.name}
                </p>
                {(s.fields.length > 0 || s.metrics.length > 0) && (
                  <dl className="diff__fields">
                    {[...s.fields, ...s.metrics].map((f) => (
                      <div key={f.label}>
                        <dt>{f.label}</dt>
                        <dd>
                          <del>{f.before}</del> → <ins>{f.after}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                )}
                {s.lists.length > 0 && (
                  <ul className="diff__lines">
                    {s.lists.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {blocks.map((b) => (
        <section key={b.block} aria-labelledby={`diff-${b.block}`}>
          <h3 id={`diff-${b.block}`} className="diff__title">
            {b.title}: {b.added.length} added, {b.removed.length} removed, {b.changed.length}{' '}
            changed
          </h3>
          <ul className="diff__lines">
            {b.added.map((n) => (
              <li key={n.id}>
                Added: <ins>{noteLabel(n)}</ins>
              </li>
            ))}
            {b.removed.map((n) => (
              <li key={n.id}>
                Removed: <del>{noteLabel(n)}</del>
              </li>
            ))}
            {b.changed.map((c) => (
              <li key={c.after.id}>
                {c.movedFrom ? `Moved from ${BLOCKS[c.movedFrom].title}: ` : 'Changed: '}
                {noteLabel(c.before) === noteLabel(c.after) ? (
                  noteLabel(c.after)
                ) : (
                  <>
                    <del>{noteLabel(c.before)}</del> → <ins>{noteLabel(c.after)}</ins>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ReadOnlyCanvas({ doc }: { doc: CanvasDoc }) {
  const segments = sortByOrder(doc.notes.filter(isSegment));
  return (
    <>
      <ReadOnlyBlocks doc={doc} />
      {segments.length > 0 && (
        <section aria-labelledby="snap-segments" className="snapshot-segments">
          <h3 id="snap-segments">Segments as they were</h3>
          <SideBySide segments={segments} label="Segments in this snapshot, side by side" />
        </section>
      )}
    </>
  );
}

function ReadOnlyBlocks({ doc }: { doc: CanvasDoc }) {
  return (
    <div className="snapshot-canvas">
      {BLOCK_IDS.map((block) => {
        const notes = sortByOrder(doc.notes.filter((n) => n.block === block));
        return (
          <section key={block} aria-labelledby={`snap-${block}`} className="snapshot-canvas__block">
            <h3 id={`snap-${block}`}>{BLOCKS[block].title}</h3>
            {notes.length === 0 ? (
              <p className="field__hint">Empty</p>
            ) : (
              <ul>
                {notes.map((n) => (
                  <li key={n.id} className={`snapshot-note note--${n.colour}`}>
                    {noteLabel(n)}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Says that stored snapshots could not be read: they are kept, and not listed. */
function UnreadableSnapshots({ count }: { count: number }) {
  if (count === 0) return null;
  const one = count === 1;
  return (
    <p className="snapshots__problem" role="note">
      {plural(count, 'snapshot')} of this canvas could not be read (damaged, or saved by a newer
      Ninefold), so {one ? 'it is' : 'they are'} not listed. {one ? 'It is' : 'They are'} still
      stored in this browser, unchanged.
    </p>
  );
}

/** Says that notes of a listed snapshot could not be read, and so are not in it. */
function UnreadableNotes({ count }: { count: number }) {
  if (count === 0) return null;
  const one = count === 1;
  return (
    <p className="snapshots__problem" role="note">
      {plural(count, 'note')} of this snapshot could not be read, so {one ? 'it is' : 'they are'}{' '}
      not shown, compared or restored.
    </p>
  );
}

export function SnapshotsPanel({ canvasId }: { canvasId: string }) {
  const [list, setList] = useState<SnapshotList | null>(null);
  const snapshots = list?.snapshots ?? null;
  const [view, setView] = useState<View>({ kind: 'list' });
  const [name, setName] = useState(() => `Snapshot ${formatDateTime(now())}`);
  const [status, setStatus] = useState('');
  // The snapshot just deleted, for its Undo (a toast would sit under this modal dialog).
  const [deleted, setDeleted] = useState<Snapshot | null>(null);
  const refresh = () => void listSnapshots(canvasId).then(setList);
  useEffect(refresh, [canvasId]);

  // Keyboard focus across the views: a view opened takes it on its heading; Back returns it to
  // the button that opened the view.
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<string | null>(null);
  const show = (next: View, from: HTMLElement | null) => {
    opener.current = from?.dataset['action'] ?? null;
    setView(next);
  };
  useEffect(() => {
    if (view.kind !== 'list') heading.current?.focus();
    else if (opener.current)
      document.querySelector<HTMLElement>(`[data-action="${opener.current}"]`)?.focus();
  }, [view]);

  const remove = (snapshot: Snapshot, button: HTMLElement) =>
    removeKeepingFocus(
      button,
      async () => {
        setDeleted(snapshot);
        setStatus('');
        await deleteSnapshot(snapshot.id);
        const next = await listSnapshots(canvasId);
        // Shown now, so that the focus moves from the entry once it has gone.
        flushSync(() => setList(next));
      },
      // The last one gone: its Undo.
      () => document.querySelector<HTMLElement>('[data-action="undo-delete"]'),
    );
  const undoDelete = (button: HTMLElement) => {
    // Once: a second press while the first is saving would add the snapshot twice.
    if (!deleted || button.getAttribute('aria-disabled') === 'true') return;
    button.setAttribute('aria-disabled', 'true');
    const snapshot = deleted;
    void saveSnapshot(snapshot)
      .then(() => listSnapshots(canvasId))
      .then((next) => {
        // Its Undo goes now: the focus, if still on it, goes to the snapshot brought back.
        const hadFocus = document.activeElement === button;
        flushSync(() => {
          setDeleted(null);
          setStatus(`Brought back “${snapshot.name}”.`);
          setList(next);
        });
        if (hadFocus)
          document.querySelector<HTMLElement>(`[data-action="compare:${snapshot.id}"]`)?.focus();
      });
  };
  const compare = async (snapshot: Snapshot, from: HTMLElement, segmentsOnly = false) => {
    const current = await readCanvasDoc(canvasId);
    if (!current) return;
    show({ kind: 'diff', snapshot, diff: diffCanvases(snapshot.doc, current), segmentsOnly }, from);
  };
  const restore = (snapshot: Snapshot) => {
    const { canvases, actions } = useNinefold.getState();
    const copy = duplicateCanvas(snapshot.doc, {
      canvasId: newId('canvas'),
      name: restoredName(
        snapshot.doc.canvas.name,
        Object.values(canvases).map((c) => c.name),
      ),
      newNoteId: () => newId('note'),
      now: now(),
    });
    actions.addCanvasDoc(copy);
    navigate(canvasPath(copy.canvas.id));
    showToast({ message: `Restored “${snapshot.name}” as “${copy.canvas.name}”.` });
  };
  const lastReview = snapshots?.find((s) => s.reason === 'review');

  if (view.kind !== 'list') {
    const { snapshot } = view;
    return (
      <>
        <button
          type="button"
          className="button button--small"
          onClick={() => setView({ kind: 'list' })}
        >
          Back to snapshots
        </button>
        <h3 className="diff__heading" ref={heading} tabIndex={-1}>
          {view.kind === 'open'
            ? `“${snapshot.name}”, as it was on ${formatDateTime(snapshot.createdAt)} (read-only)`
            : view.segmentsOnly
              ? `What changed in Customer Segments since the review of ${formatDateTime(snapshot.createdAt)}`
              : `What changed since “${snapshot.name}” (${formatDateTime(snapshot.createdAt)})`}
        </h3>
        {view.kind === 'open' ? (
          <ReadOnlyCanvas doc={snapshot.doc} />
        ) : (
          <DiffView diff={view.diff} segmentsOnly={view.segmentsOnly} />
        )}
      </>
    );
  }

  return (
    <>
      <p className="dialog__text">
        A snapshot keeps the canvas as it is now, to compare with later or to start again from. One
        is taken by itself before every merge, split and review.
      </p>
      <div className="field-row field-row--end">
        <TextField
          label="Snapshot name"
          value={name}
          maxLength={120}
          onChange={(v) => setName(v)}
        />
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            // Not the name of one already kept: two alike could not be told apart in the list.
            const taken = new Set(snapshots?.map((s) => s.name));
            const base = name.trim() || 'Snapshot';
            let unique = base;
            for (let n = 2; taken.has(unique); n++) unique = `${base} (${n})`;
            void takeSnapshot(canvasId, 'manual', unique).then((s) => {
              setStatus(s ? `Saved “${s.name}”.` : 'The snapshot could not be saved.');
              refresh();
            });
          }}
        >
          Save snapshot
        </button>
      </div>
      <p className="export-section__status" role="status">
        {deleted ? `Deleted “${deleted.name}”.` : status}
      </p>
      {deleted && (
        <button
          type="button"
          className="button button--small"
          data-action="undo-delete"
          onClick={(e) => undoDelete(e.currentTarget)}
        >
          Undo delete
        </button>
      )}
      {lastReview && (
        <button
          type="button"
          className="button"
          data-action="review"
          onClick={(e) => void compare(lastReview, e.currentTarget, true)}
        >
          What changed in Customer Segments since the last review
        </button>
      )}
      {list && <UnreadableSnapshots count={list.unreadable} />}
      {snapshots === null ? (
        <p className="dialog__text">Loading snapshots…</p>
      ) : snapshots.length === 0 ? (
        <p className="dialog__text">No snapshots of this canvas yet.</p>
      ) : (
        <ul className="snapshots" aria-label="Snapshots, newest first">
          {snapshots.map((s) => (
            <li key={s.id} className="snapshot">
              <p className="snapshot__name">{s.name}</p>
              <p className="field__hint">
                {formatDateTime(s.createdAt)} · {REASONS[s.reason]}
              </p>
              <UnreadableNotes count={list?.unreadableNotes[s.id] ?? 0} />
              <div className="snapshot__actions">
                <button
                  type="button"
                  className="button button--small"
                  data-action={`compare:${s.id}`}
                  onClick={(e) => void compare(s, e.currentTarget)}
                >
                  Compare with now: {s.name}
                </button>
                <button
                  type="button"
                  className="button button--small"
                  data-action={`open:${s.id}`}
                  onClick={(e) => show({ kind: 'open', snapshot: s }, e.currentTarget)}
                >
                  Open: {s.name}
                </button>
                <button type="button" className="button button--small" onClick={() => restore(s)}>
                  Restore as a new canvas: {s.name}
                </button>
                <button
                  type="button"
                  className="link-button"
                  data-removes="snapshot"
                  onClick={(e) => remove(s, e.currentTarget)}
                >
                  Delete: {s.name}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

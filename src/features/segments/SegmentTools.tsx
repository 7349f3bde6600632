// The segment workspace's tools in the canvas header: the lens, coverage, comparison and health.
import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { LENS_ID, SEGMENT_TOOLS_MENU_ID } from './tool-ids';
import { segmentName } from '../../domain/segment-ops';
import { useSegmentIds, useStableList } from '../../store/selectors';
import { chunkComponent } from '../../ui/chunk-component';
import { LoadFailed } from '../../ui/LoadFailed';
import { MenuButton } from '../../ui/MenuButton';
import { useLens, useLensStore } from '../../ui/segment-lens';
import type * as SegmentDialogsModule from './SegmentDialogs';
import { focusNextFrame } from '../../ui/focus';

// The dialogs are a chunk of their own, fetched when the browser is idle (or on first use). Not
// React.lazy: see ui/chunk-component.ts.
const segmentDialogs = chunkComponent(() =>
  import('./SegmentDialogs').then((module) => module.default),
);

export type SegmentDialog =
  'coverage' | 'compare' | 'side-by-side' | 'differences' | 'health' | 'review' | 'snapshots';

// In the header's "Segment tools" menu.
const DIALOG_BUTTONS: readonly (readonly [SegmentDialog, string])[] = [
  ['coverage', 'Coverage'],
  ['compare', 'Compare segments'],
  ['side-by-side', 'Side by side'],
  ['differences', 'Differences'],
  ['health', 'Segment health'],
  ['review', 'Review segments'],
  ['snapshots', 'Snapshots'],
];

export interface SegmentToolsProps {
  canvasId: string;
  /** Called with a note just added from the coverage matrix, for the canvas to start editing it. */
  onNoteAdded: (noteId: string) => void;
}

function LensSelect({ canvasId }: { canvasId: string }) {
  const segmentIds = useSegmentIds(canvasId);
  const lens = useLens(canvasId);
  const names = useStableList((s) => segmentIds.map((sid) => segmentName(s.notes[sid]?.text)));
  const { setLens, clearLens } = useLensStore.getState();
  const active = lens !== null && segmentIds.includes(lens);
  // A lens on a segment that is gone (deleted, moved out, undone, or in another tab) clears.
  useEffect(() => {
    if (lens !== null && !active) clearLens();
  }, [lens, active, clearLens]);

  // Esc clears the lens, unless something else (a dialog, an editor, a drag) used it first.
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      // Esc in the segment panel belongs to it (a ranking drag, say), not to the lens.
      if (target?.closest('dialog, textarea, input, [data-editing], .segment-panel')) return;
      if (document.querySelector('[data-drag-state="dragging"]')) return;
      clearLens();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, clearLens]);

  return (
    <div className="lens">
      <label htmlFor={LENS_ID} className="lens__label">
        Segment lens
      </label>
      <select
        id={LENS_ID}
        className="field__input lens__select"
        value={active ? lens : ''}
        disabled={segmentIds.length === 0}
        onChange={(e) => (e.target.value ? setLens(canvasId, e.target.value) : clearLens())}
      >
        <option value="">All segments</option>
        {segmentIds.map((sid, i) => (
          <option key={sid} value={sid}>
            {names[i]}
          </option>
        ))}
      </select>
      {active && (
        <button type="button" className="button button--small" onClick={clearLens}>
          All segments
        </button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {active
          ? `Lens on ${names[segmentIds.indexOf(lens)]}: notes not linked to it are dimmed. Press Escape to show all segments.`
          : ''}
      </p>
    </div>
  );
}

/** The open dialog, once the dialogs' chunk is in (a moment, the first time). */
function OpenDialog(props: ComponentProps<typeof SegmentDialogsModule.default>) {
  // A tool that said it could not be loaded opens only when asked again (its Try again).
  const {
    Component: SegmentDialogs,
    failed,
    retry,
  } = segmentDialogs.useComponent({
    keepFailure: true,
  });
  if (SegmentDialogs) return <SegmentDialogs {...props} />;
  return failed ? (
    <div className="segment-tools__problem">
      <LoadFailed what="This tool" retry={retry} />
    </div>
  ) : null;
}

export function SegmentTools({ canvasId, onNoteAdded }: SegmentToolsProps) {
  const [dialog, setDialog] = useState<SegmentDialog | null>(null);
  // Closing a dialog returns focus to the menu's button.
  const trigger = useRef<HTMLButtonElement | null>(null);
  const open = (which: SegmentDialog, button: HTMLButtonElement) => {
    trigger.current = button;
    setDialog(which);
  };
  const close = () => {
    setDialog(null);
    // Unless what the dialog did put focus somewhere on purpose (a field to fix, a new note).
    focusNextFrame(() => trigger.current, { ifLost: true });
  };
  useEffect(() => {
    const timer = setTimeout(() => void segmentDialogs.preload().catch(() => {}), 1500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="segment-tools" role="group" aria-label="Customer segments">
      <LensSelect canvasId={canvasId} />
      <MenuButton
        id={SEGMENT_TOOLS_MENU_ID}
        label="Segment tools"
        items={DIALOG_BUTTONS}
        onSelect={open}
      />
      {dialog && (
        <OpenDialog canvasId={canvasId} dialog={dialog} onClose={close} onNoteAdded={onNoteAdded} />
      )}
    </div>
  );
}

// The thread through the canvas, on a note: marks for the segments it serves, and the dialog
// that links it to segments (and, on revenue notes, sets the pricing model).
import { useId, useState, type ReactNode } from 'react';
import type { Note } from '../../domain/canvas.schema';
import { segmentName } from '../../domain/segment-ops';
import { PRICING_MODELS, SEGMENT_COLOUR_LABELS } from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { useSegmentColour, useSegmentIds, useStableList } from '../../store/selectors';
import { LineIcon } from '../../ui/BlockIcon';
import { Dialog } from '../../ui/Dialog';
import { useLens } from '../../ui/segment-lens';
import {
  notePricing,
  segmentLegendCss,
  segmentMarksLabelledBy,
  segmentNameId,
} from './note-markup';

/**
 * Coloured marks for the segments a note serves. With a thousand notes, a store subscription per
 * mark made every keystroke re-run thousands of selectors; instead the marks carry only the
 * segment's id, and SegmentLegend (once per canvas) gives them their colours and names.
 * A plain function, called by NoteCard: no component (and no fiber) for each of a thousand notes.
 */
export function segmentMarks(note: Note): ReactNode {
  const pricing = notePricing(note);
  if (note.segmentIds.length === 0 && !pricing) return null;
  const marks = note.segmentIds.length > 0 && (
    <span className="note__segments" role="img" aria-labelledby={segmentMarksLabelledBy(note)}>
      {note.segmentIds.map((id) => (
        <span key={id} className="segment-mark" data-segment={id} />
      ))}
    </span>
  );
  if (!pricing) return marks;
  return (
    <div className="note__marks">
      {marks}
      <span className="note__pricing">{pricing.label}</span>
    </div>
  );
}

/**
 * Once per canvas: the segments' names (hidden, for the marks' accessible names) and a style sheet
 * that colours each segment's marks (segmentLegendCss).
 */
export function SegmentLegend({ canvasId }: { canvasId: string }) {
  const segmentIds = useSegmentIds(canvasId);
  const lens = useLens(canvasId);
  const colours = useStableList((s) =>
    segmentIds.map((id) => s.notes[id]?.segment?.colour ?? 'teal'),
  );
  const names = useStableList((s) => segmentIds.map((id) => segmentName(s.notes[id]?.text)));
  return (
    <>
      <style>{segmentLegendCss(segmentIds, colours, lens)}</style>
      <div hidden>
        <span id="serves-label">Serves:</span>
        {segmentIds.map((id, i) => (
          <span key={id} id={segmentNameId(id)}>
            {names[i]}
          </span>
        ))}
      </div>
    </>
  );
}

function SegmentOption({ note, segmentId }: { note: Note; segmentId: string }) {
  const colour = useSegmentColour(segmentId);
  const name = useNinefold((s) => s.notes[segmentId]?.text);
  const id = useId();
  const linked = note.segmentIds.includes(segmentId);
  return (
    <li className="segment-option">
      <input
        id={id}
        type="checkbox"
        checked={linked}
        onChange={(e) =>
          useNinefold.getState().actions.linkNoteToSegment(note.id, segmentId, e.target.checked)
        }
      />
      <label htmlFor={id}>
        <span className={`segment-mark segment-mark--${colour ?? 'teal'}`} aria-hidden="true" />
        {segmentName(name)}
        <span className="visually-hidden"> ({SEGMENT_COLOUR_LABELS[colour ?? 'teal']})</span>
      </label>
    </li>
  );
}

/** The note-tools button and its dialog: which segments this note serves. */
export function SegmentLinkButton({ note }: { note: Note }) {
  const [open, setOpen] = useState(false);
  const segmentIds = useSegmentIds(note.canvasId);
  const pricingId = useId();
  const count = note.segmentIds.length;
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-label={count ? `Segments (${count})` : 'Segments'}
        title="Link to the segments this note serves"
        onClick={() => setOpen(true)}
      >
        <LineIcon d="M5 9a3 3 0 1 0 6 0a3 3 0 1 0-6 0M13 9a3 3 0 1 0 6 0a3 3 0 1 0-6 0M3 19c.8-3 2.8-4.5 5-4.5s4.2 1.5 5 4.5M11 19c.8-3 2.8-4.5 5-4.5s4.2 1.5 5 4.5" />
      </button>
      <Dialog title="Segments this note serves" open={open} onClose={() => setOpen(false)}>
        <p className="dialog__text note-quote">{note.text.trim() || 'Empty note'}</p>
        {segmentIds.length === 0 ? (
          <p className="dialog__text">
            No segments yet. Add a note to Customer Segments: each one is a segment.
          </p>
        ) : (
          <ul className="segment-options" aria-label="Segments">
            {segmentIds.map((id) => (
              <SegmentOption key={id} note={note} segmentId={id} />
            ))}
          </ul>
        )}
        {note.block === 'revenue-streams' && (
          <div className="field">
            <label htmlFor={pricingId}>Pricing model</label>
            <select
              id={pricingId}
              value={note.pricing ?? ''}
              onChange={(e) =>
                useNinefold
                  .getState()
                  .actions.setNotePricing(
                    note.id,
                    (e.target.value || null) as Note['pricing'] & string,
                  )
              }
            >
              <option value="">Not set</option>
              {PRICING_MODELS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}: {p.hint}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
            Done
          </button>
        </div>
      </Dialog>
    </>
  );
}

// The thread through the canvas, on a note: marks for the segments it serves, and the dialog
// that links it to segments (and, on revenue notes, sets the pricing model).
import { useId, useState } from 'react';
import type { Note } from '../../domain/canvas.schema';
import { segmentName } from '../../domain/segment-ops';
import { PRICING_MODELS, SEGMENT_COLOUR_LABELS } from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { useSegmentColour, useSegmentIds } from '../../store/selectors';
import { Dialog } from '../../ui/Dialog';

function Mark({ segmentId }: { segmentId: string }) {
  const colour = useSegmentColour(segmentId);
  const name = useNinefold((s) => s.notes[segmentId]?.text);
  if (!colour) return null;
  return (
    <span className={`segment-mark segment-mark--${colour}`} title={segmentName(name)}>
      <span className="visually-hidden">{segmentName(name)}</span>
    </span>
  );
}

/** Coloured marks for the segments a note serves, named for screen readers. */
export function SegmentMarks({ note }: { note: Note }) {
  if (note.segmentIds.length === 0 && !note.pricing) return null;
  const pricing = PRICING_MODELS.find((p) => p.id === note.pricing);
  return (
    <div className="note__marks">
      {note.segmentIds.length > 0 && (
        <span className="note__segments">
          <span className="visually-hidden">Serves: </span>
          {note.segmentIds.map((id) => (
            <Mark key={id} segmentId={id} />
          ))}
        </span>
      )}
      {pricing && note.block === 'revenue-streams' && (
        <span className="note__pricing">{pricing.label}</span>
      )}
    </div>
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
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="9" r="3" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <circle cx="16" cy="9" r="3" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path
            d="M3 19c.8-3 2.8-4.5 5-4.5s4.2 1.5 5 4.5M11 19c.8-3 2.8-4.5 5-4.5s4.2 1.5 5 4.5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
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

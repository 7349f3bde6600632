// The segment panel: beside the canvas (which stays visible), everything about one segment.
// Loaded on first use (a chunk of its own), so the canvas does not pay for it at start-up.
import { useEffect, useRef, useState } from 'react';
import { BLOCKS, type BlockId } from '../../domain/blocks';
import type { Note } from '../../domain/canvas.schema';
import { isSegment, segmentName, segmentOf, type SegmentPatch } from '../../domain/segment-ops';
import {
  ARCHETYPES,
  BASES,
  KINDS,
  PRIORITIES,
  SEGMENT_COLOUR_LABELS,
  SEGMENT_COLOURS,
  SEGMENT_LINE_MAX,
  SEGMENT_TEXT_MAX,
  TEMPLATE_FIELDS,
  type SegmentationBasis,
} from '../../domain/segment.schema';
import { NOTE_TEXT_MAX } from '../../domain/canvas.schema';
import { useNinefold } from '../../store/index';
import { useCanvasNotes, useNote, useSegmentIds, useStableList } from '../../store/selectors';
import { afterNextPaint } from '../../ui/after-paint';
import { canvasPath, hasNavigated, navigate } from '../../ui/router';
import { useLens, useLensStore } from '../../ui/segment-lens';
import { ChoiceField, NumberField, Section, SelectField, TextField } from './fields';
import { takePendingFocus } from './focus-field';
import { HealthList } from './HealthList';
import { PersonaList } from './PersonaList';
import { SplitDialog } from './SplitDialog';
import { EvidenceSection } from './EvidenceSection';
import { MetricsSection } from './MetricsSection';
import { PlaybookSection, ReviewSection } from './PlaybookSection';
import { ProfileList } from './ProfileList';
import { ScoreSection } from './ScoreSection';
import { focusIsLost, focusNextFrame } from '../../ui/focus';

const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'TRY',
  'BRL',
  'MXN',
  'ZAR',
  'SGD',
  'HKD',
  'KRW',
  'AED',
  'ILS',
];

/** Common currencies, and the segment's own if it is another (from an import, say). */
function currencyOptions(current: string) {
  const codes = CURRENCIES.includes(current) ? CURRENCIES : [current, ...CURRENCIES];
  return codes.map((code) => ({ id: code, label: code }));
}

/** The segment's own note on the canvas (its list item). */
const segmentNote = (segmentId: string) =>
  document.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(segmentId)}"]`);

/** The blocks a segment's thread runs through, in the order a workshop reads them. */
const THREAD_BLOCKS: BlockId[] = [
  'value-propositions',
  'channels',
  'customer-relationships',
  'revenue-streams',
  'key-activities',
  'key-resources',
  'key-partners',
  'cost-structure',
];

export default function SegmentPanel({
  canvasId,
  segmentId,
}: {
  canvasId: string;
  segmentId: string;
}) {
  const note = useNote(segmentId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Closing returns focus to the segment's note, where keyboard users came from.
  // The focus goes back to the segment's note as the panel closes (the effect below).
  const close = () => navigate(canvasPath(canvasId));

  // Opening a segment (or another one) takes focus to its heading, so keyboard users land in it.
  // A health check elsewhere may have asked for a field: that wins. A panel restored with the page
  // (a reload on its address) arrives a moment after the canvas: if the person has put focus
  // somewhere by then, it stays there.
  useEffect(() => {
    if (hasNavigated() || focusIsLost()) headingRef.current?.focus({ preventScroll: true });
    takePendingFocus();
    // Beside the panel the canvas may scroll sideways: keep the segment's own note in view.
    segmentNote(segmentId)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // However the panel closes (Close, Escape, the browser's Back), it takes the focus with it:
    // the focus goes back to the segment's note.
    return () =>
      focusNextFrame(() => segmentNote(segmentId)?.querySelector('[role="button"]'), {
        ifLost: true,
      });
  }, [segmentId]);

  // The segment went while its panel was open (an undone split, a delete in another tab): the
  // panel says so, and the focus, if it was in the old panel, goes to that message.
  const found = !!note && note.canvasId === canvasId && isSegment(note);
  useEffect(() => {
    if (!found) focusNextFrame(() => headingRef.current, { ifLost: true });
  }, [found]);

  if (!found) {
    return (
      <aside className="segment-panel" aria-labelledby="segment-panel-title">
        <div className="segment-panel__header">
          <h2 id="segment-panel-title" ref={headingRef} tabIndex={-1}>
            Segment not found
          </h2>
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </div>
        <p>
          This segment is no longer on the canvas: it was deleted, taken back by an undo (a split
          undone, say), or moved out of Customer Segments.
        </p>
      </aside>
    );
  }
  return <Panel note={note} headingRef={headingRef} onClose={close} />;
}

function Panel({
  note,
  headingRef,
  onClose,
}: {
  note: Note;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const update = (patch: SegmentPatch, key?: string) => actions.updateSegment(note.id, patch, key);
  const name = segmentName(note.text);
  const lens = useLens(note.canvasId);
  const setLens = useLensStore((s) => s.setLens);
  const clearLens = useLensStore((s) => s.clearLens);
  const [splitting, setSplitting] = useState(false);

  return (
    <aside
      className={`segment-panel segment-panel--${segment.colour}`}
      aria-labelledby="segment-panel-title"
    >
      <div className="segment-panel__header">
        <span className={`segment-mark segment-mark--${segment.colour}`} aria-hidden="true" />
        <h2 id="segment-panel-title" ref={headingRef} tabIndex={-1}>
          <span className="visually-hidden">Segment: </span>
          {/* Isolated: a name written right to left runs right to left. */}
          <bdi>{name}</bdi>
        </h2>
        <button
          type="button"
          className="button button--small"
          aria-pressed={lens === note.id}
          onClick={() => (lens === note.id ? clearLens() : setLens(note.canvasId, note.id))}
        >
          {lens === note.id ? 'Showing its thread' : 'Show its thread'}
        </button>
        <button type="button" className="button button--small" onClick={() => setSplitting(true)}>
          Split…
        </button>
        <button type="button" className="button button--small" onClick={onClose}>
          Close
        </button>
      </div>
      {splitting && <SplitDialog note={note} onClose={() => setSplitting(false)} />}

      <div className="segment-panel__body">
        <HealthList note={note} />

        <Section title="Identity" id="seg-identity">
          <TextField
            id="seg-field-name"
            label="Name"
            hint='Specific enough to act on: "mid-market teams with weekly compliance reporting", not "SMB".'
            value={note.text}
            multiline
            maxLength={NOTE_TEXT_MAX}
            onChange={(text, key) => actions.setNoteText(note.id, text, key)}
          />
          <TextField
            label="One-line description"
            hint="Who they are and what sets them apart, in one sentence."
            value={segment.description}
            maxLength={SEGMENT_LINE_MAX}
            onChange={(description, key) => update({ description }, key)}
          />
          <ChoiceField
            id="seg-field-archetype"
            legend="Archetype"
            name="archetype"
            value={segment.archetype}
            options={ARCHETYPES}
            onChange={(archetype) => update({ archetype })}
          />
          <div className="field-row">
            <SelectField
              label="Kind"
              value={segment.kind}
              options={KINDS}
              none="Not set"
              onChange={(kind) => update({ kind })}
            />
            <SelectField
              id="seg-field-priority"
              label="Priority"
              value={segment.priority}
              options={PRIORITIES}
              none="Not set"
              onChange={(priority) => update({ priority })}
            />
            <SelectField
              label="Colour"
              value={segment.colour}
              options={SEGMENT_COLOURS.map((c) => ({ id: c, label: SEGMENT_COLOUR_LABELS[c] }))}
              onChange={(colour) => colour && update({ colour })}
            />
          </div>
          <div className="field-row">
            <TextField
              label="Who buys"
              hint="When the buyer differs from the user."
              value={segment.buyer}
              maxLength={SEGMENT_LINE_MAX}
              onChange={(buyer, key) => update({ buyer }, key)}
            />
            <TextField
              label="Who uses"
              value={segment.user}
              maxLength={SEGMENT_LINE_MAX}
              onChange={(user, key) => update({ user }, key)}
            />
          </div>
          <div className="checkbox-field">
            <input
              id="seg-field-early"
              type="checkbox"
              checked={segment.earlyAdopter}
              onChange={(e) => update({ earlyAdopter: e.target.checked })}
            />
            <label htmlFor="seg-field-early">
              Early adopters: they feel the pain now and will try an unfinished product
            </label>
          </div>
          <fieldset className="size-fields">
            <legend className="field__label">Estimated size</legend>
            <div className="field-row">
              <NumberField
                label="How many"
                whole
                value={segment.size.count}
                onChange={(count, key) => update({ size: { count } }, key)}
              />
              <TextField
                label="Of what"
                placeholder="companies, households…"
                value={segment.size.unit}
                maxLength={60}
                onChange={(unit, key) => update({ size: { unit } }, key)}
              />
            </div>
            <div className="field-row">
              <NumberField
                label="TAM"
                hint="Total addressable market, per year."
                value={segment.size.tam}
                onChange={(tam, key) => update({ size: { tam } }, key)}
              />
              <NumberField
                label="SAM"
                hint="Serviceable: the part you can serve."
                value={segment.size.sam}
                onChange={(sam, key) => update({ size: { sam } }, key)}
              />
              <NumberField
                label="SOM"
                hint="Obtainable in the next years."
                value={segment.size.som}
                onChange={(som, key) => update({ size: { som } }, key)}
              />
              <SelectField
                label="Currency"
                value={segment.size.currency}
                options={currencyOptions(segment.size.currency)}
                onChange={(currency) => currency && update({ size: { currency } })}
              />
            </div>
          </fieldset>
        </Section>

        <AfterFirstPaint>
          <BasesSection note={note} />

          <Section
            title="Segment template"
            id="seg-template"
            description="What makes this group operational: how you would find, serve and keep them."
          >
            {TEMPLATE_FIELDS.map((field) => (
              <TextField
                key={field.id}
                id={field.id === 'signals' ? 'seg-field-signals' : undefined}
                label={field.label}
                hint={field.hint}
                multiline
                value={segment.template[field.id]}
                maxLength={SEGMENT_TEXT_MAX}
                onChange={(value, key) => update({ template: { [field.id]: value } }, key)}
              />
            ))}
          </Section>

          <Section
            title="Customer profile"
            id="seg-profile"
            description="Ranked: drag an item by its handle, or focus the handle and press Space, then the arrow keys."
          >
            <ProfileList note={note} list="jobs" />
            <ProfileList note={note} list="pains" />
            <ProfileList note={note} list="gains" />
          </Section>

          <PersonaList note={note} />

          <EvidenceSection note={note} />

          <MetricsSection note={note} />

          <ReviewSection note={note} />

          <PlaybookSection note={note} />

          <PlatformSection note={note} />

          <ScoreSection note={note} />

          <ThreadSection note={note} />
        </AfterFirstPaint>
      </div>
    </aside>
  );
}

/**
 * The panel's lower sections render a frame after the rest: the panel opens with what is on
 * screen first, and the sections below the fold follow before anyone could scroll to them.
 */
function AfterFirstPaint({ children }: { children: React.ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (shown) {
      // A health check may have asked for a field down here.
      takePendingFocus();
      return;
    }
    // After the panel's first frame is painted, not in the task that paints it.
    return afterNextPaint(() => setShown(true));
  }, [shown]);
  return shown ? children : null;
}

function BasesSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const chosen = new Map(segment.bases.map((b) => [b.basis, b.description]));
  const setBases = (next: Map<SegmentationBasis, string>, key?: string) =>
    actions.updateSegment(
      note.id,
      {
        // Kept in the standard order, whatever order they were ticked in.
        bases: BASES.filter((b) => next.has(b.id)).map((b) => ({
          basis: b.id,
          description: next.get(b.id) ?? '',
        })),
      },
      key,
    );
  return (
    <Section
      title="Segmentation bases"
      id="seg-bases"
      description="How this segment differs from the others. Tick each that applies and say how."
    >
      <fieldset className="bases" id="seg-field-bases" tabIndex={-1}>
        <legend className="visually-hidden">Segmentation bases</legend>
        {BASES.map((basis) => {
          const checked = chosen.has(basis.id);
          return (
            <div className="basis" key={basis.id}>
              <div className="checkbox-field">
                <input
                  id={`basis-${basis.id}`}
                  type="checkbox"
                  checked={checked}
                  aria-describedby={`basis-${basis.id}-hint`}
                  onChange={(e) => {
                    const next = new Map(chosen);
                    if (e.target.checked) next.set(basis.id, '');
                    else next.delete(basis.id);
                    setBases(next);
                  }}
                />
                <label htmlFor={`basis-${basis.id}`}>{basis.label}</label>
                <span className="field__hint" id={`basis-${basis.id}-hint`}>
                  {basis.hint}
                </span>
              </div>
              {checked && (
                <TextField
                  label={`How it differs: ${basis.label.toLowerCase()}`}
                  value={chosen.get(basis.id) ?? ''}
                  maxLength={SEGMENT_LINE_MAX}
                  onChange={(description, key) =>
                    setBases(new Map(chosen).set(basis.id, description), key)
                  }
                />
              )}
            </div>
          );
        })}
      </fieldset>
    </Section>
  );
}

/** Multi-sided platforms: the other sides this segment depends on, and those depending on it. */
function PlatformSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const segmentIds = useSegmentIds(note.canvasId);
  // The canvas's segments themselves: the list keeps its identity until one of them changes.
  const segments = useStableList((s) => segmentIds.flatMap((id) => s.notes[id] ?? []));
  const others = segments.filter((other) => other.id !== note.id);
  const dependents = others.filter((other) => other.segment?.dependsOn.includes(note.id));
  const { actions } = useNinefold.getState();
  return (
    <Section
      title="Other sides"
      id="seg-platform"
      description="For multi-sided platforms: the segments this one needs on the platform (riders need drivers)."
    >
      {others.length === 0 ? (
        <p className="field__hint">There are no other segments on this canvas yet.</p>
      ) : (
        <fieldset className="depends-on" id="seg-field-dependsOn" tabIndex={-1}>
          <legend className="field__label">Depends on</legend>
          {others.map(({ id, text, segment: otherSegment }) => (
            <div className="checkbox-field" key={id}>
              <input
                id={`depends-${id}`}
                type="checkbox"
                checked={segment.dependsOn.includes(id)}
                onChange={(e) =>
                  actions.updateSegment(note.id, {
                    dependsOn: e.target.checked
                      ? [...segment.dependsOn, id]
                      : segment.dependsOn.filter((d) => d !== id),
                  })
                }
              />
              <label htmlFor={`depends-${id}`}>
                <span
                  className={`segment-mark segment-mark--${otherSegment?.colour ?? 'teal'}`}
                  aria-hidden="true"
                />
                {segmentName(text)}
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {dependents.length > 0 && (
        <p className="field__hint">
          Depended on by: {dependents.map((other) => segmentName(other.text)).join(', ')}
        </p>
      )}
    </Section>
  );
}

/** The thread: every note linked to this segment, block by block, with the gaps named. */
function ThreadSection({ note }: { note: Note }) {
  const canvasNotes = useCanvasNotes(note.canvasId);
  const linked = canvasNotes.filter((n) => n.segmentIds.includes(note.id));
  return (
    <Section
      title="Thread through the canvas"
      id="seg-thread"
      description="The notes that serve this segment. Link a note from its Segments button on the canvas."
    >
      <ul className="thread" id="seg-field-links" tabIndex={-1} aria-label="Linked notes by block">
        {THREAD_BLOCKS.map((block) => {
          const inBlock = linked.filter((n) => n.block === block);
          return (
            <li key={block} className="thread__block">
              <span className="thread__title">{BLOCKS[block].title}</span>
              {inBlock.length === 0 ? (
                <span className="thread__none">Nothing yet</span>
              ) : (
                <ul className="thread__notes">
                  {inBlock.map((n) => (
                    <li key={n.id}>{n.text.trim() || 'Empty note'}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

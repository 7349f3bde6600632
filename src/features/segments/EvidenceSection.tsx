// Validation: the segment's status (hypothesis → validated or invalidated) and the evidence log
// behind it, each entry supporting or contradicting the segment or one of its jobs, pains, gains.
import type { Note } from '../../domain/canvas.schema';
import { dayOf, evidenceBalance } from '../../domain/segment-operational';
import {
  EVIDENCE_TYPES,
  VALIDATION_STATUSES,
  type Evidence,
} from '../../domain/segment-operational.schema';
import { segmentOf } from '../../domain/segment-ops';
import { SEGMENT_LINE_MAX, SEGMENT_TEXT_MAX } from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { formatDateTime, formatDay, plural } from '../../ui/format';
import { SAFE_LINK_PROPS, safeHref } from '../../ui/safe-link';
import { ChoiceField, DateField, Section, SelectField, TextField } from './fields';
import { removeKeepingFocus } from '../../ui/focus';

const now = () => Date.now();

function EvidenceEntry({ note, entry, index }: { note: Note; entry: Evidence; index: number }) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const update = (patch: Partial<Omit<Evidence, 'id'>>, key?: string) =>
    actions.updateEvidence(note.id, entry.id, patch, key);
  const n = index + 1;
  const sourceHref = safeHref(entry.source);
  const type = EVIDENCE_TYPES.find((t) => t.id === entry.type)?.label ?? 'Evidence';
  const abouts = [
    ...segment.jobs.map((i) => ({ id: i.id, label: `Job: ${i.text || 'unnamed'}` })),
    ...segment.pains.map((i) => ({ id: i.id, label: `Pain: ${i.text || 'unnamed'}` })),
    ...segment.gains.map((i) => ({ id: i.id, label: `Gain: ${i.text || 'unnamed'}` })),
  ];
  return (
    <li className="evidence" data-supports={entry.supports}>
      <p className="evidence__heading" id={`${entry.id}-heading`}>
        <span
          className={
            entry.supports ? 'evidence__stance' : 'evidence__stance evidence__stance--against'
          }
        >
          {entry.supports ? 'Supports' : 'Contradicts'}
        </span>{' '}
        {type}, {formatDay(entry.date)}
      </p>
      <div className="field-row">
        <SelectField
          label={`Type of evidence ${n}`}
          value={entry.type}
          options={EVIDENCE_TYPES}
          onChange={(t) => t && update({ type: t })}
        />
        <DateField
          label={`Date of evidence ${n}`}
          value={entry.date}
          required
          onChange={(date) => date && update({ date })}
        />
      </div>
      <TextField
        label={`Summary of evidence ${n}`}
        multiline
        value={entry.summary}
        maxLength={SEGMENT_TEXT_MAX}
        onChange={(summary, key) => update({ summary }, key)}
      />
      <div className="field-row">
        <TextField
          label={`Quote, evidence ${n}`}
          value={entry.quote}
          maxLength={SEGMENT_LINE_MAX}
          onChange={(quote, key) => update({ quote }, key)}
        />
        <TextField
          label={`Source of evidence ${n}`}
          placeholder="who, where, which study"
          value={entry.source}
          maxLength={SEGMENT_LINE_MAX}
          onChange={(source, key) => update({ source }, key)}
        />
      </div>
      {sourceHref && (
        <p className="evidence__link">
          <a href={sourceHref} {...SAFE_LINK_PROPS}>
            Open the source of evidence {n}
          </a>
        </p>
      )}
      <div className="field-row">
        <SelectField
          label={`Supports or contradicts, evidence ${n}`}
          value={entry.supports ? 'supports' : 'contradicts'}
          options={[
            { id: 'supports', label: 'Supports' },
            { id: 'contradicts', label: 'Contradicts' },
          ]}
          onChange={(v) => v && update({ supports: v === 'supports' })}
        />
        <SelectField
          label={`What evidence ${n} is about`}
          value={entry.about ?? 'segment'}
          options={[{ id: 'segment', label: 'The segment as a whole' }, ...abouts]}
          onChange={(v) => update({ about: !v || v === 'segment' ? null : v })}
        />
      </div>
      <button
        type="button"
        className="link-button"
        data-removes="evidence"
        onClick={(e) =>
          removeKeepingFocus(e.currentTarget, () => actions.removeEvidence(note.id, entry.id))
        }
      >
        Remove evidence {n}
      </button>
    </li>
  );
}

export function EvidenceSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const { supports, contradicts } = evidenceBalance(segment);
  const { validation } = segment;
  return (
    <Section
      title="Evidence and validation"
      id="seg-evidence"
      description="Is this segment real? Log what interviews, surveys, analytics and experiments show, and move its status as the evidence comes in."
    >
      <ChoiceField
        id="seg-field-validation"
        legend="Validation status"
        name="validation"
        columns
        value={validation.status}
        options={VALIDATION_STATUSES}
        clearable={false}
        onChange={(status) => status && actions.setValidationStatus(note.id, status)}
      />
      {validation.changedAt && (
        <p className="field__hint">
          Status set on{' '}
          <time dateTime={validation.changedAt}>
            {formatDateTime(Date.parse(validation.changedAt))}
          </time>
          .
        </p>
      )}
      <p className="evidence-balance" role="status">
        {segment.evidence.length === 0
          ? 'No evidence logged yet.'
          : `${plural(supports, 'entry', 'entries')} supporting, ${contradicts} contradicting.`}
      </p>
      <button
        type="button"
        className="button button--small"
        onClick={() => {
          const id = actions.addEvidence(note.id, dayOf(now()));
          if (id)
            requestAnimationFrame(() =>
              document
                .getElementById(`${id}-heading`)
                ?.parentElement?.querySelector('textarea')
                ?.focus(),
            );
        }}
      >
        Log evidence
      </button>
      {segment.evidence.length > 0 && (
        <ol
          className="evidence-log"
          id="seg-field-evidence"
          tabIndex={-1}
          aria-label="Evidence log, newest first"
        >
          {segment.evidence.map((entry, i) => (
            <EvidenceEntry key={entry.id} note={note} entry={entry} index={i} />
          ))}
        </ol>
      )}
    </Section>
  );
}

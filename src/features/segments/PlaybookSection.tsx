// How this segment is served, written down: the review cadence, and the playbook (onboarding
// steps in order, service levels, hand-offs, escalation, capacity).
import { useId } from 'react';
import type { Note } from '../../domain/canvas.schema';
import {
  cadenceLabel,
  dayOf,
  isReviewOverdue,
  nextReview,
  REVIEW_CADENCES,
} from '../../domain/segment-operational';
import { PLAYBOOK_FIELDS } from '../../domain/segment-operational.schema';
import { segmentOf } from '../../domain/segment-ops';
import { SEGMENT_LINE_MAX, SEGMENT_TEXT_MAX } from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { formatDay } from '../../ui/format';
import { DateField, Section, SelectField, TextField } from './fields';
import { SortableList } from './SortableList';
import { removeKeepingFocus } from '../../ui/focus';

const now = () => Date.now();

export function ReviewSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const { review } = segment;
  // Monthly by default: a segment never reviewed is due a cadence after it was created.
  const since = dayOf(note.createdAt);
  const next = nextReview(segment, since);
  const overdue = isReviewOverdue(segment, dayOf(now()), since);
  const cadence = REVIEW_CADENCES.some((c) => c.id === String(review.cadenceDays))
    ? REVIEW_CADENCES
    : [
        ...REVIEW_CADENCES,
        { id: String(review.cadenceDays), label: cadenceLabel(review.cadenceDays) },
      ];
  return (
    <Section
      title="Review"
      id="seg-review"
      description="Segments drift. Look at each one on a rhythm: is it growing, leaking margin, straining the team?"
    >
      {overdue && next && (
        <p className="badge badge--overdue" id="seg-review-overdue">
          Review overdue since {formatDay(next)}
        </p>
      )}
      <div className="field-row">
        <SelectField
          label="Review cadence"
          value={String(review.cadenceDays)}
          options={cadence}
          onChange={(v) => v && actions.updateReview(note.id, { cadenceDays: Number(v) })}
        />
        <DateField
          id="seg-field-review"
          label="Next review"
          value={next}
          onChange={(day) => actions.updateReview(note.id, { nextReviewOn: day })}
        />
      </div>
      {review.lastReviewedOn && (
        <p className="field__hint">Last reviewed on {formatDay(review.lastReviewedOn)}.</p>
      )}
    </Section>
  );
}

export function PlaybookSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const titleId = useId();
  const steps = segment.playbook.onboarding;
  const stepName = (text: string, n: number) => text.trim() || `step ${n}`;
  return (
    <Section
      title="Playbook"
      id="seg-playbook"
      description="How the team serves this segment, so that it runs the same way whoever is on shift."
    >
      <h4 className="profile-list__title" id={titleId}>
        Onboarding steps <span className="profile-list__count">({steps.length})</span>
      </h4>
      <p className="field__hint">
        In order: drag a step by its handle, or focus the handle and press Space, then the arrow
        keys.
      </p>
      <div id="seg-field-onboarding" tabIndex={-1}>
        <SortableList
          items={steps}
          labelledBy={titleId}
          nameOf={(step) => stepName(step.text, steps.indexOf(step) + 1)}
          onMove={(id, to) => actions.movePlaybookStep(note.id, id, to)}
        >
          {(step, n) => (
            <>
              <div className="profile-item__fields">
                <TextField
                  label={`Onboarding step ${n}`}
                  value={step.text}
                  maxLength={SEGMENT_LINE_MAX}
                  onChange={(text, key) => actions.updatePlaybookStep(note.id, step.id, text, key)}
                />
              </div>
              <button
                type="button"
                className="icon-button profile-item__remove"
                aria-label={`Remove onboarding step ${n}`}
                data-removes="step"
                onClick={(e) =>
                  removeKeepingFocus(e.currentTarget, () =>
                    actions.removePlaybookStep(note.id, step.id),
                  )
                }
              >
                ×
              </button>
            </>
          )}
        </SortableList>
      </div>
      <button
        type="button"
        className="button button--small"
        disabled={steps.length >= 50}
        onClick={() => {
          const id = actions.addPlaybookStep(note.id);
          if (id)
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLInputElement>('#seg-field-onboarding li:last-child input')
                ?.focus(),
            );
        }}
      >
        Add onboarding step
      </button>
      {PLAYBOOK_FIELDS.map((field) => (
        <TextField
          key={field.id}
          label={field.label}
          hint={field.hint}
          multiline
          value={segment.playbook[field.id]}
          maxLength={SEGMENT_TEXT_MAX}
          onChange={(value, key) => actions.updatePlaybook(note.id, { [field.id]: value }, key)}
        />
      ))}
    </Section>
  );
}

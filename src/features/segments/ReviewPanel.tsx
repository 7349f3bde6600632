// The segment review: three questions asked of all segments together, with what the metrics
// suggest. Recording it logs the answers as evidence, moves every review date on and keeps a
// snapshot, so that "what changed since the last review" has a starting point.
import { useState } from 'react';
import type { Note } from '../../domain/canvas.schema';
import {
  dayOf,
  REVIEW_QUESTIONS,
  type ReviewFinding,
  reviewSuggestions,
  type ReviewQuestion,
} from '../../domain/segment-operational';
import { snapshotTitle } from '../../domain/snapshot';
import { segmentName } from '../../domain/segment-ops';
import { useNinefold } from '../../store/index';
import { formatDay, plural } from '../../ui/format';
import { showToast } from '../../ui/toast-store';
import { SelectField, TextField } from './fields';
import { takeSnapshot } from './snapshots';

const now = () => Date.now();

const FINDINGS: Record<ReviewQuestion, string> = {
  growing: 'growing fastest of all segments',
  margin: 'leaking margin',
  instability: 'creating operational instability',
};

export function ReviewPanel({
  canvasId,
  segments,
  onDone,
}: {
  canvasId: string;
  segments: Note[];
  onDone: () => void;
}) {
  const suggestions = reviewSuggestions(segments);
  const [answers, setAnswers] = useState<Record<ReviewQuestion, string | null>>(() => ({
    growing: suggestions.growing?.id ?? null,
    margin: suggestions.margin?.id ?? null,
    instability: suggestions.instability?.id ?? null,
  }));
  const [notes, setNotes] = useState<Record<ReviewQuestion, string>>({
    growing: '',
    margin: '',
    instability: '',
  });
  const options = segments.map((s) => ({ id: s.id, label: segmentName(s.text) }));
  const record = () => {
    const today = dayOf(now());
    const findings: Record<string, ReviewFinding[]> = {};
    for (const q of REVIEW_QUESTIONS) {
      const id = answers[q.id];
      if (!id) continue;
      const note = notes[q.id].trim();
      (findings[id] ??= []).push({
        summary: `Review ${formatDay(today)}: ${FINDINGS[q.id]}.${note ? ` ${note}` : ''}`,
        supports: q.supports,
      });
    }
    useNinefold.getState().actions.recordReview(canvasId, findings, today);
    // After the review is recorded: the baseline the next one compares with.
    void takeSnapshot(canvasId, 'review', snapshotTitle('review', formatDay(today)));
    onDone();
    showToast({ message: `Review recorded for ${plural(segments.length, 'segment')}.` });
  };
  return (
    <>
      <p className="dialog__text">
        Look at all segments together. What you record here is logged as evidence on the segment it
        concerns, every segment&rsquo;s next review moves on by its cadence, and a snapshot is kept
        for the next review to compare with.
      </p>
      {REVIEW_QUESTIONS.map((q) => {
        const suggested = suggestions[q.id];
        return (
          <fieldset key={q.id} className="review-question">
            <legend>{q.label}</legend>
            {suggested && (
              <p className="field__hint">
                The metrics suggest {segmentName(segments.find((s) => s.id === suggested.id)?.text)}{' '}
                ({suggested.why}).
              </p>
            )}
            <div className="field-row">
              <SelectField
                label={`Answer: ${q.label}`}
                hideLabel
                value={answers[q.id]}
                none="None of them"
                options={options}
                onChange={(id) => setAnswers({ ...answers, [q.id]: id })}
              />
              <TextField
                label={`What you saw: ${q.label}`}
                value={notes[q.id]}
                maxLength={500}
                onChange={(v) => setNotes({ ...notes, [q.id]: v })}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={record}>
          Record the review
        </button>
      </div>
    </>
  );
}

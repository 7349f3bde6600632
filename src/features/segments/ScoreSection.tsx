// Attractiveness: the segment scored 1–5 on each criterion; the total uses the canvas's weights.
import type { Note } from '../../domain/canvas.schema';
import { segmentOf } from '../../domain/segment-ops';
import { attractiveness, formatTotal, marketShareFlag } from '../../domain/segment-score';
import { CRITERIA, type Criterion } from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { useCanvas } from '../../store/selectors';
import { Section, SelectField } from './fields';

const SCORES = [1, 2, 3, 4, 5].map((n) => ({
  id: String(n),
  label: `${n}${n === 1 ? ' (low)' : n === 5 ? ' (high)' : ''}`,
}));

export function ScoreSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const canvas = useCanvas(note.canvasId);
  const weights = canvas?.weights;
  if (!weights) return null;
  const result = attractiveness(segment.scores, weights);
  const share = marketShareFlag(segment.size);
  const setScore = (criterion: Criterion, value: string | null) =>
    useNinefold
      .getState()
      .actions.updateSegment(note.id, { scores: { [criterion]: value ? Number(value) : null } });
  return (
    <Section
      title="Attractiveness"
      id="seg-scores"
      description="Score 1 (low) to 5 (high). The weights are shared by all segments: change them in Compare segments."
    >
      <div className="score-grid">
        {CRITERIA.map((c) => (
          <div key={c.id} className="score">
            <SelectField
              label={`${c.label} (weight ${weights[c.id]})`}
              value={segment.scores[c.id] === null ? null : String(segment.scores[c.id])}
              options={SCORES}
              none="Not scored"
              onChange={(v) => setScore(c.id, v)}
            />
            <p className="field__hint">{c.hint}</p>
            {c.id === 'marketSize' && share.flagged && share.share !== null && (
              <p className="field__problem">
                The serviceable market (SAM) is {Math.round(share.share * 1000) / 10} % of the total
                addressable market: under 10 %.
              </p>
            )}
          </div>
        ))}
      </div>
      <p className="score-total" aria-live="polite">
        <strong>Total: {formatTotal(result.total, weights)}</strong>
        {result.total !== null && !result.complete && (
          <span className="field__hint">
            {' '}
            Not yet scored:{' '}
            {result.missing.map((m) => CRITERIA.find((c) => c.id === m)?.label).join(', ')}.
          </span>
        )}
      </p>
    </Section>
  );
}

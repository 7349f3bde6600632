// Are they really different? The six operational questions for every pair of segments, the
// verdict for each pair, and a Merge for pairs that look like one segment.
import { useId, useState } from 'react';
import type { Note } from '../../domain/canvas.schema';
import {
  DIFFERENCE_QUESTIONS,
  MIN_DIFFERENCES,
  segmentPairs,
  type DifferenceVerdict,
} from '../../domain/difference';
import { segmentName } from '../../domain/segment-ops';
import { useNinefold } from '../../store/index';
import { useCanvas } from '../../store/selectors';
import { showUndoToast } from '../../ui/undo-toast';
import { MergeDialog } from './MergeDialog';

export function verdictText({ verdict, differences, answered }: DifferenceVerdict): string {
  const open = DIFFERENCE_QUESTIONS.length - answered;
  switch (verdict) {
    case 'unanswered':
      return 'Not answered yet';
    case 'distinct':
      return `Really different: ${differences} of ${DIFFERENCE_QUESTIONS.length} differ`;
    case 'same':
      return `These look like one segment: ${differences === 0 ? 'no difference' : `only ${differences} difference`} in how they are served`;
    case 'open':
      return `Undecided: ${differences} ${differences === 1 ? 'difference' : 'differences'} so far, ${open} ${open === 1 ? 'question' : 'questions'} open`;
  }
}

function Pair({
  canvasId,
  a,
  b,
  answers,
  verdict,
  onMerge,
}: {
  canvasId: string;
  a: Note;
  b: Note;
  answers: Record<string, boolean | null>;
  verdict: DifferenceVerdict;
  onMerge: () => void;
}) {
  const base = useId();
  const [open, setOpen] = useState(verdict.verdict !== 'distinct');
  const { actions } = useNinefold.getState();
  const names = `${segmentName(a.text)} and ${segmentName(b.text)}`;
  return (
    <li className={`pair pair--${verdict.verdict}`}>
      <div className="pair__header">
        <h3 className="pair__names" id={`${base}-names`}>
          {names}
        </h3>
        <p className="pair__verdict">{verdictText(verdict)}</p>
        <button
          type="button"
          className="button button--small"
          aria-expanded={open}
          aria-controls={`${base}-questions`}
          onClick={() => setOpen(!open)}
        >
          {open ? `Hide questions: ${names}` : `Answer: ${names}`}
        </button>
        {verdict.verdict === 'same' && (
          <button type="button" className="button button--small button--primary" onClick={onMerge}>
            Merge {segmentName(b.text)} into {segmentName(a.text)}…
          </button>
        )}
      </div>
      <div id={`${base}-questions`} hidden={!open} className="pair__questions">
        {DIFFERENCE_QUESTIONS.map((q) => {
          const value = answers[q.id] ?? null;
          const name = `${base}-${q.id}`;
          const set = (answer: boolean | null) =>
            actions.answerDifference(canvasId, a.id, b.id, q.id, answer);
          return (
            <fieldset key={q.id} className="pair__question">
              <legend>{q.label}</legend>
              {(
                [
                  ['Yes, they differ', true],
                  ['No', false],
                  ['Not answered', null],
                ] as const
              ).map(([label, answer]) => (
                <label key={label}>
                  <input
                    type="radio"
                    name={name}
                    checked={value === answer}
                    onChange={() => set(answer)}
                  />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
    </li>
  );
}

export function DifferenceTest({ canvasId, segments }: { canvasId: string; segments: Note[] }) {
  const canvas = useCanvas(canvasId);
  const [merging, setMerging] = useState<{ keep: string; other: string } | null>(null);
  const byId = new Map(segments.map((s) => [s.id, s]));
  const pairs = segmentPairs(
    segments.map((s) => s.id),
    canvas?.differences ?? [],
  );
  if (segments.length < 2)
    return (
      <p className="dialog__text">
        The difference test compares segments in pairs: add a second segment first.
      </p>
    );
  const count = (v: DifferenceVerdict['verdict']) =>
    pairs.filter((p) => p.verdict.verdict === v).length;
  return (
    <>
      <p className="dialog__text">
        Two groups are two segments only if serving them differs. Answer six questions for each
        pair; fewer than {MIN_DIFFERENCES} differences means they are probably one segment.
      </p>
      <p className="dialog__text" role="status">
        {pairs.length} {pairs.length === 1 ? 'pair' : 'pairs'}: {count('distinct')} really
        different, {count('same')} that look like one segment, {count('open')} undecided,{' '}
        {count('unanswered')} not answered.
      </p>
      <ul className="pairs" aria-label="Pairs of segments">
        {pairs.map((p) => (
          <Pair
            key={`${p.a}:${p.b}`}
            canvasId={canvasId}
            a={byId.get(p.a)!}
            b={byId.get(p.b)!}
            answers={p.answers}
            verdict={p.verdict}
            onMerge={() => setMerging({ keep: p.a, other: p.b })}
          />
        ))}
      </ul>
      {merging && byId.get(merging.keep) && byId.get(merging.other) && (
        <MergeDialog
          keep={byId.get(merging.keep)!}
          other={byId.get(merging.other)!}
          onClose={() => setMerging(null)}
          onMerged={(name, otherName) => {
            setMerging(null);
            showUndoToast(canvasId, `Merged “${otherName}” into “${name}”.`);
          }}
        />
      )}
    </>
  );
}

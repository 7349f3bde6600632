// The canvas-level views of the segment workspace: coverage matrix, comparison (ranking, weights
// and the priority chart) and the health summary. Loaded when one is first opened.
import { BLOCKS, type BlockId } from '../../domain/blocks';
import type { Note } from '../../domain/canvas.schema';
import { sortByOrder } from '../../domain/order';
import { canvasHealth, type HealthCheck } from '../../domain/segment-health';
import { segmentName, segmentOf } from '../../domain/segment-ops';
import { formatTotal, rankSegments, type RankedSegment } from '../../domain/segment-score';
import { CRITERIA, type Weights } from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { dayOf } from '../../domain/segment-operational';
import { useCanvas, useCanvasNotes } from '../../store/selectors';
import { Dialog } from '../../ui/Dialog';
import { navigate, segmentPath } from '../../ui/router';
import { SelectField } from './fields';
import { focusFieldWhenShown } from './focus-field';
import { DifferenceTest } from './DifferenceTest';
import { HealthCheckItem } from './HealthList';
import { ReviewPanel } from './ReviewPanel';
import { SideBySide } from './SideBySide';
import { SnapshotsPanel } from './SnapshotsPanel';
import type { SegmentDialog } from './SegmentTools';
import { formatDay, plural } from '../../ui/format';
import { placeLabels } from './chart-labels';
import { cutText } from '../../domain/text';
import { TableScroll } from '../../ui/TableScroll';

const now = () => Date.now();

/** The blocks every segment needs something in (Key Activities: what it takes to serve it). */
const COVERAGE_BLOCKS: BlockId[] = [
  'value-propositions',
  'channels',
  'customer-relationships',
  'revenue-streams',
  'key-activities',
];

interface Props {
  canvasId: string;
  dialog: SegmentDialog;
  onClose: () => void;
  onNoteAdded: (noteId: string) => void;
}

export default function SegmentDialogs({ canvasId, dialog, onClose, onNoteAdded }: Props) {
  const notes = useCanvasNotes(canvasId);
  const segments = sortByOrder(notes.filter((n) => n.block === 'customer-segments'));
  const titles: Record<SegmentDialog, string> = {
    coverage: 'Coverage: what serves each segment',
    compare: 'Compare segments',
    'side-by-side': 'Segments side by side',
    differences: 'Are they really different?',
    review: 'Review segments',
    health: 'Segment health',
    snapshots: 'Snapshots',
  };
  return (
    <Dialog title={titles[dialog]} open onClose={onClose} wide>
      {dialog === 'snapshots' ? (
        <SnapshotsPanel canvasId={canvasId} />
      ) : segments.length === 0 ? (
        <p className="dialog__text">
          No segments yet. Add a note to Customer Segments: each one is a segment.
        </p>
      ) : dialog === 'coverage' ? (
        <Coverage
          canvasId={canvasId}
          notes={notes}
          segments={segments}
          onAdd={(block, segmentId) => {
            const id = useNinefold
              .getState()
              .actions.addNote(canvasId, block, { segmentIds: [segmentId] });
            onClose();
            requestAnimationFrame(() => onNoteAdded(id));
          }}
        />
      ) : dialog === 'compare' ? (
        <Compare canvasId={canvasId} notes={notes} />
      ) : dialog === 'side-by-side' ? (
        <SideBySide segments={segments} />
      ) : dialog === 'review' ? (
        <ReviewPanel canvasId={canvasId} segments={segments} onDone={onClose} />
      ) : dialog === 'differences' ? (
        <DifferenceTest canvasId={canvasId} segments={segments} />
      ) : (
        <HealthSummary
          notes={notes}
          segments={segments}
          onFix={(check) => {
            onClose();
            navigate(segmentPath(canvasId, check.segmentId));
            focusFieldWhenShown(check.field);
          }}
        />
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function SegmentLabel({ note }: { note: Note }) {
  return (
    <>
      <span className={`segment-mark segment-mark--${segmentOf(note).colour}`} aria-hidden="true" />
      {segmentName(note.text)}
    </>
  );
}

function Coverage({
  notes,
  segments,
  onAdd,
}: {
  canvasId: string;
  notes: Note[];
  segments: Note[];
  onAdd: (block: BlockId, segmentId: string) => void;
}) {
  const count = (segmentId: string, block: BlockId) =>
    notes.filter((n) => n.block === block && n.segmentIds.includes(segmentId)).length;
  const gaps = segments.reduce(
    (sum, s) => sum + COVERAGE_BLOCKS.filter((b) => count(s.id, b) === 0).length,
    0,
  );
  return (
    <>
      <p className="dialog__text">
        {gaps === 0
          ? 'Every segment has something in each of these blocks.'
          : `${gaps} gap${gaps === 1 ? '' : 's'}: a segment with nothing in a block is not yet served there.`}
      </p>
      <TableScroll label="Coverage matrix">
        <table className="matrix">
          <caption className="visually-hidden">
            Notes linked to each segment, by block. Empty cells offer to add one.
          </caption>
          <thead>
            <tr>
              <th scope="col">Segment</th>
              {COVERAGE_BLOCKS.map((b) => (
                <th scope="col" key={b}>
                  {BLOCKS[b].title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {segments.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <SegmentLabel note={s} />
                </th>
                {COVERAGE_BLOCKS.map((b) => {
                  const n = count(s.id, b);
                  return (
                    <td key={b} className={n === 0 ? 'matrix__gap' : undefined}>
                      {n === 0 ? (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={`Add a ${BLOCKS[b].title} note for ${segmentName(s.text)}`}
                          onClick={() => onAdd(b, s.id)}
                        >
                          None: add
                        </button>
                      ) : (
                        <span>
                          {n} note{n === 1 ? '' : 's'}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

const WEIGHT_OPTIONS = [0, 1, 2, 3, 4, 5].map((n) => ({
  id: String(n),
  label: n === 0 ? '0 (ignore)' : String(n),
}));

function Compare({ canvasId, notes }: { canvasId: string; notes: Note[] }) {
  const canvas = useCanvas(canvasId);
  if (!canvas) return null;
  const ranked = rankSegments(notes, canvas.weights);
  const setWeight = (criterion: keyof Weights, value: string | null) =>
    useNinefold.getState().actions.setSegmentWeights(canvasId, { [criterion]: Number(value ?? 0) });
  return (
    <>
      <fieldset className="weights">
        <legend className="field__label">Weights</legend>
        {CRITERIA.map((c) => (
          <SelectField
            key={c.id}
            label={`Weight of ${c.label.toLowerCase()}`}
            value={String(canvas.weights[c.id])}
            options={WEIGHT_OPTIONS}
            onChange={(v) => setWeight(c.id, v)}
          />
        ))}
      </fieldset>
      <TableScroll label="Ranking">
        <table className="ranking">
          <caption>Ranking by attractiveness (weighted average of the scores)</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Segment</th>
              {CRITERIA.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((r) => (
              <tr key={r.noteId}>
                <td>{r.rank ?? '–'}</td>
                <th scope="row">
                  <a
                    href={segmentPath(canvasId, r.noteId)}
                    onClick={(e) => {
                      e.preventDefault();
                      navigate(segmentPath(canvasId, r.noteId));
                    }}
                  >
                    {r.name}
                  </a>
                </th>
                {CRITERIA.map((c) => (
                  <td key={c.id}>{r.scores[c.id] ?? '–'}</td>
                ))}
                <td>{formatTotal(r.total, canvas.weights)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <PriorityChart ranked={ranked} notes={notes} />
    </>
  );
}

/** Depth of pain against market size; bubble size by total. The table above says the same. */
function PriorityChart({ ranked, notes }: { ranked: RankedSegment[]; notes: Note[] }) {
  const plotted = ranked.filter((r) => r.painDepth !== null && r.marketSize !== null);
  const W = 520;
  const H = 360;
  const pad = 48;
  const x = (v: number) => pad + ((v - 0.5) / 5) * (W - pad * 1.5);
  const y = (v: number) => H - pad - ((v - 0.5) / 5) * (H - pad * 1.5);
  const colourOf = (id: string) => notes.find((n) => n.id === id)?.segment?.colour ?? 'teal';
  const labels = placeLabels(
    plotted.map((r) => ({
      x: x(r.marketSize!),
      y: y(r.painDepth!) - (12 + (r.total ?? 1) * 5),
      text: r.name.length > 28 ? `${cutText(r.name, 27)}…` : r.name,
    })),
    W,
    pad / 2,
  );
  return (
    <figure className="priority-chart">
      <figcaption>
        Priority chart: depth of pain (up) against market size (right); bigger bubbles score higher.
        Top right is where to start.
        {plotted.length < ranked.length &&
          ` ${plural(ranked.length - plotted.length, 'segment')} not shown: score ${ranked.length - plotted.length === 1 ? 'its' : 'their'} depth of pain and market size.`}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Priority chart of ${plural(plotted.length, 'segment')}: ${plotted
          .map((r) => `${r.name}, pain ${r.painDepth}, market ${r.marketSize}`)
          .join('; ')}`}
      >
        <rect
          x={pad}
          y={pad / 2}
          width={W - pad * 1.5}
          height={H - pad * 1.5}
          className="chart__area"
        />
        {[1, 2, 3, 4, 5].map((v) => (
          <g key={v} className="chart__tick">
            <text x={x(v)} y={H - pad + 18} textAnchor="middle">
              {v}
            </text>
            <text x={pad - 10} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text x={W / 2} y={H - 8} textAnchor="middle" className="chart__axis">
          Market size →
        </text>
        <text
          x={14}
          y={H / 2}
          textAnchor="middle"
          transform={`rotate(-90 14 ${H / 2})`}
          className="chart__axis"
        >
          Depth of pain →
        </text>
        {plotted.map((r, i) => (
          <g key={r.noteId}>
            <circle
              cx={x(r.marketSize!)}
              cy={y(r.painDepth!)}
              r={8 + (r.total ?? 1) * 5}
              className={`chart__bubble segment-fill--${colourOf(r.noteId)}`}
            />
            <text
              x={labels[i]!.labelX}
              y={labels[i]!.labelY}
              textAnchor="middle"
              className="chart__label"
            >
              {labels[i]!.text}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

function HealthSummary({
  notes,
  segments,
  onFix,
}: {
  notes: Note[];
  segments: Note[];
  onFix: (check: HealthCheck) => void;
}) {
  const health = canvasHealth(notes, dayOf(now()), formatDay);
  const { problem, warning, advice } = health.counts;
  return (
    <>
      <p className="dialog__text" aria-live="polite">
        {problem} problem{problem === 1 ? '' : 's'}, {warning} warning{warning === 1 ? '' : 's'},{' '}
        {advice} piece{advice === 1 ? '' : 's'} of advice across {segments.length} segment
        {segments.length === 1 ? '' : 's'}.
      </p>
      {segments.map((s) => {
        const checks = health.bySegment[s.id] ?? [];
        return (
          <section key={s.id} className="health-summary" aria-label={segmentName(s.text)}>
            <h3 className="health-summary__title">
              <SegmentLabel note={s} />
            </h3>
            {checks.length === 0 ? (
              <p className="health__clear">No problems found.</p>
            ) : (
              <ul className="health-checks">
                {checks.map((check) => (
                  <HealthCheckItem key={check.id} check={check} onFix={onFix} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}

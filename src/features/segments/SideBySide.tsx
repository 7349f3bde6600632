// Every segment side by side: each profile field, the counts of its lists, its validation and
// review, and the latest value of every metric any segment tracks.
import type { Note } from '../../domain/canvas.schema';
import { MERGE_FIELDS } from '../../domain/segment-merge';
import {
  cadenceLabel,
  dayOf,
  formatMetricValue,
  metricName,
  nextReview,
} from '../../domain/segment-operational';
import {
  METRIC_KINDS,
  VALIDATION_STATUSES,
  type Metric,
} from '../../domain/segment-operational.schema';
import { segmentName, segmentOf } from '../../domain/segment-ops';
import { formatDay } from '../../ui/format';
import { TableScroll } from '../../ui/TableScroll';

const metricKey = (m: Metric) =>
  m.kind === 'custom' ? `custom:${m.name.trim().toLowerCase()}` : m.kind;

export function SideBySide({
  segments,
  label = 'Segments side by side',
}: {
  segments: Note[];
  /** The table's name (its scroll region's too). */
  label?: string;
}) {
  const rows: { label: string; cells: string[] }[] = [];
  // The name heads each column; validation and review have rows of their own, below.
  const own = new Set(['name', 'colour', 'validation', 'review']);
  for (const f of MERGE_FIELDS.filter((f) => !own.has(f.id)))
    rows.push({ label: f.label, cells: segments.map((s) => f.show(f.get(s)) || '—') });
  const count = (label: string, of: (n: Note) => number) =>
    rows.push({ label, cells: segments.map((s) => String(of(s))) });
  count('Jobs', (s) => segmentOf(s).jobs.length);
  count('Pains', (s) => segmentOf(s).pains.length);
  count('Gains', (s) => segmentOf(s).gains.length);
  count('Personas', (s) => segmentOf(s).personas.length);
  count('Evidence entries', (s) => segmentOf(s).evidence.length);
  count('Onboarding steps', (s) => segmentOf(s).playbook.onboarding.length);
  rows.push({
    label: 'Validation',
    cells: segments.map(
      (s) => VALIDATION_STATUSES.find((v) => v.id === segmentOf(s).validation.status)!.label,
    ),
  });
  rows.push({
    label: 'Review',
    cells: segments.map((s) => cadenceLabel(segmentOf(s).review.cadenceDays)),
  });
  rows.push({
    label: 'Next review',
    cells: segments.map((s) => {
      const next = nextReview(segmentOf(s), dayOf(s.createdAt));
      return next ? formatDay(next) : '—';
    }),
  });
  // Every metric any segment tracks, standard ones in their order, then custom ones.
  const metrics = new Map<string, string>();
  for (const kind of METRIC_KINDS)
    for (const s of segments)
      for (const m of segmentOf(s).metrics)
        if (m.kind === kind.id && !metrics.has(metricKey(m)))
          metrics.set(metricKey(m), metricName(m));
  for (const [key, label] of metrics)
    rows.push({
      label,
      cells: segments.map((s) => {
        const segment = segmentOf(s);
        const m = segment.metrics.find((x) => metricKey(x) === key);
        const last = m?.values[m.values.length - 1];
        return m && last
          ? `${formatMetricValue(m, last.value, segment.size.currency)} (${formatDay(last.date)})`
          : '—';
      }),
    });
  return (
    <TableScroll label={label}>
      <table className="side-by-side">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <td />
            {segments.map((s) => (
              <th key={s.id} scope="col">
                <span
                  className={`segment-mark segment-mark--${segmentOf(s).colour}`}
                  aria-hidden="true"
                />
                {segmentName(s.text)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => (
                <td key={segments[i]!.id}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

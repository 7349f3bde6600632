// Living segmentation: dated values of the metrics that tell segments apart, each with a
// sparkline here and a fuller chart on demand.
import { useId, useState } from 'react';
import type { Note } from '../../domain/canvas.schema';
import {
  dayOf,
  formatMetricValue,
  metricName,
  metricTrend,
  metricValueProblem,
} from '../../domain/segment-operational';
import { METRIC_KINDS, METRICS_LIMIT, type Metric } from '../../domain/segment-operational.schema';
import { segmentOf } from '../../domain/segment-ops';
import { useNinefold } from '../../store/index';
import { TextInput } from '../../ui/TextInput';
import { Dialog } from '../../ui/Dialog';
import { formatDay } from '../../ui/format';
import { DateField, Section, SelectField, TextField } from './fields';
import { focusNextFrame, removeKeepingFocus } from '../../ui/focus';
import { parseTypedNumber } from '../../domain/text';

const now = () => Date.now();

/**
 * Reads a typed value: "1,200", "1 200", "4.5", "4,5 %", "-3"; for a `count` (customers), "1.200"
 * is 1,200. Null when it is not one.
 */
export function parseMetricValue(text: string, count = false): number | null {
  const n = parseTypedNumber(text.trim().replace(/%$/, ''), { count });
  return n !== null && Math.abs(n) <= 1e15 ? n : null;
}

/** The values as points in a w × h box (oldest left), for a polyline. */
/**
 * The values as points in a w × h box, oldest left, placed by their dates: a month's gap is
 * twice a fortnight's, so an irregular record does not look like a steady rhythm.
 */
export function metricPoints(metric: Metric, w: number, h: number, pad: number): string {
  const values = metric.values.map((v) => v.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const days = metric.values.map((v) => Date.parse(`${v.date}T00:00:00Z`));
  const first = days[0] ?? 0;
  const period = (days[days.length - 1] ?? 0) - first;
  const x = (i: number) =>
    period > 0
      ? ((days[i]! - first) / period) * (w - 2 * pad)
      : values.length > 1
        ? (i / (values.length - 1)) * (w - 2 * pad)
        : 0;
  return values
    .map(
      (v, i) =>
        `${(pad + x(i)).toFixed(1)},${(h - pad - ((v - min) / span) * (h - 2 * pad)).toFixed(1)}`,
    )
    .join(' ');
}

function describe(metric: Metric, currency: string): string {
  const first = metric.values[0];
  const last = metric.values[metric.values.length - 1];
  if (!first || !last) return `${metricName(metric)}: no values yet`;
  if (first === last)
    return `${metricName(metric)}: ${formatMetricValue(metric, first.value, currency)} on ${formatDay(first.date)}`;
  return `${metricName(metric)}: from ${formatMetricValue(metric, first.value, currency)} on ${formatDay(first.date)} to ${formatMetricValue(metric, last.value, currency)} on ${formatDay(last.date)}, ${metric.values.length} values`;
}

export function Sparkline({
  metric,
  currency,
  width = 120,
  height = 32,
}: {
  metric: Metric;
  currency: string;
  width?: number;
  height?: number;
}) {
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={describe(metric, currency)}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
    >
      {metric.values.length > 0 && (
        <polyline points={metricPoints(metric, width, height, 3)} fill="none" strokeWidth="2" />
      )}
    </svg>
  );
}

function MetricChart({ metric, currency }: { metric: Metric; currency: string }) {
  const w = 560;
  const h = 220;
  const values = metric.values.map((v) => v.value);
  return (
    <>
      <svg
        className="metric-chart"
        role="img"
        aria-label={describe(metric, currency)}
        viewBox={`0 0 ${w} ${h}`}
      >
        <line x1="40" y1={h - 30} x2={w - 10} y2={h - 30} className="metric-chart__axis" />
        <line x1="40" y1="10" x2="40" y2={h - 30} className="metric-chart__axis" />
        {values.length > 0 && (
          <>
            <text x="36" y="18" textAnchor="end" className="metric-chart__label">
              {formatMetricValue(metric, Math.max(...values), currency)}
            </text>
            <text x="36" y={h - 32} textAnchor="end" className="metric-chart__label">
              {formatMetricValue(metric, Math.min(...values), currency)}
            </text>
            <g transform="translate(40 0)">
              <polyline
                points={metricPoints(metric, w - 50, h - 30, 10)}
                fill="none"
                strokeWidth="2.5"
              />
            </g>
            <text x="40" y={h - 10} className="metric-chart__label">
              {formatDay(metric.values[0]!.date)}
            </text>
            <text x={w - 10} y={h - 10} textAnchor="end" className="metric-chart__label">
              {formatDay(metric.values[metric.values.length - 1]!.date)}
            </text>
          </>
        )}
      </svg>
      <table className="metric-table">
        <caption className="visually-hidden">{metricName(metric)}: every value</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {metric.values.map((v) => (
            <tr key={v.id}>
              <td>{formatDay(v.date)}</td>
              <td>{formatMetricValue(metric, v.value, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function MetricRow({ note, metric }: { note: Note; metric: Metric }) {
  const { actions } = useNinefold.getState();
  const currency = segmentOf(note).size.currency;
  const name = metricName(metric);
  const formId = useId();
  const [date, setDate] = useState(() => dayOf(now()));
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [chart, setChart] = useState(false);
  const last = metric.values[metric.values.length - 1];
  const trend = metricTrend(metric);
  const add = () => {
    const number = parseMetricValue(value, metric.kind === 'customers');
    if (number === null) {
      setProblem(
        value.trim() === ''
          ? 'Enter a value first.'
          : `“${value.slice(0, 40)}” is not a number. Enter a number, like 1200 or 4.5.`,
      );
      return;
    }
    const unfit = metricValueProblem(metric.kind, number);
    if (unfit) return setProblem(unfit);
    setProblem(null);
    actions.addMetricValue(note.id, metric.id, date, number);
    setValue('');
  };
  return (
    <li className="metric" aria-labelledby={`${formId}-name`}>
      <div className="metric__summary">
        <h4 className="metric__name" id={`${formId}-name`}>
          {name}
        </h4>
        <Sparkline metric={metric} currency={currency} />
        <span className="metric__latest">
          {last ? formatMetricValue(metric, last.value, currency) : 'No values yet'}
          {trend !== null && (
            <span className="metric__trend">
              {' '}
              ({trend >= 0 ? '+' : ''}
              {Math.round(trend * 100)} % since {formatDay(metric.values[0]!.date)})
            </span>
          )}
        </span>
      </div>
      {metric.kind === 'custom' && (
        <div className="field-row">
          <TextField
            label={`Name of metric ${name}`}
            value={metric.name}
            maxLength={80}
            onChange={(n, key) => actions.updateMetric(note.id, metric.id, { name: n }, key)}
          />
          <TextField
            label={`Unit of ${name}`}
            placeholder="orders, NPS points, hours"
            value={metric.unit}
            maxLength={30}
            onChange={(unit, key) => actions.updateMetric(note.id, metric.id, { unit }, key)}
          />
        </div>
      )}
      <div className="metric__add">
        <DateField
          label={`Date for ${name}`}
          value={date}
          required
          onChange={(d) => d && setDate(d)}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${formId}-value`}>
            Value of {name}
          </label>
          <TextInput
            id={`${formId}-value`}
            className="field__input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${formId}-problem` : undefined}
            onValueChange={setValue}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <button type="button" className="button button--small" onClick={add}>
          Add value to {name}
        </button>
      </div>
      {problem && (
        <p className="field__problem" id={`${formId}-problem`} role="alert">
          {problem}
        </p>
      )}
      {metric.values.length > 0 && (
        <details className="metric__values">
          <summary>All values ({metric.values.length})</summary>
          <ul>
            {metric.values.map((v) => (
              <li key={v.id}>
                {formatDay(v.date)}: {formatMetricValue(metric, v.value, currency)}{' '}
                <button
                  type="button"
                  className="link-button"
                  data-removes="metric-value"
                  onClick={(e) => {
                    // The last value gone: into the metric's value field, to enter another.
                    const row = e.currentTarget.closest('.metric');
                    removeKeepingFocus(
                      e.currentTarget,
                      () => actions.removeMetricValue(note.id, metric.id, v.id),
                      () => row?.querySelector<HTMLElement>('input'),
                    );
                  }}
                >
                  Remove value of {formatDay(v.date)}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="metric__actions">
        <button
          type="button"
          className="button button--small"
          disabled={metric.values.length === 0}
          onClick={() => setChart(true)}
        >
          Chart of {name}
        </button>
        <button
          type="button"
          className="link-button"
          data-removes="metric"
          onClick={(e) =>
            removeKeepingFocus(e.currentTarget, () => actions.removeMetric(note.id, metric.id))
          }
        >
          Remove {name}
        </button>
      </div>
      <Dialog title={`${name} over time`} open={chart} onClose={() => setChart(false)} wide>
        <MetricChart metric={metric} currency={currency} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setChart(false)}>
            Close
          </button>
        </div>
      </Dialog>
    </li>
  );
}

export function MetricsSection({ note }: { note: Note }) {
  const segment = segmentOf(note);
  const { actions } = useNinefold.getState();
  const taken = new Set(segment.metrics.map((m) => m.kind));
  const available = METRIC_KINDS.filter((k) => k.id === 'custom' || !taken.has(k.id));
  const [kind, setKind] = useState<Metric['kind']>(available[0]?.id ?? 'custom');
  const chosen = available.some((k) => k.id === kind) ? kind : (available[0]?.id ?? 'custom');
  const full = segment.metrics.length >= METRICS_LIMIT;
  return (
    <Section
      title="Metrics over time"
      id="seg-metrics"
      description="The numbers that tell segments apart, dated, so you can see which is growing, which is leaking margin and which strains the team."
    >
      {segment.metrics.length > 0 && (
        <ul className="metrics" id="seg-field-metrics" tabIndex={-1}>
          {segment.metrics.map((m) => (
            <MetricRow key={m.id} note={note} metric={m} />
          ))}
        </ul>
      )}
      <div className="field-row field-row--end">
        <SelectField
          label="Metric to add"
          value={chosen}
          options={available.map((k) => ({ id: k.id, label: k.label }))}
          onChange={(k) => k && setKind(k)}
        />
        <button
          type="button"
          className="button button--small"
          disabled={full}
          onClick={() => {
            // Into the new metric's first field, as "Add job" goes into the new job.
            if (actions.addMetric(note.id, chosen))
              focusNextFrame(() =>
                document.querySelector<HTMLElement>('#seg-field-metrics > li:last-child input'),
              );
          }}
        >
          Add metric
        </button>
      </div>
      {full && <p className="field__hint">A segment tracks at most {METRICS_LIMIT} metrics.</p>}
    </Section>
  );
}

// Operations on a segment's operational side (segment-operational.schema.ts) as plain functions:
// validation status, evidence, metrics, review dates and the playbook. Each returns a new note.
import type { Note } from './canvas.schema';
import { nextTimestamp } from './canvas-ops';
import { segmentOf } from './segment-ops';
import type { Segment } from './segment.schema';
import {
  METRIC_KINDS,
  type Evidence,
  type Metric,
  type MetricKind,
  type MetricValue,
  type Playbook,
  type PlaybookStep,
  type Review,
  type ValidationStatus,
} from './segment-operational.schema';

function edit(note: Note, change: (segment: Segment) => Segment, now: number): Note {
  return {
    ...note,
    segment: change(segmentOf(note)),
    updatedAt: nextTimestamp(note.updatedAt, now),
  };
}

/** Items with ids: patch one, remove one, move one. */
const patchItem = <T extends { id: string }>(
  items: readonly T[],
  id: string,
  patch: Partial<NoInfer<T>>,
) => items.map((item) => (item.id === id ? { ...item, ...patch } : item));
const withoutItem = <T extends { id: string }>(items: readonly T[], id: string) =>
  items.filter((item) => item.id !== id);
function moveItem<T extends { id: string }>(items: readonly T[], id: string, toIndex: number) {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, moved!);
  return next;
}

/** Today as a calendar day in the user's time zone: "2026-11-25". */
export function dayOf(timestamp: number): string {
  const d = new Date(timestamp);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A calendar day plus some days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayOf(new Date(y, m - 1, d + days, 12).getTime());
}

// ---------- validation ----------
export function setValidationStatus(note: Note, status: ValidationStatus, now: number): Note {
  if (segmentOf(note).validation.status === status) return note;
  return edit(
    note,
    (s) => ({ ...s, validation: { status, changedAt: new Date(now).toISOString() } }),
    now,
  );
}

// ---------- evidence ----------
export function newEvidence(id: string, today: string): Evidence {
  return {
    id,
    type: 'interview',
    date: today,
    summary: '',
    quote: '',
    source: '',
    supports: true,
    about: null,
  };
}

export function addEvidence(note: Note, entry: Evidence, now: number): Note {
  // Newest first: the log reads from the latest finding down.
  return edit(note, (s) => ({ ...s, evidence: [entry, ...s.evidence] }), now);
}

export function updateEvidence(
  note: Note,
  id: string,
  patch: Partial<Omit<Evidence, 'id'>>,
  now: number,
): Note {
  return edit(note, (s) => ({ ...s, evidence: patchItem(s.evidence, id, patch) }), now);
}

export function removeEvidence(note: Note, id: string, now: number): Note {
  return edit(note, (s) => ({ ...s, evidence: withoutItem(s.evidence, id) }), now);
}

/** How the evidence leans: counts of entries that support and that contradict. */
export function evidenceBalance(segment: Segment): { supports: number; contradicts: number } {
  const supports = segment.evidence.filter((e) => e.supports).length;
  return { supports, contradicts: segment.evidence.length - supports };
}

// ---------- metrics ----------
/** A metric's name: the standard one's label, or what the user called theirs. */
export function metricName(metric: Metric): string {
  if (metric.kind === 'custom') return metric.name.trim() || 'Unnamed metric';
  return METRIC_KINDS.find((k) => k.id === metric.kind)!.label;
}

/**
 * Why a value cannot be a reading of this kind of metric, or null when it can: customers are
 * counted whole; counts and durations are not below 0; a churn rate is a share, 0–100 %; a
 * margin can be negative but not above 100 %. Revenue and your own metrics take any number.
 */
export function metricValueProblem(kind: MetricKind, value: number): string | null {
  switch (kind) {
    case 'customers':
      return Number.isInteger(value) && value >= 0
        ? null
        : 'Customers are counted in whole numbers, 0 or more.';
    case 'tickets':
      return value >= 0 ? null : 'Tickets per account cannot be below 0.';
    case 'timeToValue':
      return value >= 0 ? null : 'A time to value cannot be below 0 days.';
    case 'churn':
      return value >= 0 && value <= 100 ? null : 'A churn rate is between 0 and 100 %.';
    case 'grossMargin':
      return value <= 100 ? null : 'A gross margin cannot be above 100 %.';
    default:
      return null;
  }
}

// Made once per currency: building an Intl formatter for every value cost more than the rest.
const metricFormats = new Map<string, Intl.NumberFormat | null>();
function metricFormat(currency: string | null): Intl.NumberFormat | null {
  const key = currency ?? '';
  if (!metricFormats.has(key)) {
    let format: Intl.NumberFormat | null;
    try {
      format = currency
        ? new Intl.NumberFormat(undefined, { style: 'currency', currency })
        : new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
    } catch {
      format = null; // a currency code Intl does not know
    }
    metricFormats.set(key, format);
  }
  return metricFormats.get(key)!;
}

/** A value with its unit: "1,200 customers", "4.5 %", "$12,000.00", "48 points". */
export function formatMetricValue(metric: Metric, value: number, currency: string): string {
  const kind = METRIC_KINDS.find((k) => k.id === metric.kind)!;
  if (kind.unit === 'currency')
    return metricFormat(currency)?.format(value) ?? `${value} ${currency}`;
  const number = metricFormat(null)!.format(value);
  const unit = metric.kind === 'custom' ? metric.unit.trim() : kind.unit;
  if (unit === '%') return `${number} %`;
  return unit ? `${number} ${unit}` : number;
}

export function newMetric(id: string, kind: MetricKind, name = '', unit = ''): Metric {
  return {
    id,
    kind,
    name: kind === 'custom' ? name : '',
    unit: kind === 'custom' ? unit : '',
    values: [],
  };
}

export function addMetric(note: Note, metric: Metric, now: number): Note {
  return edit(note, (s) => ({ ...s, metrics: [...s.metrics, metric] }), now);
}

export function updateMetric(
  note: Note,
  metricId: string,
  patch: Partial<Pick<Metric, 'name' | 'unit'>>,
  now: number,
): Note {
  return edit(note, (s) => ({ ...s, metrics: patchItem(s.metrics, metricId, patch) }), now);
}

export function removeMetric(note: Note, metricId: string, now: number): Note {
  return edit(note, (s) => ({ ...s, metrics: withoutItem(s.metrics, metricId) }), now);
}

// Values of one day keep the order they were entered in (the sort is stable): the latest entered
// is the day's latest, not whichever random id sorts last.
const byDate = (a: MetricValue, b: MetricValue) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

function editValues(
  note: Note,
  metricId: string,
  change: (values: MetricValue[]) => MetricValue[],
  now: number,
): Note {
  return edit(
    note,
    (s) => ({
      ...s,
      metrics: s.metrics.map((m) =>
        m.id === metricId ? { ...m, values: change(m.values).sort(byDate) } : m,
      ),
    }),
    now,
  );
}

/** Adds a dated value; values stay in date order. */
export function addMetricValue(note: Note, metricId: string, value: MetricValue, now: number) {
  return editValues(note, metricId, (values) => [...values, value], now);
}

export function updateMetricValue(
  note: Note,
  metricId: string,
  valueId: string,
  patch: Partial<Omit<MetricValue, 'id'>>,
  now: number,
) {
  return editValues(note, metricId, (values) => patchItem(values, valueId, patch), now);
}

export function removeMetricValue(note: Note, metricId: string, valueId: string, now: number) {
  return editValues(note, metricId, (values) => withoutItem(values, valueId), now);
}

/** Change from the first to the last value, as a fraction of the first (null under two values). */
export function metricTrend(metric: Metric): number | null {
  const first = metric.values[0];
  const last = metric.values[metric.values.length - 1];
  if (!first || !last || metric.values.length < 2 || first.value === 0) return null;
  return (last.value - first.value) / Math.abs(first.value);
}

// ---------- review ----------
export function updateReview(note: Note, patch: Partial<Review>, now: number): Note {
  return edit(note, (s) => ({ ...s, review: { ...s.review, ...patch } }), now);
}

/**
 * The segment's next review day: the planned one, or a cadence after the last review, or (never
 * reviewed nor planned) a cadence after `since`, the day the segment was created: monthly by
 * default.
 */
export function nextReview(segment: Segment, since?: string): string | null {
  const { review } = segment;
  if (review.nextReviewOn) return review.nextReviewOn;
  const from = review.lastReviewedOn ?? since;
  return from ? addDays(from, review.cadenceDays) : null;
}

/** Review rhythms to choose from, in days. */
export const REVIEW_CADENCES = [
  { id: '7', label: 'Every week' },
  { id: '14', label: 'Every two weeks' },
  { id: '30', label: 'Every month' },
  { id: '91', label: 'Every quarter' },
] as const;

/** A rhythm in words: "Every month", or "Every 45 days" for one not offered. */
export function cadenceLabel(days: number): string {
  return REVIEW_CADENCES.find((c) => c.id === String(days))?.label ?? `Every ${days} days`;
}

export function isReviewOverdue(segment: Segment, today: string, since?: string): boolean {
  const next = nextReview(segment, since);
  return next !== null && next < today;
}

// ---------- playbook ----------
export function updatePlaybook(
  note: Note,
  patch: Partial<Omit<Playbook, 'onboarding'>>,
  now: number,
): Note {
  return edit(note, (s) => ({ ...s, playbook: { ...s.playbook, ...patch } }), now);
}

function editSteps(note: Note, change: (steps: PlaybookStep[]) => PlaybookStep[], now: number) {
  return edit(
    note,
    (s) => ({ ...s, playbook: { ...s.playbook, onboarding: change(s.playbook.onboarding) } }),
    now,
  );
}

export function addPlaybookStep(note: Note, step: PlaybookStep, now: number): Note {
  return editSteps(note, (steps) => [...steps, step], now);
}

export function updatePlaybookStep(note: Note, id: string, text: string, now: number): Note {
  return editSteps(note, (steps) => patchItem(steps, id, { text }), now);
}

export function removePlaybookStep(note: Note, id: string, now: number): Note {
  return editSteps(note, (steps) => withoutItem(steps, id), now);
}

export function movePlaybookStep(note: Note, id: string, toIndex: number, now: number): Note {
  return editSteps(note, (steps) => moveItem(steps, id, toIndex), now);
}

// ---------- the review ----------
// Each answer is logged as evidence on the segment named: growing fastest supports it; leaking
// margin and straining the team count against it.
export const REVIEW_QUESTIONS = [
  { id: 'growing', label: 'Which segment is growing fastest?', supports: true },
  { id: 'margin', label: 'Which segment is leaking margin?', supports: false },
  {
    id: 'instability',
    label: 'Which segment creates operational instability?',
    supports: false,
  },
] as const;
export type ReviewQuestion = (typeof REVIEW_QUESTIONS)[number]['id'];

/** A review's answer about one segment, to be logged as evidence on it. */
export interface ReviewFinding {
  summary: string;
  /** For the segment (growing fastest) or against it (leaking margin, straining the team). */
  supports: boolean;
}

const metricOf = (segment: Segment, kind: MetricKind) =>
  segment.metrics.find((m) => m.kind === kind && m.values.length > 0);

/**
 * What the metrics suggest for each review question (a segment note id, or null): the fastest
 * growth in customers (or revenue); the gross margin falling most (or lowest); the most support
 * tickets per account.
 */
export function reviewSuggestions(
  segments: readonly Note[],
): Record<ReviewQuestion, { id: string; why: string } | null> {
  const best = (score: (s: Segment) => number | null, why: (v: number) => string) => {
    let top: { id: string; value: number } | null = null;
    for (const n of segments) {
      const value = score(segmentOf(n));
      if (value !== null && (top === null || value > top.value)) top = { id: n.id, value };
    }
    return top ? { id: top.id, why: why(top.value) } : null;
  };
  const pct = (v: number) => `${v >= 0 ? '+' : ''}${Math.round(v * 100)} %`;
  const growth = (s: Segment) => {
    const m = metricOf(s, 'customers') ?? metricOf(s, 'revenue');
    const t = m ? metricTrend(m) : null;
    return t !== null && t > 0 ? t : null;
  };
  // A falling margin first (the steepest fall); when no margin falls, the lowest margin.
  const falling = (s: Segment) => {
    const m = metricOf(s, 'grossMargin');
    const t = m ? metricTrend(m) : null;
    return t !== null && t < 0 ? -t : null;
  };
  const low = (s: Segment) => {
    const m = metricOf(s, 'grossMargin');
    return m ? -m.values[m.values.length - 1]!.value : null;
  };
  const load = (s: Segment) => {
    const m = metricOf(s, 'tickets');
    return m ? m.values[m.values.length - 1]!.value : null;
  };
  return {
    growing: best(growth, (v) => `customers or revenue ${pct(v)}`),
    margin:
      best(falling, (v) => `gross margin ${pct(-v)}`) ?? best(low, (v) => `gross margin ${-v} %`),
    instability: best(load, (v) => `${v} tickets per account`),
  };
}

/**
 * A review recorded on one segment: its findings (if any) logged as evidence, and its review
 * dates moved on (last reviewed today, next review a cadence from now).
 */
export function recordReview(
  note: Note,
  findings: readonly (ReviewFinding & { id: string })[],
  today: string,
  now: number,
): Note {
  return edit(
    note,
    (s) => ({
      ...s,
      evidence: [
        ...findings.map((f): Evidence => ({
          ...newEvidence(f.id, today),
          type: 'analytics',
          summary: f.summary,
          supports: f.supports,
          source: `Segment review, ${today}`,
        })),
        ...s.evidence,
      ],
      review: {
        ...s.review,
        lastReviewedOn: today,
        nextReviewOn: addDays(today, s.review.cadenceDays),
      },
    }),
    now,
  );
}

// What makes a segment operational (part 2 of the segment workspace): validation status and the
// evidence log, metrics over time, the review cadence and the playbook. zod/mini, like every
// schema; SegmentSchema (segment.schema.ts) holds one of each. Its object schemas are built on
// first use, as segment.schema.ts explains.
import * as z from 'zod/mini';

const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));
const line = () => z.string().check(z.maxLength(280));
const text = () => z.string().check(z.maxLength(2000));

/** A calendar day, "2026-11-25": evidence dates, metric dates, review dates. */
export const DaySchema = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'should be a date like 2026-11-25'),
  );
/** A moment, as ISO 8601 with time: when a status changed. */
export const MomentSchema = z.string().check(z.maxLength(40), z.regex(/^\d{4}-\d{2}-\d{2}T/));

// ---------- validation and evidence ----------
export const VALIDATION_STATUSES = [
  { id: 'hypothesis', label: 'Hypothesis', hint: 'Believed, not yet tested.' },
  { id: 'testing', label: 'Testing', hint: 'Interviews or experiments under way.' },
  { id: 'validated', label: 'Validated', hint: 'Evidence shows the segment is real.' },
  { id: 'invalidated', label: 'Invalidated', hint: 'Evidence shows it is not (as described).' },
] as const;
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number]['id'];
export const ValidationStatusSchema = z.enum(
  VALIDATION_STATUSES.map((s) => s.id) as [ValidationStatus, ...ValidationStatus[]],
);

export const ValidationSchema = z.lazy(() =>
  z.object({
    status: ValidationStatusSchema,
    /** When the status last changed; null while it has never been set. */
    changedAt: z.nullable(MomentSchema),
  }),
);
export type Validation = z.infer<typeof ValidationSchema>;

export const EVIDENCE_TYPES = [
  { id: 'interview', label: 'Interview' },
  { id: 'survey', label: 'Survey' },
  { id: 'analytics', label: 'Analytics' },
  { id: 'experiment', label: 'Experiment' },
  { id: 'other', label: 'Other' },
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number]['id'];
export const EvidenceTypeSchema = z.enum(
  EVIDENCE_TYPES.map((t) => t.id) as [EvidenceType, ...EvidenceType[]],
);

export const EvidenceSchema = z.lazy(() =>
  z.object({
    id: IdSchema,
    type: EvidenceTypeSchema,
    date: DaySchema,
    summary: text(),
    quote: line(),
    source: line(),
    /** Whether it supports or contradicts the segment (or `about`, one of its jobs, pains, gains). */
    supports: z.boolean(),
    /** A job, pain or gain of this segment (its id), or null for the segment as a whole. */
    about: z.nullable(IdSchema),
  }),
);
export type Evidence = z.infer<typeof EvidenceSchema>;
export const EVIDENCE_LIMIT = 200;

// ---------- metrics over time ----------
export const METRIC_KINDS = [
  { id: 'customers', label: 'Customers', unit: 'customers', hint: 'Paying customers or accounts.' },
  { id: 'revenue', label: 'Revenue', unit: 'currency', hint: 'Revenue in the period.' },
  { id: 'churn', label: 'Churn rate', unit: '%', hint: 'Share of customers lost in the period.' },
  {
    id: 'tickets',
    label: 'Support tickets per account',
    unit: 'tickets',
    hint: 'Support load: tickets per account in the period.',
  },
  {
    id: 'timeToValue',
    label: 'Time to value',
    unit: 'days',
    hint: 'Days from sign-up to the first real result.',
  },
  { id: 'grossMargin', label: 'Gross margin', unit: '%', hint: 'Revenue less cost to serve.' },
  { id: 'custom', label: 'Your own metric', unit: '', hint: 'Any measure, with its unit.' },
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number]['id'];
export const MetricKindSchema = z.enum(
  METRIC_KINDS.map((k) => k.id) as [MetricKind, ...MetricKind[]],
);

export const MetricValueSchema = z.lazy(() =>
  z.object({
    id: IdSchema,
    date: DaySchema,
    value: z.number().check(z.minimum(-1e15), z.maximum(1e15)),
  }),
);
export type MetricValue = z.infer<typeof MetricValueSchema>;

export const MetricSchema = z.lazy(() =>
  z.object({
    id: IdSchema,
    kind: MetricKindSchema,
    /** The name of a custom metric (empty for the standard ones, which have theirs). */
    name: z.string().check(z.maxLength(80)),
    /** The unit of a custom metric ("NPS points", "orders"). */
    unit: z.string().check(z.maxLength(30)),
    /** Dated values, oldest first. */
    values: z.array(MetricValueSchema).check(z.maxLength(500)),
  }),
);
export type Metric = z.infer<typeof MetricSchema>;
export const METRICS_LIMIT = 20;

// ---------- review cadence ----------
export const ReviewSchema = z.lazy(() =>
  z.object({
    /** Days between reviews (30: monthly). */
    cadenceDays: z.int().check(z.minimum(1), z.maximum(366)),
    /** The next review, or null before the first is planned. */
    nextReviewOn: z.nullable(DaySchema),
    lastReviewedOn: z.nullable(DaySchema),
  }),
);
export type Review = z.infer<typeof ReviewSchema>;
export const DEFAULT_REVIEW_DAYS = 30;

// ---------- playbook ----------
export const PlaybookStepSchema = z.lazy(() => z.object({ id: IdSchema, text: line() }));
export type PlaybookStep = z.infer<typeof PlaybookStepSchema>;

export const PlaybookSchema = z.lazy(() =>
  z.object({
    /** Onboarding, step by step, in order. */
    onboarding: z.array(PlaybookStepSchema).check(z.maxLength(50)),
    serviceLevels: text(),
    handoffs: text(),
    escalation: text(),
    capacity: text(),
  }),
);
export type Playbook = z.infer<typeof PlaybookSchema>;
export const PLAYBOOK_FIELDS = [
  {
    id: 'serviceLevels',
    label: 'Service-level targets',
    hint: 'What this segment is promised: response and resolution times, uptime.',
  },
  {
    id: 'handoffs',
    label: 'Hand-off rules',
    hint: 'When an account moves between teams (sales to onboarding to success), and what goes with it.',
  },
  {
    id: 'escalation',
    label: 'Escalation thresholds',
    hint: 'The signals that call for someone senior: tickets, usage drops, overdue invoices.',
  },
  {
    id: 'capacity',
    label: 'Capacity-planning assumptions',
    hint: 'What serving this segment takes per account, and how many one person can handle.',
  },
] as const;
export type PlaybookField = (typeof PLAYBOOK_FIELDS)[number]['id'];

export function emptyOperations(): {
  validation: Validation;
  evidence: Evidence[];
  metrics: Metric[];
  review: Review;
  playbook: Playbook;
} {
  return {
    validation: { status: 'hypothesis', changedAt: null },
    evidence: [],
    metrics: [],
    review: { cadenceDays: DEFAULT_REVIEW_DAYS, nextReviewOn: null, lastReviewedOn: null },
    playbook: { onboarding: [], serviceLevels: '', handoffs: '', escalation: '', capacity: '' },
  };
}

// A customer segment: every note in the Customer Segments block carries one (note.segment).
// The note's text is the segment's name; everything else about the segment lives here.
// zod/mini, like every schema: the single source of these types.
//
// The object schemas here (and in segment-operational.schema.ts) are built on first use
// (`z.lazy`), not when the module loads: building them all took 3–4 ms of every page's start, and
// a canvas without segments never needs them (reading a note that is not a segment uses the
// compiled parser of canvas-parsers.ts). Enums and small leaf schemas are built as usual.
import * as z from 'zod/mini';
import { PRICING_MODELS, SEGMENT_COLOURS } from './palettes';
import {
  emptyOperations,
  EVIDENCE_LIMIT,
  EvidenceSchema,
  METRICS_LIMIT,
  MetricSchema,
  PlaybookSchema,
  ReviewSchema,
  ValidationSchema,
} from './segment-operational.schema';

export const SEGMENT_TEXT_MAX = 2000;
export const SEGMENT_LINE_MAX = 280;
const PROFILE_LIST_MAX = 50;
const PERSONAS_MAX = 12;

const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));
const line = () => z.string().check(z.maxLength(SEGMENT_LINE_MAX));
const text = () => z.string().check(z.maxLength(SEGMENT_TEXT_MAX));

/** Explained choices: each option has a label, a one-line explanation and (where useful) an example. */
export interface Choice<K extends string> {
  id: K;
  label: string;
  hint: string;
  example?: string;
}

/** A zod enum of the ids of a list of choices: one list gives the options and the schema. */
function choiceSchema<const C extends readonly Choice<string>[]>(choices: C) {
  type Id = C[number]['id'];
  return z.enum(choices.map((c) => c.id) as [Id, ...Id[]]);
}

// ---------- identity ----------
export const ARCHETYPES = [
  {
    id: 'mass-market',
    label: 'Mass market',
    hint: 'One large group with broadly similar needs and problems.',
    example: 'Consumer electronics sold to everyone who wants a phone.',
  },
  {
    id: 'niche-market',
    label: 'Niche market',
    hint: 'A specific, specialised group served with tailored offers.',
    example: 'A car-parts supplier that serves only major car makers.',
  },
  {
    id: 'segmented',
    label: 'Segmented',
    hint: 'Groups with slightly different needs and problems, served side by side.',
    example: 'A bank that serves mass retail and high-net-worth clients differently.',
  },
  {
    id: 'diversified',
    label: 'Diversified',
    hint: 'Unrelated groups with very different needs, served by one business.',
    example: 'An online shop that also sells cloud computing to developers.',
  },
  {
    id: 'multi-sided',
    label: 'Multi-sided platform',
    hint: 'Two or more interdependent groups; the platform needs every side.',
    example: 'A ride-hailing app that needs both riders and drivers.',
  },
] as const satisfies readonly Choice<string>[];
export const ArchetypeSchema = choiceSchema(ARCHETYPES);
export type Archetype = (typeof ARCHETYPES)[number]['id'];

export const KINDS = [
  { id: 'b2b', label: 'B2B', hint: 'Businesses buy, for use inside the business.' },
  { id: 'b2c', label: 'B2C', hint: 'People buy for themselves.' },
  { id: 'b2b2c', label: 'B2B2C', hint: 'A business buys or resells; people use it.' },
] as const satisfies readonly Choice<string>[];
export type SegmentKind = (typeof KINDS)[number]['id'];
export const SegmentKindSchema = choiceSchema(KINDS);

export const PRIORITIES = [
  { id: 'primary', label: 'Primary', hint: 'The segment the business is built around now.' },
  { id: 'secondary', label: 'Secondary', hint: 'Served, but not what decisions are made for.' },
  { id: 'exploring', label: 'Exploring', hint: 'A hypothesis still being tested.' },
] as const satisfies readonly Choice<string>[];
export type SegmentPriority = (typeof PRIORITIES)[number]['id'];
export const SegmentPrioritySchema = choiceSchema(PRIORITIES);

const AmountSchema = z.nullable(z.number().check(z.nonnegative(), z.maximum(1e15)));

export const SegmentSizeSchema = z.lazy(() =>
  z.object({
    /** How many customers, in `unit` ("companies", "households", …). */
    count: AmountSchema,
    unit: z.string().check(z.maxLength(60)),
    /** Money, in `currency` (ISO 4217 code), per year. */
    tam: AmountSchema,
    sam: AmountSchema,
    som: AmountSchema,
    currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  }),
);
export type SegmentSize = z.infer<typeof SegmentSizeSchema>;

// ---------- segmentation bases ----------
export const BASES = [
  { id: 'demographic', label: 'Demographic', hint: 'Age, income, education, household.' },
  {
    id: 'geographic',
    label: 'Geographic',
    hint: 'Country, region, city, climate, urban or rural.',
  },
  {
    id: 'psychographic',
    label: 'Psychographic',
    hint: 'Values, attitudes, lifestyle, personality.',
  },
  {
    id: 'behavioural',
    label: 'Behavioural',
    hint: 'Usage rate, loyalty, occasions, readiness to buy.',
  },
  {
    id: 'firmographic',
    label: 'Firmographic',
    hint: 'Industry, company size, structure, maturity.',
  },
  {
    id: 'needs-based',
    label: 'Needs-based',
    hint: 'The distinct need or job they hire a product for.',
  },
  {
    id: 'value-based',
    label: 'Value-based',
    hint: 'What they are worth: revenue, margin, lifetime value.',
  },
  {
    id: 'service-based',
    label: 'Service-based',
    hint: 'The service level, onboarding and support they need.',
  },
  { id: 'context-based', label: 'Context-based', hint: 'The situation they buy or use it in.' },
  {
    id: 'channel-based',
    label: 'Channel-based',
    hint: 'Where and how they prefer to find and buy.',
  },
] as const satisfies readonly Choice<string>[];
export type SegmentationBasis = (typeof BASES)[number]['id'];
export const BasisSchema = choiceSchema(BASES);

export const SegmentBasisSchema = z.lazy(() =>
  z.object({
    basis: BasisSchema,
    /** How this segment differs on this basis. */
    description: line(),
  }),
);
export type SegmentBasis = z.infer<typeof SegmentBasisSchema>;

// ---------- the segment template ----------
export const TEMPLATE_FIELDS = [
  {
    id: 'job',
    label: 'Shared job-to-be-done',
    hint: 'The progress everyone in this segment is trying to make.',
  },
  { id: 'pain', label: 'Primary pain', hint: 'The problem that hurts most, in their words.' },
  {
    id: 'outcome',
    label: 'Success outcome',
    hint: 'What "done well" looks like to them, ideally measurable.',
  },
  {
    id: 'signals',
    label: 'Key behaviours and observable signals',
    hint: 'What you could see in data or conversation that tells you someone belongs here.',
  },
  {
    id: 'willingnessToPay',
    label: 'Willingness to pay / value driver',
    hint: 'What they pay for, how much, and why.',
  },
  {
    id: 'costToServe',
    label: 'Cost-to-serve considerations',
    hint: 'What it costs to win, onboard and keep them.',
  },
  {
    id: 'operations',
    label: 'Operational requirements',
    hint: 'Service levels, onboarding and support they need.',
  },
] as const satisfies readonly Choice<string>[];
export type TemplateField = (typeof TEMPLATE_FIELDS)[number]['id'];

export const SegmentTemplateSchema = z.lazy(() =>
  z.object({
    job: text(),
    pain: text(),
    outcome: text(),
    signals: text(),
    willingnessToPay: text(),
    costToServe: text(),
    operations: text(),
  }),
);
export type SegmentTemplate = z.infer<typeof SegmentTemplateSchema>;

// ---------- customer profile: jobs, pains and gains ----------
export const JOB_KINDS = [
  { id: 'functional', label: 'Functional', hint: 'A task to get done.' },
  { id: 'emotional', label: 'Emotional', hint: 'A way they want to feel.' },
  { id: 'social', label: 'Social', hint: 'How they want to be seen.' },
] as const satisfies readonly Choice<string>[];
export const PAIN_KINDS = [
  { id: 'obstacle', label: 'Obstacle', hint: 'What stops or slows them.' },
  { id: 'risk', label: 'Risk', hint: 'What could go wrong.' },
  { id: 'undesired-outcome', label: 'Undesired outcome', hint: 'A result they do not want.' },
] as const satisfies readonly Choice<string>[];
export const GAIN_KINDS = [
  { id: 'required', label: 'Required', hint: 'Without it, nothing works.' },
  { id: 'expected', label: 'Expected', hint: 'Basic, taken for granted.' },
  { id: 'desired', label: 'Desired', hint: 'Beyond what they expect; they would love it.' },
  { id: 'unexpected', label: 'Unexpected', hint: 'Beyond what they could imagine.' },
] as const satisfies readonly Choice<string>[];

export const FREQUENCIES = [
  { id: 'rarely', label: 'Rarely', hint: 'A few times a year or less.' },
  { id: 'sometimes', label: 'Sometimes', hint: 'Every month or so.' },
  { id: 'often', label: 'Often', hint: 'Every week.' },
  { id: 'constantly', label: 'Constantly', hint: 'Every day, or every time.' },
] as const satisfies readonly Choice<string>[];
export type Frequency = (typeof FREQUENCIES)[number]['id'];
const FrequencySchema = choiceSchema(FREQUENCIES);

export const RELEVANCES = [
  { id: 'essential', label: 'Essential', hint: 'They would not buy without it.' },
  { id: 'important', label: 'Important', hint: 'Weighs heavily in the choice.' },
  { id: 'useful', label: 'Useful', hint: 'Welcome, but not decisive.' },
  { id: 'nice-to-have', label: 'Nice to have', hint: 'A small plus.' },
] as const satisfies readonly Choice<string>[];
export type Relevance = (typeof RELEVANCES)[number]['id'];

/** 1 (low) to 5 (high). */
const RatingSchema = z.int().check(z.minimum(1), z.maximum(5));

const itemBase = {
  id: IdSchema,
  text: line(),
  importance: RatingSchema,
  frequency: FrequencySchema,
};

export const JobSchema = z.lazy(() =>
  z.object({
    ...itemBase,
    kind: choiceSchema(JOB_KINDS),
  }),
);
export const PainSchema = z.lazy(() =>
  z.object({
    ...itemBase,
    kind: choiceSchema(PAIN_KINDS),
    severity: RatingSchema,
  }),
);
export const GainSchema = z.lazy(() =>
  z.object({
    ...itemBase,
    kind: choiceSchema(GAIN_KINDS),
    relevance: choiceSchema(RELEVANCES),
  }),
);
export type Job = z.infer<typeof JobSchema>;
export type Pain = z.infer<typeof PainSchema>;
export type Gain = z.infer<typeof GainSchema>;
export type ProfileList = 'jobs' | 'pains' | 'gains';
export type ProfileItem = Job | Pain | Gain;

// ---------- personas ----------
export const PersonaSchema = z.lazy(() =>
  z.object({
    id: IdSchema,
    name: line(),
    /** A row in the photos store (persistence); null when there is no photo. */
    photoId: z.nullable(IdSchema),
    quote: line(),
    demographics: text(),
    goals: text(),
    barriers: text(),
    behaviours: text(),
    channels: text(),
  }),
);
export type Persona = z.infer<typeof PersonaSchema>;

// ---------- attractiveness ----------
export const CRITERIA = [
  { id: 'reach', label: 'Reach', hint: 'How easily we can find and reach them.' },
  { id: 'marketSize', label: 'Market size', hint: 'How much they could be worth to us.' },
  {
    id: 'valueAlignment',
    label: 'Value alignment',
    hint: 'How well they fit our mission and strengths.',
  },
  { id: 'painDepth', label: 'Depth of pain', hint: 'How badly they need this solved.' },
  { id: 'budget', label: 'Budget', hint: 'Willing and able to pay.' },
] as const satisfies readonly Choice<string>[];
export type Criterion = (typeof CRITERIA)[number]['id'];

export const ScoresSchema = z.lazy(() =>
  z.object({
    reach: z.nullable(RatingSchema),
    marketSize: z.nullable(RatingSchema),
    valueAlignment: z.nullable(RatingSchema),
    painDepth: z.nullable(RatingSchema),
    budget: z.nullable(RatingSchema),
  }),
);
export type Scores = z.infer<typeof ScoresSchema>;

/** Canvas-wide weights for the attractiveness total, 0 (ignored) to 5. */
export const WeightsSchema = z.object({
  reach: z.int().check(z.minimum(0), z.maximum(5)),
  marketSize: z.int().check(z.minimum(0), z.maximum(5)),
  valueAlignment: z.int().check(z.minimum(0), z.maximum(5)),
  painDepth: z.int().check(z.minimum(0), z.maximum(5)),
  budget: z.int().check(z.minimum(0), z.maximum(5)),
});
export type Weights = z.infer<typeof WeightsSchema>;
export const DEFAULT_WEIGHTS: Weights = {
  reach: 1,
  marketSize: 1,
  valueAlignment: 1,
  painDepth: 1,
  budget: 1,
};

// ---------- segment colours (marks on linked notes) ----------
export { SEGMENT_COLOURS };
export const SegmentColourSchema = z.enum(SEGMENT_COLOURS);
export type SegmentColour = z.infer<typeof SegmentColourSchema>;
export const SEGMENT_COLOUR_LABELS: Record<SegmentColour, string> = {
  teal: 'Teal',
  crimson: 'Crimson',
  indigo: 'Indigo',
  amber: 'Amber',
  olive: 'Olive',
  magenta: 'Magenta',
  slate: 'Slate',
  brown: 'Brown',
};

// ---------- the segment ----------
export const SegmentSchema = z.lazy(() =>
  z.object({
    colour: SegmentColourSchema,
    description: line(),
    archetype: z.nullable(ArchetypeSchema),
    kind: z.nullable(SegmentKindSchema),
    /** Who buys and who uses, when they differ (empty when they are the same people). */
    buyer: line(),
    user: line(),
    priority: z.nullable(SegmentPrioritySchema),
    earlyAdopter: z.boolean(),
    size: SegmentSizeSchema,
    bases: z.array(SegmentBasisSchema).check(z.maxLength(BASES.length)),
    template: SegmentTemplateSchema,
    jobs: z.array(JobSchema).check(z.maxLength(PROFILE_LIST_MAX)),
    pains: z.array(PainSchema).check(z.maxLength(PROFILE_LIST_MAX)),
    gains: z.array(GainSchema).check(z.maxLength(PROFILE_LIST_MAX)),
    personas: z.array(PersonaSchema).check(z.maxLength(PERSONAS_MAX)),
    /** Multi-sided platforms: the other sides (segment note ids) this segment depends on. */
    dependsOn: z.array(IdSchema).check(z.maxLength(50)),
    scores: ScoresSchema,
    // Part 2: what makes it operational (segment-operational.schema.ts).
    validation: ValidationSchema,
    evidence: z.array(EvidenceSchema).check(z.maxLength(EVIDENCE_LIMIT)),
    metrics: z.array(MetricSchema).check(z.maxLength(METRICS_LIMIT)),
    review: ReviewSchema,
    playbook: PlaybookSchema,
  }),
);
export type Segment = z.infer<typeof SegmentSchema>;

export const PROFILE_LIMIT = PROFILE_LIST_MAX;
export const PERSONA_LIMIT = PERSONAS_MAX;

export { PRICING_MODELS };
export type PricingModel = (typeof PRICING_MODELS)[number]['id'];
export const PricingModelSchema = choiceSchema(PRICING_MODELS);

export function emptySegment(colour: SegmentColour): Segment {
  return {
    colour,
    description: '',
    archetype: null,
    kind: null,
    buyer: '',
    user: '',
    priority: null,
    earlyAdopter: false,
    size: { count: null, unit: '', tam: null, sam: null, som: null, currency: 'USD' },
    bases: [],
    template: {
      job: '',
      pain: '',
      outcome: '',
      signals: '',
      willingnessToPay: '',
      costToServe: '',
      operations: '',
    },
    jobs: [],
    pains: [],
    gains: [],
    personas: [],
    dependsOn: [],
    scores: { reach: null, marketSize: null, valueAlignment: null, painDepth: null, budget: null },
    ...emptyOperations(),
  };
}

/** The first colour no other segment uses (cycling when all are taken). */
export function nextSegmentColour(taken: readonly SegmentColour[]): SegmentColour {
  const free = SEGMENT_COLOURS.find((c) => !taken.includes(c));
  return free ?? SEGMENT_COLOURS[taken.length % SEGMENT_COLOURS.length]!;
}

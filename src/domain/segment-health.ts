// Segment health: the mistakes the segmentation literature warns about, caught as you type.
// Each check is a plain sentence that names the fix; the segment panel maps `field` to where it is.
// Messages never repeat the segment's name: the UI shows it next to them.
import { BLOCKS, type BlockId } from './blocks';
import type { Note } from './canvas.schema';
import { compareOrder } from './order';
import { BASES, emptySegment, type Segment, type SegmentationBasis } from './segment.schema';
import { dayOf, isReviewOverdue, nextReview } from './segment-operational';

export type HealthSeverity = 'problem' | 'warning' | 'advice';
export type HealthCheckId =
  | 'vague-name'
  | 'shallow-bases'
  | 'no-signals'
  | 'too-many-primary'
  | 'no-evidence'
  | 'contradicted'
  | 'review-overdue'
  | 'unlinked'
  | 'one-sided-platform'
  | 'thin-profile';
/** Where the fix is: the lead maps each to a field in the segment panel. */
export type HealthField =
  | 'name'
  | 'bases'
  | 'signals'
  | 'priority'
  | 'links'
  | 'dependsOn'
  | 'jobs'
  | 'pains'
  | 'gains'
  | 'archetype'
  | 'validation'
  | 'evidence'
  | 'review';

export interface HealthCheck {
  id: HealthCheckId;
  severity: HealthSeverity;
  message: string;
  field: HealthField;
  segmentId: string;
}

export interface CanvasHealth {
  checks: HealthCheck[];
  bySegment: Record<string, HealthCheck[]>;
  counts: Record<HealthSeverity, number>;
}

/** Most serious first. */
export const HEALTH_SEVERITIES: readonly HealthSeverity[] = ['problem', 'warning', 'advice'];
const severityRank = (c: HealthCheck) => HEALTH_SEVERITIES.indexOf(c.severity);

/** Most teams start with one to three primary segments. */
export const MAX_PRIMARY_SEGMENTS = 3;
/** A customer profile needs at least this many jobs, pains and gains to fit a value proposition to. */
export const MIN_PROFILE_ITEMS = 3;

const isSegmentNote = (n: Note) => n.block === 'customer-segments';
const segmentOf = (n: Note): Segment => n.segment ?? emptySegment('teal');

// ---------- vague names ----------

// A catch-all names no one in particular; a size, industry or generation label alone says nothing
// about the need. Written naturally here; normalised (below) when the module loads.
const CATCH_ALLS = [
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'all',
  'customers',
  'clients',
  'users',
  'people',
  'persons',
  'individuals',
  'consumers',
  'buyers',
  'shoppers',
  'public',
  'general public',
  'mass market',
  'market',
  'world',
  'businesses',
  'companies',
  'organisations',
  'organizations',
  'firms',
];
const LABELS = [
  // size
  'SMB',
  'SME',
  'small',
  'medium',
  'large',
  'small and medium',
  'small and medium sized',
  'small to medium',
  'small to medium sized',
  'medium sized',
  'mid sized',
  'mid size',
  'mid market',
  'midmarket',
  'small business',
  'enterprise',
  'large enterprise',
  'corporate',
  'corporation',
  'startup',
  'start up',
  'scaleup',
  'scale up',
  'local',
  'global',
  // industry
  'healthcare',
  'health care',
  'health',
  'retail',
  'finance',
  'financial services',
  'fintech',
  'banking',
  'insurance',
  'education',
  'edtech',
  'government',
  'public sector',
  'manufacturing',
  'hospitality',
  'real estate',
  'legal',
  'tech',
  'technology',
  'software',
  'SaaS',
  'media',
  'ecommerce',
  'e commerce',
  'logistics',
  'automotive',
  'agriculture',
  'construction',
  'energy',
  'pharma',
  'telecom',
  'nonprofit',
  'non profit',
  'NGO',
  // business model
  'B2B',
  'B2C',
  'B2B2C',
  'D2C',
  'DTC',
  // generation
  'millennials',
  'Gen Z',
  'Generation Z',
  'Gen Y',
  'Gen X',
  'Gen Alpha',
  'zoomers',
  'boomers',
  'baby boomers',
];
/** Nouns that add nothing after a label: "enterprise customers", "healthcare companies". */
const GENERIC_NOUNS = [
  'customers',
  'clients',
  'users',
  'consumers',
  'buyers',
  'people',
  'businesses',
  'companies',
  'organisations',
  'organizations',
  'firms',
  'accounts',
  'players',
  'market',
  'sector',
  'industry',
  'space',
  'segment',
];
/** Leading words that do not narrow a group: "the mass market", "all customers", "our users". */
const FILLER_WORDS = new Set(['the', 'all', 'any', 'every', 'our']);

/** Crude English singular, applied alike to names and vocabulary, so only consistency matters. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`; // companies
  if (word.endsWith('sses')) return word.slice(0, -2); // businesses
  if (word.endsWith('ss')) return word; // business
  if (word.endsWith('s')) return word.slice(0, -1); // customers, SMBs, enterprises
  return word;
}

/** Lower case, letters and digits only, leading filler dropped, each word singular. */
function normaliseName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/['’]/g, '') // SME's → smes
    .replace(/&/g, ' and ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  while (words.length > 1 && FILLER_WORDS.has(words[0]!)) words.shift();
  return words.map(singular).join(' ');
}

const normaliseAll = (names: readonly string[]) => names.map(normaliseName);
const VAGUE_NAMES = new Set([
  ...normaliseAll(CATCH_ALLS),
  ...normaliseAll(LABELS),
  ...normaliseAll(LABELS).flatMap((label) =>
    normaliseAll(GENERIC_NOUNS).map((noun) => `${label} ${noun}`),
  ),
]);

/**
 * True when the name is blank, a catch-all ("everyone", "all customers") or only a size, industry or
 * generation label ("SMBs", "healthcare", "Gen Z"), alone, with a generic noun ("enterprise
 * customers") or joined with others ("SMBs and enterprises"). Any real qualifier makes it specific.
 */
export function isVagueSegmentName(name: string): boolean {
  const whole = normaliseName(name);
  if (whole === '' || VAGUE_NAMES.has(whole)) return true;
  const parts = name.split(/,|\/|&|\band\b|\bor\b/i).map(normaliseName);
  return parts.length > 1 && parts.every((p) => p === '' || VAGUE_NAMES.has(p));
}

// ---------- the checks ----------

type Check = Omit<HealthCheck, 'segmentId'>;

function nameCheck(name: string): Check | null {
  if (normaliseName(name) === '')
    return {
      id: 'vague-name',
      severity: 'problem',
      field: 'name',
      message:
        'This segment has no name yet. Name the group in a few words that set it apart, e.g. "dental clinics with 3+ chairs".',
    };
  if (!isVagueSegmentName(name)) return null;
  return {
    id: 'vague-name',
    severity: 'problem',
    field: 'name',
    message:
      'The name is a catch-all or only a size or industry label. Add what sets this group apart, e.g. "mid-market teams with weekly compliance reporting".',
  };
}

// Who or where they are (demographic, geographic, firmographic) rarely explains why they buy:
// the literature asks for at least one basis on needs, behaviour, attitudes, value or context.
const DESCRIPTIVE_BASES: ReadonlySet<SegmentationBasis> = new Set([
  'demographic',
  'geographic',
  'firmographic',
]);
const basisLabel = (id: SegmentationBasis) => BASES.find((b) => b.id === id)!.label;
const DEEPER_BASES = 'Add a needs-based, behavioural or context-based basis.';

function basesCheck(segment: Segment): Check | null {
  const chosen = [...new Set(segment.bases.map((b) => b.basis))];
  const check = (message: string): Check => ({
    id: 'shallow-bases',
    severity: 'warning',
    field: 'bases',
    message,
  });
  if (chosen.length === 0)
    return check(
      'No segmentation basis is chosen yet. Choose how this group differs from others, e.g. by need, behaviour or context.',
    );
  if (!chosen.every((b) => DESCRIPTIVE_BASES.has(b))) return null;
  if (chosen.length === 1 && chosen[0] === 'firmographic')
    return check(
      `Industry and company size alone rarely explain why a business buys. ${DEEPER_BASES}`,
    );
  if (!chosen.includes('firmographic'))
    return check(`Age, income and location alone rarely explain why people buy. ${DEEPER_BASES}`);
  return check(
    `${joinList(chosen.map(basisLabel), 'and')} bases say who and where they are, not why they buy. ${DEEPER_BASES}`,
  );
}

function signalsCheck(segment: Segment): Check | null {
  if (segment.template.signals.trim() !== '') return null;
  return {
    id: 'no-signals',
    severity: 'warning',
    field: 'signals',
    message:
      'No one could detect this segment in data yet. Describe the behaviours or signals that show someone belongs here.',
  };
}

function primaryCheck(segment: Segment, primaryCount: number): Check | null {
  if (segment.priority !== 'primary' || primaryCount <= MAX_PRIMARY_SEGMENTS) return null;
  return {
    id: 'too-many-primary',
    severity: 'warning',
    field: 'priority',
    message: `${primaryCount} segments are marked primary; most teams start with one to three. Mark the others secondary or exploring.`,
  };
}

/** No evidence logged yet: the segment is a hypothesis until interviews or data back it. */
function evidenceCheck(segment: Segment): Check | null {
  if (segment.evidence.length > 0) return null;
  return {
    id: 'no-evidence',
    severity: 'advice',
    field: 'validation',
    message:
      'No evidence yet. Treat this segment as a hypothesis until interviews or data back it up, and log what you learn.',
  };
}

/** The evidence leans against the segment. */
function contradictionCheck(segment: Segment): Check | null {
  const against = segment.evidence.filter((e) => !e.supports).length;
  const support = segment.evidence.length - against;
  if (against <= support) return null;
  return {
    id: 'contradicted',
    severity: 'warning',
    field: 'evidence',
    message: `The evidence contradicts this segment more than it supports it (${against} against, ${support} for). Rethink who they are, or mark the segment invalidated.`,
  };
}

/** The segment's review date has passed. */
function reviewCheck(
  segment: Segment,
  today: string | undefined,
  since: string,
  day: DayFormat,
): Check | null {
  const due = nextReview(segment, since);
  if (!today || !due || !isReviewOverdue(segment, today, since)) return null;
  return {
    id: 'review-overdue',
    severity: 'warning',
    field: 'review',
    message: `Its review was due on ${day(due)}. Look at its metrics and evidence, then plan the next one.`,
  };
}

/** The blocks that serve a segment; the Business Model Canvas links each segment to all four. */
export const SERVING_BLOCKS: readonly BlockId[] = [
  'value-propositions',
  'channels',
  'customer-relationships',
  'revenue-streams',
];

function linksCheck(segmentId: string, notes: readonly Note[]): Check | null {
  const missing = SERVING_BLOCKS.filter(
    (block) => !notes.some((n) => n.block === block && n.segmentIds.includes(segmentId)),
  );
  if (missing.length === 0) return null;
  const blocks = joinList(
    missing.map((b) => BLOCKS[b].title),
    'or',
  );
  return {
    id: 'unlinked',
    severity: 'warning',
    field: 'links',
    message: `Nothing in ${blocks} serves this segment yet. Link a note there to this segment, or add one.`,
  };
}

// A multi-sided platform only works when every side is present (the ride-hailing app needs drivers).
function platformCheck(note: Note, segments: readonly Note[]): Check | null {
  if (segmentOf(note).archetype !== 'multi-sided') return null;
  const others = segments.filter((s) => s.id !== note.id);
  const dependsOnOther = segmentOf(note).dependsOn.some((id) => others.some((s) => s.id === id));
  const dependedOn = others.some((s) => segmentOf(s).dependsOn.includes(note.id));
  if (dependsOnOther || dependedOn) return null;
  return {
    id: 'one-sided-platform',
    severity: 'problem',
    field: 'dependsOn',
    message:
      'A multi-sided platform needs at least two sides, but no other side is linked. Add the other side as a segment and choose it under "Depends on".',
  };
}

const PROFILE_LISTS = [
  { field: 'jobs', one: 'job', many: 'jobs' },
  { field: 'pains', one: 'pain', many: 'pains' },
  { field: 'gains', one: 'gain', many: 'gains' },
] as const;

function profileCheck(segment: Segment): Check | null {
  const short = PROFILE_LISTS.map((list) => ({
    ...list,
    count: segment[list.field].filter((item) => item.text.trim() !== '').length,
  })).filter((list) => list.count < MIN_PROFILE_ITEMS);
  if (short.length === 0) return null;
  const counts = short.map((l) =>
    l.count === 0 ? `no ${l.many}` : `${l.count} ${l.count === 1 ? l.one : l.many}`,
  );
  return {
    id: 'thin-profile',
    severity: 'warning',
    field: short[0]!.field,
    message: `The customer profile has ${joinList(counts, 'and')}. List at least ${MIN_PROFILE_ITEMS} of each, in the customer's own words.`,
  };
}

/** "A", "A or B", "A, B or C". */
function joinList(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]!}`;
}

// ---------- per segment and per canvas ----------

/**
 * The checks for one segment note, most serious first. `canvasNotes` are all notes of its canvas,
 * itself included. A note outside the Customer Segments block is not a segment: no checks.
 */
/** How a calendar day ("2026-11-25") reads in a message: the UI passes the reader's locale's. */
export type DayFormat = (day: string) => string;

export function segmentHealth(
  segment: Note,
  canvasNotes: readonly Note[],
  /** Today ("2026-11-25"), for the review date; without it, that check is skipped. */
  today?: string,
  day: DayFormat = (d) => d,
): HealthCheck[] {
  if (!isSegmentNote(segment)) return [];
  const notes = canvasNotes.filter((n) => n.canvasId === segment.canvasId);
  const segments = notes.filter(isSegmentNote);
  const primaryCount = segments.filter((s) => segmentOf(s).priority === 'primary').length;
  const profile = segmentOf(segment);
  const checks = [
    nameCheck(segment.text),
    basesCheck(profile),
    signalsCheck(profile),
    primaryCheck(profile, primaryCount),
    evidenceCheck(profile),
    contradictionCheck(profile),
    reviewCheck(profile, today, dayOf(segment.createdAt), day),
    linksCheck(segment.id, notes),
    platformCheck(segment, segments),
    profileCheck(profile),
  ].flatMap((c) => (c ? [{ ...c, segmentId: segment.id }] : []));
  // Array.prototype.sort is stable: within a severity the checks keep the order above.
  return checks.sort((a, b) => severityRank(a) - severityRank(b));
}

/** Every segment's checks: most serious first, then in segment (display) order. */
export function canvasHealth(
  canvasNotes: readonly Note[],
  today?: string,
  day?: DayFormat,
): CanvasHealth {
  const segments = canvasNotes.filter(isSegmentNote).sort(compareOrder);
  const bySegment: Record<string, HealthCheck[]> = {};
  for (const s of segments) bySegment[s.id] = segmentHealth(s, canvasNotes, today, day);
  // Segments are already in order, so a stable sort by severity keeps segment order within each.
  const checks = segments
    .flatMap((s) => bySegment[s.id]!)
    .sort((a, b) => severityRank(a) - severityRank(b));
  const counts: Record<HealthSeverity, number> = { problem: 0, warning: 0, advice: 0 };
  for (const c of checks) counts[c.severity]++;
  return { checks, bySegment, counts };
}

// Merging two segments that are really one, and splitting one that is really two.
import type { Note } from './canvas.schema';
import { nextTimestamp } from './canvas-ops';
import { forgetPairs, type DifferencePair } from './difference';
import { segmentName, segmentOf } from './segment-ops';
import { cadenceLabel } from './segment-operational';
import { sizeLine } from './segment-size';
import {
  ARCHETYPES,
  CRITERIA,
  KINDS,
  PRIORITIES,
  SEGMENT_COLOUR_LABELS,
  TEMPLATE_FIELDS,
  type Segment,
} from './segment.schema';
import {
  PLAYBOOK_FIELDS,
  VALIDATION_STATUSES,
  type Metric,
  type MetricKind,
  type MetricValue,
} from './segment-operational.schema';

/** A field that holds one value (not a list): where two segments can disagree. */
interface SingleField {
  id: string;
  label: string;
  get: (note: Note) => unknown;
  set: (note: Note, value: unknown) => Note;
  /** How a value reads in the merge dialog. */
  show: (value: unknown) => string;
}

const label = (choices: readonly { id: string; label: string }[]) => (v: unknown) =>
  choices.find((c) => c.id === v)?.label ?? '—';
const asText = (v: unknown) => (typeof v === 'string' ? v : '');
const withSegment = (note: Note, change: (s: Segment) => Segment): Note => ({
  ...note,
  segment: change(segmentOf(note)),
});

function segmentField<K extends keyof Segment>(
  key: K,
  fieldLabel: string,
  show: (v: unknown) => string = asText,
): SingleField {
  return {
    id: key,
    label: fieldLabel,
    get: (n) => segmentOf(n)[key],
    set: (n, v) => withSegment(n, (s) => ({ ...s, [key]: v as Segment[K] })),
    show,
  };
}

export const MERGE_FIELDS: readonly SingleField[] = [
  {
    id: 'name',
    label: 'Name',
    get: (n) => n.text.trim(),
    set: (n, v) => ({ ...n, text: asText(v) }),
    show: asText,
  },
  segmentField('description', 'One-line description'),
  segmentField('colour', 'Colour', (v) => SEGMENT_COLOUR_LABELS[v as Segment['colour']] ?? '—'),
  segmentField('archetype', 'Archetype', label(ARCHETYPES)),
  segmentField('kind', 'Kind', label(KINDS)),
  segmentField('buyer', 'Who buys'),
  segmentField('user', 'Who uses'),
  segmentField('priority', 'Priority', label(PRIORITIES)),
  segmentField('earlyAdopter', 'Early adopters', (v) => (v ? 'Yes' : 'No')),
  segmentField('size', 'Size', (v) => sizeLine(v as Segment['size']) || '—'),
  ...TEMPLATE_FIELDS.map((f): SingleField => ({
    id: `template.${f.id}`,
    label: f.label,
    get: (n) => segmentOf(n).template[f.id],
    set: (n, v) => withSegment(n, (s) => ({ ...s, template: { ...s.template, [f.id]: v } })),
    show: asText,
  })),
  // Each criterion by name ("Reach 5, Market size 3, …"): five bare numbers said nothing.
  segmentField('scores', 'Attractiveness scores', (v) =>
    CRITERIA.map(({ id, label: name }) => {
      const score = (v as Segment['scores'])[id];
      return `${name} ${score === null ? '–' : score}`;
    }).join(', '),
  ),
  segmentField('validation', 'Validation status', (v) =>
    label(VALIDATION_STATUSES)((v as Segment['validation']).status),
  ),
  segmentField('review', 'Review', (v) => {
    const r = v as Segment['review'];
    return `${cadenceLabel(r.cadenceDays)}${r.nextReviewOn ? `, next on ${r.nextReviewOn}` : ''}`;
  }),
  ...PLAYBOOK_FIELDS.map((f): SingleField => ({
    id: `playbook.${f.id}`,
    label: f.label,
    get: (n) => segmentOf(n).playbook[f.id],
    set: (n, v) => withSegment(n, (s) => ({ ...s, playbook: { ...s.playbook, [f.id]: v } })),
    show: asText,
  })),
];

const blank = segmentOf({ segment: undefined } as unknown as Note);
/** Whether a field holds nothing of its own (a colour is never blank: every segment has one). */
const isBlank = (field: SingleField, value: unknown) =>
  field.id !== 'colour' &&
  (value === '' ||
    value === null ||
    value === false ||
    JSON.stringify(value) ===
      JSON.stringify(field.get({ text: '', segment: blank } as unknown as Note)));

/** The fields where both segments have a value and the values differ: the user chooses. */
export function mergeConflicts(keep: Note, other: Note): SingleField[] {
  return MERGE_FIELDS.filter((f) => {
    const a = f.get(keep);
    const b = f.get(other);
    return !isBlank(f, a) && !isBlank(f, b) && JSON.stringify(a) !== JSON.stringify(b);
  });
}

/** Which side each conflicting field takes (field id → 'keep' or 'other'); unlisted: 'keep'. */
export type MergeChoices = Record<string, 'keep' | 'other'>;

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether the merged segment takes the other's value of a field: as chosen, or if only it has one. */
function takesOther(field: SingleField, keep: Note, other: Note, choices: MergeChoices): boolean {
  return isBlank(field, field.get(keep))
    ? !isBlank(field, field.get(other))
    : choices[field.id] === 'other';
}

/** Joins two lists without duplicates (by `key`): first come, first kept. */
function join<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Metrics that count (customers, revenue): the merged segment's value is the two added up. */
const ADDITIVE_METRICS: ReadonlySet<MetricKind> = new Set(['customers', 'revenue']);

/**
 * One value per date for a metric both segments track, on every date either has a value. Each
 * segment counts with its latest value on or before that date (a segment counted on the 1st and
 * another on the 15th are both counted on each), or not at all before its first. The merged
 * segment's value is the sum for counts (customers, revenue); for rates and averages (churn,
 * gross margin, tickets per account, time to value) the mean, weighted by each segment's
 * customers at that date when both are known. A metric of your own, whose meaning Ninefold cannot
 * know, keeps the kept segment's values (the other's if it has none; the snapshot taken before
 * the merge keeps both). Two series side by side made a growing segment look as if it were
 * shrinking, its values alternating between the two.
 */
function mergeMetricValues(
  mine: Metric,
  theirs: Metric,
  myMetrics: readonly Metric[],
  theirMetrics: readonly Metric[],
): MetricValue[] {
  if (mine.kind === 'custom') return mine.values.length > 0 ? mine.values : theirs.values;
  // By date; a later value entered for the same date stands for that date.
  const byDate = (values: readonly MetricValue[]) => new Map(values.map((v) => [v.date, v]));
  const customers = (metrics: readonly Metric[]) =>
    byDate(metrics.find((m) => m.kind === 'customers')?.values ?? []);
  const [a, b] = [byDate(mine.values), byDate(theirs.values)];
  const [myCustomers, theirCustomers] = [customers(myMetrics), customers(theirMetrics)];
  const additive = ADDITIVE_METRICS.has(mine.kind);
  const dates = [
    ...new Set([...a.keys(), ...b.keys(), ...myCustomers.keys(), ...theirCustomers.keys()]),
  ].sort();
  // Each side's latest value (and customers) so far, carried forward date by date.
  let x: MetricValue | undefined;
  let y: MetricValue | undefined;
  let wx = 0;
  let wy = 0;
  const out: MetricValue[] = [];
  for (const date of dates) {
    x = a.get(date) ?? x;
    y = b.get(date) ?? y;
    wx = myCustomers.get(date)?.value ?? wx;
    wy = theirCustomers.get(date)?.value ?? wy;
    const own = a.get(date) ?? b.get(date);
    if (!own) continue; // a date only a customer count has
    if (!x || !y) {
      out.push({ ...own, value: (x ?? y)!.value });
      continue;
    }
    let value: number;
    if (additive) value = x.value + y.value;
    else if (wx > 0 && wy > 0) value = (x.value * wx + y.value * wy) / (wx + wy);
    else value = (x.value + y.value) / 2;
    out.push({ ...own, value: Math.round(value * 100) / 100 });
  }
  return out;
}

/** A revenue series in `currency`, as a metric of its own ("Revenue in EUR"). */
function revenueApart(metric: Metric, currency: string): Metric {
  return { ...metric, kind: 'custom', name: `Revenue in ${currency}`, unit: currency };
}

/**
 * When the segments count money in different currencies: the merged segment's currency and the
 * other one, whose revenue the merge keeps apart (see mergeSegments). Null when they agree, or
 * when the segment in the other currency tracks no revenue.
 */
export function currenciesApart(
  keep: Note,
  other: Note,
  choices: MergeChoices,
): { merged: string; apart: string } | null {
  const [k, o] = [segmentOf(keep), segmentOf(other)];
  const size = MERGE_FIELDS.find((f) => f.id === 'size')!;
  const [kept, apart] = takesOther(size, keep, other, choices) ? [o, k] : [k, o];
  if (kept.size.currency === apart.size.currency) return null;
  if (!apart.metrics.some((m) => m.kind === 'revenue')) return null;
  return { merged: kept.size.currency, apart: apart.size.currency };
}

export interface MergeResult {
  /** Every note that changes: the kept segment and the notes relinked to it. */
  changed: Note[];
  /** The segment merged away. */
  removed: Note;
  differences: DifferencePair[];
}

/**
 * Merges `other` into `keep`: one name, single fields as chosen (or whichever has a value),
 * lists joined without duplicates, personas and evidence kept, every link to `other` moved to
 * `keep`, and `other` removed.
 */
export function mergeSegments(
  canvasNotes: readonly Note[],
  keepId: string,
  otherId: string,
  choices: MergeChoices,
  differences: readonly DifferencePair[],
  now: number,
): MergeResult | null {
  const keep = canvasNotes.find((n) => n.id === keepId);
  const other = canvasNotes.find((n) => n.id === otherId);
  const isSegment = (n: Note | undefined) => n?.segment && n.block === 'customer-segments';
  if (!isSegment(keep) || !isSegment(other) || keepId === otherId) return null;
  if (!keep || !other) return null;

  let merged: Note = keep;
  for (const field of MERGE_FIELDS)
    if (takesOther(field, keep, other, choices)) merged = field.set(merged, field.get(other));
  const k = segmentOf(keep);
  const o = segmentOf(other);
  const others = new Set([keepId, otherId]);
  const s = segmentOf(merged);
  const metricKey = (m: Metric) => `${m.kind}:${normal(m.name)}`;
  // Revenue is in its segment's currency: a series in another currency than the merged
  // segment's is kept apart, as a metric of its own, never added to it.
  const [kMetrics, oMetrics] = [k, o].map((side) =>
    side.size.currency === s.size.currency
      ? side.metrics
      : side.metrics.map((m) => (m.kind === 'revenue' ? revenueApart(m, side.size.currency) : m)),
  ) as [Metric[], Metric[]];
  const metrics = kMetrics.map((m) => {
    const twin = oMetrics.find((x) => metricKey(x) === metricKey(m));
    return twin ? { ...m, values: mergeMetricValues(m, twin, kMetrics, oMetrics) } : m;
  });
  const itemKey = (i: { text: string }) => normal(i.text);
  const jobs = join(k.jobs, o.jobs, itemKey);
  const pains = join(k.pains, o.pains, itemKey);
  const gains = join(k.gains, o.gains, itemKey);
  // Evidence about a job, pain or gain that was merged into its twin now points at the twin.
  const survivor = new Map<string, string>();
  for (const [mine, theirs] of [
    [jobs, o.jobs],
    [pains, o.pains],
    [gains, o.gains],
  ] as const)
    for (const item of theirs) {
      const twin = (mine as readonly { id: string; text: string }[]).find(
        (x) => itemKey(x) === itemKey(item),
      );
      if (twin) survivor.set(item.id, twin.id);
    }
  const evidence = join(k.evidence, o.evidence, (e) => e.id).map((e) =>
    e.about && survivor.has(e.about) ? { ...e, about: survivor.get(e.about)! } : e,
  );
  merged = {
    ...merged,
    segment: {
      ...s,
      bases: join(k.bases, o.bases, (b) => b.basis),
      jobs,
      pains,
      gains,
      personas: join(k.personas, o.personas, (p) => p.id),
      evidence,
      metrics: join(metrics, oMetrics, metricKey),
      dependsOn: join(k.dependsOn, o.dependsOn, (id) => id).filter((id) => !others.has(id)),
      playbook: {
        ...s.playbook,
        onboarding: join(k.playbook.onboarding, o.playbook.onboarding, (st) => normal(st.text)),
      },
    },
    updatedAt: nextTimestamp(keep.updatedAt, now),
  };

  const changed: Note[] = [merged];
  for (const note of canvasNotes) {
    if (others.has(note.id)) continue;
    let next = note;
    if (note.segmentIds.includes(otherId)) {
      const segmentIds = join(
        note.segmentIds.map((id) => (id === otherId ? keepId : id)),
        [],
        (id) => id,
      );
      next = { ...next, segmentIds };
    }
    if (note.segment?.dependsOn.includes(otherId)) {
      const dependsOn = join(
        note.segment.dependsOn.map((id) => (id === otherId ? keepId : id)),
        [],
        (id) => id,
      );
      next = { ...next, segment: { ...note.segment, dependsOn } };
    }
    if (next !== note) changed.push({ ...next, updatedAt: nextTimestamp(note.updatedAt, now) });
  }
  return { changed, removed: other, differences: forgetPairs(differences, otherId) };
}

/** Where a linked note goes when a segment splits. */
export type SplitSide = 'stay' | 'move' | 'both';

export interface SplitPlan {
  newId: string;
  name: string;
  order: string;
  colour: Segment['colour'];
  /** Linked notes (by id) that move to the new segment, or serve both; others stay. */
  links: Record<string, SplitSide>;
  /** Personas and evidence (by id) that move to the new segment; the rest stay. */
  personas: readonly string[];
  evidence: readonly string[];
  /** Fresh ids for the copied jobs, pains, gains and playbook steps. */
  newItemId: () => string;
}

export interface SplitResult {
  source: Note;
  created: Note;
  /** Linked notes whose links change. */
  relinked: Note[];
}

/**
 * Splits a segment: a copy of its profile under a new name (jobs, pains, gains and the playbook
 * copied, under new ids), with the chosen personas, evidence and linked notes moved to it.
 */
export function splitSegment(
  canvasNotes: readonly Note[],
  sourceId: string,
  plan: SplitPlan,
  now: number,
): SplitResult | null {
  const source = canvasNotes.find((n) => n.id === sourceId);
  if (!source?.segment || source.block !== 'customer-segments') return null;
  const s = source.segment;
  const moving = (ids: readonly string[]) => new Set(ids);
  const personas = moving(plan.personas);
  const evidence = moving(plan.evidence);
  // Each copied item's id, by the id of the item it copies.
  const copies = new Map<string, string>();
  const copyItems = <T extends { id: string }>(items: readonly T[]) =>
    items.map((item) => {
      const id = plan.newItemId();
      copies.set(item.id, id);
      return { ...item, id };
    });
  const jobs = copyItems(s.jobs);
  const pains = copyItems(s.pains);
  const gains = copyItems(s.gains);
  const created: Note = {
    ...source,
    id: plan.newId,
    text: plan.name,
    order: plan.order,
    segmentIds: [],
    segment: {
      ...s,
      colour: plan.colour,
      jobs,
      pains,
      gains,
      personas: s.personas.filter((p) => personas.has(p.id)),
      // Evidence about a job, pain or gain is about that item's copy.
      evidence: s.evidence
        .filter((e) => evidence.has(e.id))
        .map((e) => ({ ...e, about: e.about === null ? null : (copies.get(e.about) ?? null) })),
      metrics: [],
      playbook: { ...s.playbook, onboarding: copyItems(s.playbook.onboarding) },
    },
    createdAt: now,
    updatedAt: now,
  };
  const updatedSource: Note = {
    ...source,
    segment: {
      ...s,
      personas: s.personas.filter((p) => !personas.has(p.id)),
      evidence: s.evidence.filter((e) => !evidence.has(e.id)),
    },
    updatedAt: nextTimestamp(source.updatedAt, now),
  };
  const relinked: Note[] = [];
  for (const note of canvasNotes) {
    const side = plan.links[note.id];
    if (!side || side === 'stay' || !note.segmentIds.includes(sourceId)) continue;
    const segmentIds =
      side === 'move'
        ? note.segmentIds.map((id) => (id === sourceId ? plan.newId : id))
        : [...note.segmentIds, plan.newId];
    relinked.push({ ...note, segmentIds, updatedAt: nextTimestamp(note.updatedAt, now) });
  }
  return { source: updatedSource, created, relinked };
}

/** "Plug-and-play teams (2)": a default name for the new half of a split. */
export function splitName(source: Note, taken: readonly string[]): string {
  const base = segmentName(source.text);
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!taken.includes(name)) return name;
  }
}

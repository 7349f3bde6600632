// The printed pages after the canvas: one (or more, never cut) per customer segment, and the
// appendix with the notes that did not fit on the canvas page.
import { BLOCK_IDS, BLOCKS } from '../domain/blocks';
import type { CanvasDoc, Note } from '../domain/canvas.schema';
import { sortByOrder } from '../domain/order';
import { isSegment, noteLabel, segmentName } from '../domain/segment-ops';
import { attractiveness, formatTotal, rankSegments } from '../domain/segment-score';
import { sizeLine } from '../domain/segment-size';
import {
  ARCHETYPES,
  BASES,
  CRITERIA,
  FREQUENCIES,
  GAIN_KINDS,
  JOB_KINDS,
  KINDS,
  PAIN_KINDS,
  PRICING_MODELS,
  PRIORITIES,
  RELEVANCES,
  TEMPLATE_FIELDS,
  type Choice,
} from '../domain/segment.schema';
import {
  EVIDENCE_TYPES,
  PLAYBOOK_FIELDS,
  VALIDATION_STATUSES,
} from '../domain/segment-operational.schema';
import { formatMetricValue, metricName } from '../domain/segment-operational';
import { formatDay } from '../ui/format';
import type { Overflow } from './canvas-page';
import { fitLine, INK, MUTED, NOTE_FILLS, SEGMENT_INKS, type Measurer, type Page } from './draw';
import { Flow } from './flow';

interface PagesContext {
  doc: CanvasDoc;
  page: { width: number; height: number };
  m: Measurer;
  clean: (text: string) => string;
  /** Photos that can be drawn (read and decoded). */
  photos: ReadonlySet<string>;
}

/** A calendar day as a reader of the PDF expects it ("25 Nov 2026", in their locale). */
const day = formatDay;

const labelOf = (choices: readonly Choice<string>[], id: string | null) =>
  choices.find((c) => c.id === id)?.label ?? null;

/** One segment's pages. */
function segmentPages(
  ctx: PagesContext,
  note: Note,
  index: number,
  count: number,
  ranks: Map<string, number | null>,
  fontScale: number,
  columns = 3,
): Page[] {
  const segment = note.segment!;
  const { clean, m } = ctx;
  const name = clean(segmentName(note.text));
  const ink = SEGMENT_INKS[segment.colour];
  const subtitle = [
    `Segment ${index + 1} of ${count}`,
    labelOf(ARCHETYPES, segment.archetype),
    labelOf(KINDS, segment.kind),
    labelOf(PRIORITIES, segment.priority),
    segment.earlyAdopter ? 'Early adopter' : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const flow = new Flow({
    page: ctx.page,
    m,
    columns,
    fontScale,
    header: (ops, continued) => {
      const s = ctx.page.width / 841.89;
      const margin = 24 * s;
      const size = 15 * s;
      ops.push({
        kind: 'rect',
        x: margin,
        y: margin + 2 * s,
        w: 10 * s,
        h: 14 * s,
        fill: ink,
        radius: 2 * s,
      });
      ops.push({
        kind: 'text',
        x: margin + 16 * s,
        y: margin + size,
        // A long name is cut, never the "(continued)" after it.
        text:
          fitLine(
            m,
            name,
            ctx.page.width - 2 * margin - 16 * s - (continued ? m.width(CONTINUED, size, true) : 0),
            size,
            true,
          ) + (continued ? CONTINUED : ''),
        size,
        bold: true,
        colour: INK,
      });
      ops.push({
        kind: 'text',
        x: margin + 16 * s,
        y: margin + size + 14 * s,
        text: fitLine(
          m,
          `${clean(ctx.doc.canvas.name)} · ${subtitle}`,
          // It starts after the colour mark, as the name above does: the same room to the margin.
          ctx.page.width - 2 * margin - 16 * s,
          8.5 * s,
        ),
        size: 8.5 * s,
        bold: false,
        colour: MUTED,
      });
      return margin + size + 28 * s;
    },
  });

  flow.heading('About', 10, ink);
  if (segment.description) flow.paragraph(clean(segment.description), { size: 8.5 });
  flow.field('Buyer', clean(segment.buyer));
  flow.field('User', clean(segment.user));
  flow.field('Size', clean(sizeLine(segment.size)));
  for (const b of segment.bases)
    flow.field(`${labelOf(BASES, b.basis)} basis`, clean(b.description) || '—');
  const depends = segment.dependsOn.flatMap((id) => {
    const other = ctx.doc.notes.find((n) => n.id === id);
    return other ? [segmentName(other.text)] : [];
  });
  if (depends.length) flow.field('Depends on', clean(depends.join(', ')));

  const template = TEMPLATE_FIELDS.filter((f) => segment.template[f.id].trim());
  if (template.length) {
    flow.heading('Segment profile', 10, ink);
    for (const f of template) flow.field(f.label, clean(segment.template[f.id]));
  }

  const rated = (importance: number, frequency: string) =>
    `importance ${importance}/5 · ${labelOf(FREQUENCIES, frequency)?.toLowerCase()}`;
  const lists = [
    [
      'Jobs to be done',
      segment.jobs.map(
        (j) => `${j.text} — ${labelOf(JOB_KINDS, j.kind)}, ${rated(j.importance, j.frequency)}`,
      ),
    ],
    [
      'Pains',
      segment.pains.map(
        (p) =>
          `${p.text} — ${labelOf(PAIN_KINDS, p.kind)}, severity ${p.severity}/5, ${rated(p.importance, p.frequency)}`,
      ),
    ],
    [
      'Gains',
      segment.gains.map(
        (g) =>
          `${g.text} — ${labelOf(GAIN_KINDS, g.kind)}, ${labelOf(RELEVANCES, g.relevance)?.toLowerCase()}, ${rated(g.importance, g.frequency)}`,
      ),
    ],
  ] as const;
  for (const [title, items] of lists) {
    if (items.length === 0) continue;
    flow.heading(`${title} (most relevant first)`, 10, ink);
    items.forEach((item, i) => flow.paragraph(clean(`${i + 1}. ${item}`), { size: 8, after: 2 }));
  }

  if (segment.personas.length) {
    flow.heading('Personas', 10, ink);
    for (const p of segment.personas) {
      if (p.photoId && ctx.photos.has(p.photoId)) flow.image(p.photoId, 44, 44);
      flow.paragraph(clean(p.name || 'Unnamed persona'), { size: 9, bold: true, after: 1 });
      if (p.quote) flow.paragraph(clean(`“${p.quote}”`), { size: 8, colour: MUTED });
      flow.clearFloat();
      flow.field('Demographics', clean(p.demographics));
      flow.field('Goals', clean(p.goals));
      flow.field('Barriers', clean(p.barriers));
      flow.field('Behaviours', clean(p.behaviours));
      flow.field('Channels', clean(p.channels));
      flow.space(4);
    }
  }

  const scored = CRITERIA.filter((c) => segment.scores[c.id] !== null);
  if (scored.length) {
    flow.heading('Attractiveness', 10, ink);
    const { weights } = ctx.doc.canvas;
    const { total } = attractiveness(segment.scores, weights);
    const rank = ranks.get(note.id);
    if (total !== null)
      flow.paragraph(
        `${formatTotal(total, weights)}${rank ? ` · ranked ${rank} of ${count}` : ''}`,
        {
          size: 9,
          bold: true,
        },
      );
    for (const c of scored)
      flow.paragraph(
        `${c.label}: ${segment.scores[c.id]}/5 (weight ${ctx.doc.canvas.weights[c.id]})`,
        {
          size: 8,
          after: 1,
        },
      );
  }

  // Part 2: validation and evidence, metrics over time, the playbook.
  const status = VALIDATION_STATUSES.find((v) => v.id === segment.validation.status)!.label;
  if (segment.evidence.length || segment.validation.changedAt) {
    flow.heading('Evidence and validation', 10, ink);
    flow.paragraph(
      `Status: ${status}${segment.validation.changedAt ? ` (since ${day(segment.validation.changedAt.slice(0, 10))})` : ''}`,
      { size: 8.5, bold: true },
    );
    const items = [
      ...segment.jobs.map((i) => ({ id: i.id, what: `the job “${i.text}”` })),
      ...segment.pains.map((i) => ({ id: i.id, what: `the pain “${i.text}”` })),
      ...segment.gains.map((i) => ({ id: i.id, what: `the gain “${i.text}”` })),
    ];
    for (const e of segment.evidence) {
      const type = EVIDENCE_TYPES.find((t) => t.id === e.type)!.label;
      const quote = e.quote ? ` “${e.quote}”` : '';
      const source = e.source ? ` (${e.source})` : '';
      // Evidence against one pain is not evidence against the segment: what it is about, said.
      const item = items.find((i) => i.id === e.about);
      const about = item ? ` about ${item.what}` : '';
      flow.paragraph(
        clean(
          `${e.supports ? 'Supports' : 'Contradicts'}${about} · ${type}, ${day(e.date)}: ${e.summary}${quote}${source}`,
        ),
        { size: 8, after: 2 },
      );
    }
  }
  if (segment.metrics.some((m) => m.values.length)) {
    flow.heading('Metrics over time', 10, ink);
    for (const m of segment.metrics) {
      if (m.values.length === 0) continue;
      flow.paragraph(clean(metricName(m)), { size: 8, bold: true, after: 0.5 });
      // Each value with its unit: "4.5 %", "$12,000.00", "3 days", "48 points".
      const currency = segment.size.currency;
      flow.paragraph(
        clean(
          m.values
            .map((v) => `${day(v.date)}: ${formatMetricValue(m, v.value, currency)}`)
            .join(' · '),
        ),
        { size: 8, after: 2 },
      );
    }
  }
  const { playbook } = segment;
  const playbookFields = PLAYBOOK_FIELDS.filter((f) => playbook[f.id].trim());
  if (playbook.onboarding.length || playbookFields.length) {
    flow.heading('Playbook', 10, ink);
    playbook.onboarding.forEach((step, i) =>
      flow.paragraph(clean(`${i + 1}. ${step.text}`), { size: 8, after: 1.5 }),
    );
    for (const f of playbookFields) flow.field(f.label, clean(playbook[f.id]));
  }
  if (segment.review.nextReviewOn) flow.field('Next review', day(segment.review.nextReviewOn));

  // The thread: what in the rest of the canvas serves this segment.
  const linked = sortByOrder(ctx.doc.notes.filter((n) => n.segmentIds.includes(note.id)));
  if (linked.length) {
    flow.heading('Served by', 10, ink);
    for (const block of BLOCK_IDS) {
      const here = linked.filter((n) => n.block === block);
      if (here.length === 0) continue;
      flow.keep(2);
      flow.paragraph(BLOCKS[block].title, { size: 7.5, bold: true, colour: MUTED, after: 0.5 });
      for (const n of here)
        flow.paragraph(clean(n.text.trim() || '(empty note)'), {
          size: 8,
          swatch: NOTE_FILLS[n.colour],
          after: 1.5,
        });
    }
  }
  return flow.pages;
}

/** Tried in turn until a segment fits one page: smaller text, then a fourth column. */
const FITS: readonly { scale: number; columns: number }[] = [
  { scale: 1, columns: 3 },
  { scale: 0.93, columns: 3 },
  { scale: 0.86, columns: 3 },
  { scale: 0.86, columns: 4 },
  { scale: 0.8, columns: 4 },
];
const CONTINUED = ' (continued)';

/** A page (or more) per segment, in block order. */
export function layoutSegmentPages(ctx: PagesContext): Page[] {
  const segments = sortByOrder(
    ctx.doc.notes.filter((n) => n.block === 'customer-segments' && n.segment),
  );
  const ranks = new Map(
    rankSegments(ctx.doc.notes, ctx.doc.canvas.weights).map((r) => [r.noteId, r.rank]),
  );
  return segments.flatMap((note, i) => {
    // A segment gets one page when its text fits there at a slightly smaller size; else it
    // continues on more pages at the smallest.
    let pages: Page[] = [];
    for (const fit of FITS) {
      pages = segmentPages(ctx, note, i, segments.length, ranks, fit.scale, fit.columns);
      if (pages.length === 1) break;
    }
    return pages;
  });
}

/** The notes that did not fit on the canvas page, block by block. */
export function layoutAppendix(ctx: PagesContext, overflow: readonly Overflow[]): Page[] {
  if (overflow.length === 0) return [];
  const { m, clean } = ctx;
  const flow = new Flow({
    page: ctx.page,
    m,
    columns: 3,
    header: (ops, continued) => {
      const s = ctx.page.width / 841.89;
      const margin = 24 * s;
      const size = 15 * s;
      ops.push({
        kind: 'text',
        x: margin,
        y: margin + size,
        text: `Appendix: notes continued from the canvas${continued ? ' (continued)' : ''}`,
        size,
        bold: true,
        colour: INK,
      });
      return margin + size + 14 * s;
    },
  });
  // The segments' names, for what the canvas page shows as coloured marks.
  const segmentNames = new Map(
    ctx.doc.notes.filter(isSegment).map((n) => [n.id, segmentName(n.text)]),
  );
  for (const { block, notes } of overflow) {
    flow.heading(BLOCKS[block].title, 10);
    for (const n of notes) {
      const serves = n.segmentIds.flatMap((id) => segmentNames.get(id) ?? []);
      const pricing = PRICING_MODELS.find((p) => p.id === n.pricing)?.label;
      const links = [serves.length ? `Serves ${serves.join(', ')}` : '', pricing ?? '']
        .filter(Boolean)
        .join(' · ');
      flow.paragraph(clean(noteLabel(n)), {
        size: 8.5,
        bold: !!n.segment,
        swatch: NOTE_FILLS[n.colour],
        after: links ? 0.5 : 3,
        together: true,
      });
      if (links) flow.paragraph(clean(links), { size: 7, colour: MUTED, indent: 9, after: 3 });
    }
  }
  return flow.pages;
}

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, type BlockId } from '../../src/domain/blocks';
import {
  CANVAS_NAME_MAX,
  CanvasDocSchema,
  type CanvasDoc,
  type Note,
} from '../../src/domain/canvas.schema';
import { buildExample, EXAMPLES, type ExampleId } from '../../src/domain/examples';
import { EXAMPLE_CANVAS_NAME, exampleCanvas } from '../../src/domain/example-canvas';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { canvasHealth } from '../../src/domain/segment-health';
import { sortByOrder } from '../../src/domain/order';
import {
  CRITERIA,
  SEGMENT_COLOURS,
  SEGMENT_LINE_MAX,
  TEMPLATE_FIELDS,
  type Segment,
} from '../../src/domain/segment.schema';
import { T0 } from '../factories';

const IDS: ExampleId[] = ['clearview', 'ecommerce', 'clinic', 'ride-hailing', 'diversified'];

/** Blocks whose notes must link every segment (the health check flags a segment missing here). */
const LINKED_BLOCKS: BlockId[] = [
  'value-propositions',
  'channels',
  'customer-relationships',
  'revenue-streams',
  'key-activities',
];

function build(id: ExampleId, prefix = 'id', canvasId = 'canvas_example', now = T0): CanvasDoc {
  let n = 0;
  return buildExample(id, { canvasId, newNoteId: () => `${prefix}_${++n}`, now });
}

function segmentNotes(doc: CanvasDoc): Note[] {
  return sortByOrder(doc.notes.filter((n) => n.block === 'customer-segments'));
}

const filled = (s: string) => s.trim().length > 0;

/** Ranked lists: most important first. */
function expectRanked(items: readonly { importance: number }[], label: string) {
  for (let i = 1; i < items.length; i++)
    expect(items[i]!.importance, `${label} #${i + 1}`).toBeLessThanOrEqual(
      items[i - 1]!.importance,
    );
}

/** Every field of a segment's profile filled, as an example must show it. */
function expectCompleteSegment(name: string, s: Segment) {
  const at = (field: string) => `${name}: ${field}`;
  // Identity: an operational description, not a bare label.
  expect(s.description.split(/\s+/).length, at('description')).toBeGreaterThanOrEqual(12);
  expect(s.description.length, at('description')).toBeLessThanOrEqual(SEGMENT_LINE_MAX);
  expect(s.archetype, at('archetype')).not.toBeNull();
  expect(s.kind, at('kind')).not.toBeNull();
  expect(s.priority, at('priority')).not.toBeNull();
  // Buyer and user: both or neither, and different when given.
  expect(filled(s.buyer), at('buyer and user together')).toBe(filled(s.user));
  if (filled(s.buyer)) expect(s.buyer, at('buyer differs from user')).not.toBe(s.user);
  // Size: a count with a unit, and TAM ≥ SAM ≥ SOM > 0.
  const { count, unit, tam, sam, som, currency } = s.size;
  expect(count, at('size.count')).toBeGreaterThan(0);
  expect(filled(unit), at('size.unit')).toBe(true);
  expect(currency, at('size.currency')).toMatch(/^[A-Z]{3}$/);
  expect(som, at('size.som')).toBeGreaterThan(0);
  expect(sam!, at('SAM ≥ SOM')).toBeGreaterThanOrEqual(som!);
  expect(tam!, at('TAM ≥ SAM')).toBeGreaterThanOrEqual(sam!);
  // Bases: 2–4 distinct ones, each explained, not only demographic or geographic.
  expect(s.bases.length, at('bases')).toBeGreaterThanOrEqual(2);
  expect(s.bases.length, at('bases')).toBeLessThanOrEqual(4);
  expect(new Set(s.bases.map((b) => b.basis)).size, at('distinct bases')).toBe(s.bases.length);
  expect(
    s.bases.some((b) => b.basis !== 'demographic' && b.basis !== 'geographic'),
    at('a basis beyond demographics'),
  ).toBe(true);
  for (const b of s.bases) expect(filled(b.description), at(`basis ${b.basis}`)).toBe(true);
  // The template: all seven fields.
  for (const field of TEMPLATE_FIELDS)
    expect(filled(s.template[field.id]), at(`template.${field.id}`)).toBe(true);
  // Jobs, pains and gains: at least three each, ranked; jobs of more than one kind.
  expect(s.jobs.length, at('jobs')).toBeGreaterThanOrEqual(3);
  expect(s.pains.length, at('pains')).toBeGreaterThanOrEqual(3);
  expect(s.gains.length, at('gains')).toBeGreaterThanOrEqual(3);
  expect(new Set(s.jobs.map((j) => j.kind)).size, at('job kinds')).toBeGreaterThanOrEqual(2);
  expectRanked(s.jobs, at('jobs'));
  expectRanked(s.pains, at('pains'));
  expectRanked(s.gains, at('gains'));
  for (const item of [...s.jobs, ...s.pains, ...s.gains])
    expect(filled(item.text), at(`item ${item.id}`)).toBe(true);
  // One persona, every field filled, no photo.
  expect(s.personas, at('personas')).toHaveLength(1);
  const persona = s.personas[0]!;
  expect(persona.photoId, at('persona.photoId')).toBeNull();
  for (const field of [
    'name',
    'quote',
    'demographics',
    'goals',
    'barriers',
    'behaviours',
    'channels',
  ] as const)
    expect(filled(persona[field]), at(`persona.${field}`)).toBe(true);
  // Attractiveness: every criterion scored.
  for (const c of CRITERIA) expect(s.scores[c.id], at(`scores.${c.id}`)).not.toBeNull();
}

describe('EXAMPLES', () => {
  it('lists every example once, Clearview first, each with a name and a one-sentence summary', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(IDS);
    for (const e of EXAMPLES) {
      expect(e.name).toMatch(/^Example: /);
      expect(e.name.length).toBeLessThanOrEqual(CANVAS_NAME_MAX);
      expect(e.summary).toMatch(/^[A-Z][^.]*\.$/);
    }
    expect(new Set(EXAMPLES.map((e) => e.name)).size).toBe(EXAMPLES.length);
  });

  it('keeps the old example-canvas exports as Clearview', () => {
    expect(EXAMPLE_CANVAS_NAME).toBe(EXAMPLES[0]!.name);
    let a = 0;
    let b = 0;
    const params = (next: () => string) => ({ canvasId: 'c', newNoteId: next, now: T0 });
    expect(exampleCanvas(params(() => `n_${++a}`))).toEqual(
      buildExample(
        'clearview',
        params(() => `n_${++b}`),
      ),
    );
  });
});

describe.each(EXAMPLES)('the $id example', ({ id, name }) => {
  const doc = build(id);
  const segments = segmentNotes(doc);
  const segmentIds = new Set(segments.map((n) => n.id));
  const profile = (note: Note) => note.segment!;

  it('is a valid, live, current canvas document with the listed name', () => {
    const parsed = CanvasDocSchema.safeParse(doc);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(doc.canvas).toMatchObject({
      id: 'canvas_example',
      name,
      schemaVersion: CURRENT_VERSION,
      trashedAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
    for (const note of doc.notes) {
      expect(note.canvasId).toBe('canvas_example');
      expect(note.createdAt).toBe(T0);
      expect(note.updatedAt).toBe(T0);
      expect(filled(note.text)).toBe(true);
    }
  });

  it.each(BLOCK_IDS)('has 3–6 notes in %s, with distinct order keys', (block) => {
    const inBlock = doc.notes.filter((n) => n.block === block);
    expect(inBlock.length).toBeGreaterThanOrEqual(3);
    expect(inBlock.length).toBeLessThanOrEqual(6);
    expect(new Set(inBlock.map((n) => n.order)).size).toBe(inBlock.length);
  });

  it('uses every id once: notes, profile items and personas', () => {
    const ids = [
      ...doc.notes.map((n) => n.id),
      ...segments.flatMap((n) => {
        const s = profile(n);
        return [...s.jobs, ...s.pains, ...s.gains, ...s.personas].map((x) => x.id);
      }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a segment profile to exactly the Customer Segments notes', () => {
    for (const note of doc.notes)
      expect(note.segment !== undefined, note.text).toBe(note.block === 'customer-segments');
  });

  it('fills every field of every segment profile', () => {
    for (const note of segments) expectCompleteSegment(note.text, profile(note));
  });

  it('gives the segments distinct colours, in SEGMENT_COLOURS order', () => {
    expect(segments.map((n) => profile(n).colour)).toEqual(
      SEGMENT_COLOURS.slice(0, segments.length),
    );
  });

  it('shares one archetype across its segments and has at most three primary ones', () => {
    expect(new Set(segments.map((n) => profile(n).archetype)).size).toBe(1);
    expect(segments.filter((n) => profile(n).priority === 'primary').length).toBeLessThanOrEqual(3);
  });

  it('links notes only to segments of this canvas, each at most once', () => {
    for (const note of doc.notes) {
      if (note.block === 'customer-segments') expect(note.segmentIds).toEqual([]);
      for (const sid of note.segmentIds) expect(segmentIds.has(sid), note.text).toBe(true);
      expect(new Set(note.segmentIds).size).toBe(note.segmentIds.length);
    }
    for (const note of segments)
      for (const sid of profile(note).dependsOn) {
        expect(segmentIds.has(sid), note.text).toBe(true);
        expect(sid).not.toBe(note.id);
      }
  });

  it.each(LINKED_BLOCKS)('links every segment from a note in %s', (block) => {
    const served = new Set(doc.notes.filter((n) => n.block === block).flatMap((n) => n.segmentIds));
    for (const note of segments) expect(served.has(note.id), note.text).toBe(true);
  });

  it('gives every revenue stream linked to segments a pricing model', () => {
    const linked = doc.notes.filter(
      (n) => n.block === 'revenue-streams' && n.segmentIds.length > 0,
    );
    expect(linked.length).toBeGreaterThan(0);
    for (const note of linked) expect(note.pricing, note.text).toBeDefined();
    for (const note of doc.notes)
      if (note.block !== 'revenue-streams') expect(note.pricing, note.text).toBeUndefined();
  });

  it('makes the sides of a multi-sided platform depend on each other', () => {
    const byId = new Map(segments.map((n) => [n.id, n]));
    for (const note of segments) {
      const s = profile(note);
      if (s.archetype !== 'multi-sided') {
        expect(s.dependsOn, note.text).toEqual([]);
        continue;
      }
      expect(s.dependsOn.length, note.text).toBeGreaterThan(0);
      for (const other of s.dependsOn)
        expect(profile(byId.get(other)!).dependsOn, `${other} → ${note.text}`).toContain(note.id);
    }
  });

  it('builds the same document every time, up to ids and timestamps', () => {
    const again = build(id);
    expect(again).toEqual(doc);
    // Different ids, canvas and time: the same texts, links and profiles.
    const other = build(id, 'other', 'canvas_other', T0 + 1);
    expect(shape(other)).toEqual(shape(doc));
    expect(other.notes.every((n) => n.canvasId === 'canvas_other' && n.updatedAt === T0 + 1)).toBe(
      true,
    );
  });

  it('shares no objects between two builds', () => {
    const a = build(id);
    const b = build(id);
    const segA = segmentNotes(a)[0]!.segment!;
    segA.jobs[0]!.text = 'changed';
    segA.size.count = 1;
    segA.template.job = 'changed';
    segA.personas[0]!.name = 'changed';
    expect(segmentNotes(b)[0]!.segment).toEqual(segments[0]!.segment);
    expect(segmentNotes(build(id))[0]!.segment).toEqual(segments[0]!.segment);
  });
});

describe('health of the examples', () => {
  it.each(EXAMPLES.map((e) => e.id))(
    '%s: every segment passes every check but the evidence advice',
    (id) => {
      let n = 0;
      const doc = buildExample(id, { canvasId: 'c', newNoteId: () => `n${++n}`, now: T0 });
      const health = canvasHealth(doc.notes);
      expect(health.checks.map((c) => c.id)).toEqual(health.checks.map(() => 'no-evidence'));
    },
  );
});

describe('the archetypes of the classic cases', () => {
  const archetypes = (id: ExampleId) => segmentNotes(build(id)).map((n) => n.segment!.archetype);

  it('models the coffee shop and the clinic as segmented markets', () => {
    expect(new Set(archetypes('ecommerce'))).toEqual(new Set(['segmented']));
    expect(new Set(archetypes('clinic'))).toEqual(new Set(['segmented']));
  });

  it('models ride-hailing as a multi-sided platform where riders and drivers need each other', () => {
    const segments = segmentNotes(build('ride-hailing'));
    expect(new Set(segments.map((n) => n.segment!.archetype))).toEqual(new Set(['multi-sided']));
    const riders = segments.find((n) => n.text === 'Riders')!;
    const drivers = segments.find((n) => n.text === 'Drivers')!;
    expect(riders.segment!.dependsOn).toContain(drivers.id);
    expect(drivers.segment!.dependsOn).toContain(riders.id);
  });

  it('models the retailer that sells cloud computing as a diversified business', () => {
    const segments = segmentNotes(build('diversified'));
    expect(new Set(segments.map((n) => n.segment!.archetype))).toEqual(new Set(['diversified']));
    expect(segments.map((n) => n.text)).toEqual(
      expect.arrayContaining(['Online shoppers', 'Cloud-computing customers']),
    );
  });

  it('shows buyers who are not the users where someone else pays', () => {
    for (const id of ['clinic', 'clearview'] as const)
      for (const note of segmentNotes(build(id)))
        expect(note.segment!.buyer, note.text).not.toBe('');
  });
});

/** A document without its ids and timestamps: links and dependsOn become segment names. */
function shape(doc: CanvasDoc) {
  const names = new Map(segmentNotes(doc).map((n) => [n.id, n.text]));
  const strip = <T extends { id: string }>(items: readonly T[]) =>
    items.map(({ id: _id, ...rest }) => rest);
  return doc.notes.map((n) => ({
    block: n.block,
    text: n.text,
    colour: n.colour,
    order: n.order,
    pricing: n.pricing,
    links: n.segmentIds.map((id) => names.get(id)),
    segment: n.segment && {
      ...n.segment,
      jobs: strip(n.segment.jobs),
      pains: strip(n.segment.pains),
      gains: strip(n.segment.gains),
      personas: strip(n.segment.personas),
      dependsOn: n.segment.dependsOn.map((id) => names.get(id)),
      // Part 2 is dated from the day the example is made: compare the content, not the dates.
      validation: n.segment.validation.status,
      evidence: strip(n.segment.evidence).map(({ date: _date, ...rest }) => rest),
      metrics: strip(n.segment.metrics).map((m) => ({
        ...m,
        values: m.values.map((v) => v.value),
      })),
      playbook: { ...n.segment.playbook, onboarding: strip(n.segment.playbook.onboarding) },
    },
  }));
}

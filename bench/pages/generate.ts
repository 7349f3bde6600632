// Deterministic canvases for the benchmark: the same seed always gives the same notes, with text
// lengths like those of real workshops (a few words to a few sentences).
import { BLOCK_IDS, type BlockId } from '../../src/domain/blocks';
import { NOTE_COLOURS, type CanvasDoc, type Note } from '../../src/domain/canvas.schema';
import { createCanvas } from '../../src/domain/canvas-ops';
import { initialOrderKeys } from '../../src/domain/order';
import {
  ARCHETYPES,
  BASES,
  emptySegment,
  SEGMENT_COLOURS,
  TEMPLATE_FIELDS,
  type Segment,
} from '../../src/domain/segment.schema';

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'customers teams onboarding pricing subscription partners analytics compliance reporting ' +
  'dashboards churn renewal support channel marketplace trial integration security audit data ' +
  'warehouse enterprise self-serve community revenue margin cost retention growth activation ' +
  'weekly monthly workflow operations finance healthcare retail logistics founders managers'
).split(' ');

/** Text of 3 to 60 words, most of them short, as sticky notes are. */
export function noteText(next: () => number, index: number): string {
  const r = next();
  const words =
    r < 0.6
      ? 3 + Math.floor(next() * 8)
      : r < 0.9
        ? 10 + Math.floor(next() * 20)
        : 30 + Math.floor(next() * 30);
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]!);
  out[0] = out[0]!.charAt(0).toUpperCase() + out[0]!.slice(1);
  return `${out.join(' ')} (${index + 1})`;
}

/** A fully filled segment profile: every field, five jobs, pains and gains, two personas. */
function fullSegment(next: () => number, i: number, segmentIds: readonly string[]): Segment {
  const line = (n: number) => noteText(next, n).slice(0, 280);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const rating = () => 1 + Math.floor(next() * 5);
  const items = <T>(make: (k: number) => T) => Array.from({ length: 5 }, (_, k) => make(k));
  return {
    ...emptySegment(SEGMENT_COLOURS[i % SEGMENT_COLOURS.length]!),
    description: line(i),
    archetype: pick(ARCHETYPES).id,
    kind: 'b2b',
    buyer: line(i),
    user: line(i),
    priority: i < 2 ? 'primary' : 'secondary',
    earlyAdopter: i === 0,
    size: {
      count: 1000 * (i + 1),
      unit: 'companies',
      tam: 5e8,
      sam: 1e8,
      som: 1e7,
      currency: 'USD',
    },
    bases: BASES.slice(0, 3).map((b) => ({ basis: b.id, description: line(i) })),
    template: Object.fromEntries(
      TEMPLATE_FIELDS.map((f) => [f.id, `${line(i)} ${line(i)}`]),
    ) as Segment['template'],
    jobs: items((k) => ({
      id: `job_${i}_${k}`,
      text: line(k),
      kind: 'functional' as const,
      importance: rating(),
      frequency: 'often' as const,
    })),
    pains: items((k) => ({
      id: `pain_${i}_${k}`,
      text: line(k),
      kind: 'obstacle' as const,
      importance: rating(),
      frequency: 'sometimes' as const,
      severity: rating(),
    })),
    gains: items((k) => ({
      id: `gain_${i}_${k}`,
      text: line(k),
      kind: 'desired' as const,
      importance: rating(),
      frequency: 'often' as const,
      relevance: 'important' as const,
    })),
    personas: [0, 1].map((k) => ({
      id: `persona_${i}_${k}`,
      name: `Persona ${i + 1}.${k + 1}`,
      photoId: null,
      quote: line(k),
      demographics: line(k),
      goals: line(k),
      barriers: line(k),
      behaviours: line(k),
      channels: line(k),
    })),
    dependsOn: segmentIds.length > 1 && i > 0 ? [segmentIds[0]!] : [],
    scores: {
      reach: rating(),
      marketSize: rating(),
      valueAlignment: rating(),
      painDepth: rating(),
      budget: rating(),
    },
  };
}

const OTHER_BLOCKS = BLOCK_IDS.filter((b) => b !== 'customer-segments');

export interface GenerateOptions {
  notes: number;
  /** Notes in Customer Segments that other notes link to (fully filled: long text, many links). */
  segments?: number;
  seed?: number;
  canvasId?: string;
}

export function generateCanvasDoc({
  notes,
  segments = 0,
  seed = 1,
  canvasId = 'canvas_bench',
}: GenerateOptions): CanvasDoc {
  const next = random(seed);
  const now = 1_750_000_000_000;
  const canvas = createCanvas({ id: canvasId, name: `Benchmark: ${notes} notes`, now });
  const byBlock = new Map<BlockId, Note[]>(BLOCK_IDS.map((b) => [b, []]));
  const segmentCount = Math.min(segments, notes);
  const segmentIds: string[] = [];
  for (let i = 0; i < notes; i++) {
    const isSegment = i < segmentCount;
    // With segments asked for, the other notes stay out of Customer Segments: "10 segments" means
    // ten segment pages, not ten plus every note that happened to land in that block.
    const others = segmentCount > 0 ? OTHER_BLOCKS : BLOCK_IDS;
    const block: BlockId = isSegment
      ? 'customer-segments'
      : others[Math.floor(next() * others.length)]!;
    const id = `note_bench_${String(i).padStart(5, '0')}`;
    if (isSegment) segmentIds.push(id);
    const links =
      !isSegment && segmentIds.length > 0 && next() < 0.5
        ? [segmentIds[Math.floor(next() * segmentIds.length)]!]
        : [];
    const segment =
      block !== 'customer-segments'
        ? {}
        : isSegment
          ? { segment: fullSegment(next, i, segmentIds) }
          : { segment: emptySegment('slate') };
    byBlock.get(block)!.push({
      ...segment,
      id,
      canvasId,
      block,
      text: isSegment
        ? `Segment ${i + 1}: ${noteText(next, i)}. ${noteText(next, i)}. ${noteText(next, i)}`.slice(
            0,
            2000,
          )
        : noteText(next, i),
      colour: NOTE_COLOURS[Math.floor(next() * NOTE_COLOURS.length)]!,
      order: '',
      segmentIds: links,
      createdAt: now,
      updatedAt: now,
    });
  }
  const all: Note[] = [];
  for (const list of byBlock.values()) {
    const keys = initialOrderKeys(list.length);
    list.forEach((n, i) => all.push({ ...n, order: keys[i]! }));
  }
  return { canvas, notes: all };
}

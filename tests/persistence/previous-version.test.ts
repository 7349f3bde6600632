// Canvases written by the previous version (2: segments without their operational part) still open.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CanvasDoc } from '../../src/domain/canvas.schema';
import { answerPair } from '../../src/domain/difference';
import { completeSegments, CURRENT_VERSION } from '../../src/domain/migrations';
import { emptyOperations } from '../../src/domain/segment-operational.schema';
import { emptySegment, type SegmentColour } from '../../src/domain/segment.schema';
import { loadCanvasDoc } from '../../src/persistence/canvas-repo';
import type { NinefoldDb } from '../../src/persistence/db';
import { actions, loadDoc, makeCanvas, makeDb, makeNote, omit, store } from '../factories';

let db: NinefoldDb;

beforeEach(async () => {
  db = makeDb();
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete().catch(() => undefined);
});

const PART_TWO = ['validation', 'evidence', 'metrics', 'review', 'playbook'] as const;

/** A segment as version 2 wrote it: a profile, but none of the part-2 fields. */
function v2Segment(colour: SegmentColour, description: string): Record<string, unknown> {
  const segment: Record<string, unknown> = { ...emptySegment(colour), description };
  for (const key of PART_TWO) delete segment[key];
  return segment;
}

/** A canvas row as version 2 wrote it: schemaVersion 2 and no difference answers. */
const v2Canvas = (id: string) => ({ ...omit(makeCanvas({ id }), 'differences'), schemaVersion: 2 });

async function putRaw(table: 'canvases' | 'notes', row: Record<string, unknown>) {
  await (db[table] as unknown as { put: (r: unknown) => Promise<unknown> }).put(row);
}

async function load(canvasId: string): Promise<{ doc: CanvasDoc; unreadableNotes: unknown[] }> {
  const result = await loadCanvasDoc(db, canvasId);
  expect(result.status).toBe('ok');
  if (result.status !== 'ok') throw new Error(result.status);
  return result;
}

describe('a version-2 canvas', () => {
  async function seedV2() {
    await putRaw('canvases', v2Canvas('canvas_v2'));
    const seg = makeNote({ id: 'seg_old', canvasId: 'canvas_v2', block: 'customer-segments' });
    await putRaw('notes', { ...seg, segment: v2Segment('crimson', 'Group practices') });
    const seg2 = makeNote({ id: 'seg_old2', canvasId: 'canvas_v2', block: 'customer-segments' });
    await putRaw('notes', { ...seg2, segment: v2Segment('indigo', '') });
    const channel = makeNote({ id: 'ch_old', canvasId: 'canvas_v2', segmentIds: ['seg_old'] });
    await putRaw('notes', { ...channel, block: 'channels' });
    return { seg, channel: { ...channel, block: 'channels' as const } };
  }

  it('opens at the current version, with no difference answers yet', async () => {
    await seedV2();
    const { doc, unreadableNotes } = await load('canvas_v2');
    expect(unreadableNotes).toEqual([]);
    expect(doc.canvas.schemaVersion).toBe(CURRENT_VERSION);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(3);
    expect(doc.canvas.differences).toEqual([]);
    expect(doc.canvas.votes).toEqual([]);
    expect(doc.notes.map((n) => n.id).sort()).toEqual(['ch_old', 'seg_old', 'seg_old2']);
  });

  it('gives its segments the default part-2 fields and keeps their profile', async () => {
    const { channel } = await seedV2();
    const { doc } = await load('canvas_v2');
    const seg = doc.notes.find((n) => n.id === 'seg_old')!;
    expect(seg.segment).toEqual({
      ...emptySegment('crimson'),
      description: 'Group practices',
      ...emptyOperations(),
    });
    expect(seg.segment?.validation).toEqual({ status: 'hypothesis', changedAt: null });
    expect(seg.segment?.review).toEqual({
      cadenceDays: 30,
      nextReviewOn: null,
      lastReviewedOn: null,
    });
    expect(doc.notes.find((n) => n.id === 'ch_old')).toEqual(channel);
  });

  it('can be edited in the store once opened', async () => {
    await seedV2();
    loadDoc((await load('canvas_v2')).doc);
    const ev = actions().addEvidence('seg_old', '2025-01-06')!;
    actions().answerDifference('canvas_v2', 'seg_old2', 'seg_old', 'churn', true);
    expect(store().notes['seg_old']?.segment?.evidence.map((e) => e.id)).toEqual([ev]);
    expect(store().canvases['canvas_v2']?.differences.map((p) => [p.a, p.b])).toEqual([
      ['seg_old', 'seg_old2'],
    ]);
  });
});

describe('a version-2 segment under a canvas row already at version 3', () => {
  it('still loads, completed, next to a version-3 segment that keeps its own values', async () => {
    const canvas = makeCanvas({
      id: 'canvas_mixed',
      differences: answerPair([], 'seg_new', 'seg_old', 'value', true),
    });
    await db.canvases.put(canvas);
    const old = makeNote({
      id: 'seg_old',
      canvasId: canvas.id,
      block: 'customer-segments',
      order: 'a0',
    });
    await putRaw('notes', { ...old, segment: v2Segment('teal', 'Written by an older tab') });
    const current = makeNote({
      id: 'seg_new',
      canvasId: canvas.id,
      block: 'customer-segments',
      order: 'a1',
      segment: {
        ...emptySegment('crimson'),
        validation: { status: 'validated', changedAt: '2025-01-05T10:00:00.000Z' },
        review: { cadenceDays: 14, nextReviewOn: '2025-02-01', lastReviewedOn: null },
      },
    });
    await db.notes.put(current);

    const { doc, unreadableNotes } = await load(canvas.id);
    expect(unreadableNotes).toEqual([]);
    expect(doc.canvas).toEqual(canvas);
    const byId = new Map(doc.notes.map((n) => [n.id, n]));
    expect(byId.get('seg_old')?.segment).toEqual({
      ...emptySegment('teal'),
      description: 'Written by an older tab',
    });
    expect(byId.get('seg_new')).toEqual(current);
  });

  it('fills only the part-2 fields that are missing', async () => {
    const canvas = makeCanvas({ id: 'canvas_partial' });
    await db.canvases.put(canvas);
    const partial = v2Segment('indigo', '');
    partial['evidence'] = [
      {
        id: 'ev_1',
        type: 'survey',
        date: '2025-01-01',
        summary: 'Kept',
        quote: '',
        source: '',
        supports: false,
        about: null,
      },
    ];
    const note = makeNote({ id: 'seg_partial', canvasId: canvas.id, block: 'customer-segments' });
    await putRaw('notes', { ...note, segment: partial });

    const { doc } = await load(canvas.id);
    const segment = doc.notes[0]?.segment;
    expect(segment?.evidence).toEqual(partial['evidence']);
    expect(segment?.playbook).toEqual(emptyOperations().playbook);
  });
});

describe('completeSegments', () => {
  it('is idempotent, and returns a complete document unchanged', () => {
    const raw = {
      canvas: omit(makeCanvas(), 'differences') as Record<string, unknown>,
      notes: [{ ...makeNote({ block: 'customer-segments' }), segment: v2Segment('teal', '') }],
    };
    const once = completeSegments(raw);
    expect(once).not.toBe(raw);
    expect(once.canvas['differences']).toEqual([]);
    expect(once.notes[0]?.['segment']).toEqual(emptySegment('teal'));
    expect(completeSegments(once)).toBe(once);
    expect(raw.notes[0]?.segment).not.toHaveProperty('validation');
  });
});

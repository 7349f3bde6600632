import { describe, expect, it } from 'vitest';
import exportV1 from '../fixtures/export-v1.ninefold.json?raw';
import {
  CanvasSchema,
  NoteSchema,
  type CanvasDoc,
  type Note,
} from '../../src/domain/canvas.schema';
import { compareOrder } from '../../src/domain/order';
import { SnapshotSchema, type Snapshot } from '../../src/domain/snapshot';
import { VoteRoundSchema } from '../../src/domain/vote';
import {
  DifferenceAnswersSchema,
  DifferencePairSchema,
  NO_ANSWERS,
  pairKey,
} from '../../src/domain/difference';
import {
  EvidenceSchema,
  MetricSchema,
  MetricValueSchema,
  PlaybookSchema,
  PlaybookStepSchema,
  ReviewSchema,
  ValidationSchema,
} from '../../src/domain/segment-operational.schema';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { buildExample } from '../../src/domain/examples/index';
import {
  GainSchema,
  JobSchema,
  PainSchema,
  PersonaSchema,
  ScoresSchema,
  SegmentBasisSchema,
  SegmentSchema,
  SegmentSizeSchema,
  SegmentTemplateSchema,
  WeightsSchema,
} from '../../src/domain/segment.schema';
import {
  exportFileName,
  writeExport,
  type CanvasWithPhotos,
  type PhotoBlob,
} from '../../src/export/envelope';
import { readExportText, type ReadResult } from '../../src/export/import-reader';
import { makeDoc, T0 } from '../factories';

const APP = { now: Date.UTC(2026, 10, 25, 10, 0, 0), appVersion: '0.1.0' };

/** Every field of every schema set to something other than its default, photo included. */
function fullCanvas(): CanvasWithPhotos {
  let n = 0;
  const doc = buildExample('ride-hailing', {
    canvasId: 'canvas_full',
    newNoteId: () => `note_${++n}`,
    now: T0,
  });
  const photo: PhotoBlob = {
    id: 'photo_1',
    blob: new Blob([new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 250])], {
      type: 'image/webp',
    }),
    width: 480,
    height: 320,
    createdAt: T0 + 5,
  };
  const notes = doc.notes.map((note): Note => {
    if (!note.segment) return { ...note, colour: 'purple' };
    const firstJob = note.segment.jobs[0]?.id ?? null;
    return {
      ...note,
      segment: {
        ...note.segment,
        personas: note.segment.personas.map((p) => ({ ...p, photoId: photo.id })),
        validation: { status: 'testing', changedAt: '2026-11-20T09:30:00.000Z' },
        evidence: [
          {
            id: `${note.id}_ev`,
            type: 'interview',
            date: '2026-11-18',
            summary: 'Five of six practice managers book by phone',
            quote: 'We lose a morning a week to the phone',
            source: 'Clinic interviews, round 2',
            supports: true,
            about: firstJob,
          },
        ],
        metrics: [
          {
            id: `${note.id}_m`,
            kind: 'custom',
            name: 'NPS',
            unit: 'points',
            values: [
              { id: `${note.id}_v1`, date: '2026-10-01', value: 31 },
              { id: `${note.id}_v2`, date: '2026-11-01', value: -2.5 },
            ],
          },
        ],
        review: { cadenceDays: 14, nextReviewOn: '2026-12-01', lastReviewedOn: '2026-11-17' },
        playbook: {
          onboarding: [{ id: `${note.id}_s1`, text: 'Kick-off call' }],
          serviceLevels: 'First reply within 4 hours',
          handoffs: 'Sales hands over at signature',
          escalation: 'Three tickets in a week',
          capacity: 'One manager per 40 accounts',
        },
      },
    };
  });
  const segmentIds = notes.filter((n) => n.segment).map((n) => n.id);
  const snapshot: Snapshot = {
    id: 'snapshot_1',
    canvasId: doc.canvas.id,
    name: 'Before merging riders',
    reason: 'merge',
    createdAt: T0 + 9,
    doc: structuredClone(doc),
  };
  return {
    snapshots: [snapshot],
    doc: {
      canvas: {
        ...doc.canvas,
        weights: { ...doc.canvas.weights, reach: 3, budget: 0 },
        votes: [
          {
            id: 'round_1',
            block: 'customer-segments',
            dots: 3,
            openedAt: T0 + 20,
            closedAt: T0 + 30,
            counts: { [segmentIds[0]!]: 4, [segmentIds[1]!]: 1 },
          },
        ],
        differences: [
          {
            ...pairKey(segmentIds[0]!, segmentIds[1]!),
            answers: {
              ...NO_ANSWERS,
              onboarding: true,
              support: false,
              churn: true,
              buying: false,
              costToServe: true,
              value: false,
            },
          },
        ],
      },
      notes,
    },
    photos: [photo],
  };
}

const byId = (notes: Note[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));

function expectRead(result: ReadResult): Extract<ReadResult, { ok: true }> {
  if (!result.ok) throw new Error(`refused: ${result.reason} ${result.problems.join('; ')}`);
  return result;
}

/** The keys of a zod/mini object schema. */
// The keys of an object schema, or of the object schema a lazy one builds (segment.schema.ts).
const keysOf = (schema: { _zod: { def: unknown } }): string[] => {
  const def = schema._zod.def as { type: string; getter?: () => typeof schema };
  if (def.type === 'lazy') return keysOf(def.getter!());
  return Object.keys((def as unknown as { shape: Record<string, unknown> }).shape);
};

const isSet = (v: unknown) =>
  v !== null && v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && !v.length);

describe('export then import', () => {
  it('the fixture sets every field of every schema', () => {
    const { doc } = fullCanvas();
    const segments = doc.notes.flatMap((n) => (n.segment ? [n.segment] : []));
    const instances: [string, { _zod: { def: unknown } }, object[]][] = [
      ['canvas', CanvasSchema, [doc.canvas]],
      ['note', NoteSchema, doc.notes],
      ['segment', SegmentSchema, segments],
      ['size', SegmentSizeSchema, segments.map((s) => s.size)],
      ['template', SegmentTemplateSchema, segments.map((s) => s.template)],
      ['basis', SegmentBasisSchema, segments.flatMap((s) => s.bases)],
      ['job', JobSchema, segments.flatMap((s) => s.jobs)],
      ['pain', PainSchema, segments.flatMap((s) => s.pains)],
      ['gain', GainSchema, segments.flatMap((s) => s.gains)],
      ['persona', PersonaSchema, segments.flatMap((s) => s.personas)],
      ['scores', ScoresSchema, segments.map((s) => s.scores)],
      ['weights', WeightsSchema, [doc.canvas.weights]],
      ['validation', ValidationSchema, segments.map((s) => s.validation)],
      ['evidence', EvidenceSchema, segments.flatMap((s) => s.evidence)],
      ['metric', MetricSchema, segments.flatMap((s) => s.metrics)],
      [
        'metric value',
        MetricValueSchema,
        segments.flatMap((s) => s.metrics.flatMap((m) => m.values)),
      ],
      ['review', ReviewSchema, segments.map((s) => s.review)],
      ['playbook', PlaybookSchema, segments.map((s) => s.playbook)],
      ['playbook step', PlaybookStepSchema, segments.flatMap((s) => s.playbook.onboarding)],
      ['difference pair', DifferencePairSchema, doc.canvas.differences],
      // At least one yes and one no: both must travel (null is "not answered").
      ['answers', DifferenceAnswersSchema, doc.canvas.differences.map((d) => d.answers)],
      ['snapshot', SnapshotSchema, fullCanvas().snapshots ?? []],
      ['vote round', VoteRoundSchema, doc.canvas.votes],
    ];
    for (const [name, schema, objects] of instances) {
      for (const key of keysOf(schema)) {
        // A canvas in the trash is not exported; imports always arrive live.
        if (name === 'canvas' && key === 'trashedAt') continue;
        // A "no" (false) is an answer too; only null is "not answered".
        const set = name === 'answers' ? (v: unknown) => v !== null && v !== undefined : isSet;
        expect(
          objects.some((o) => set((o as Record<string, unknown>)[key])),
          `${name}.${key} is set somewhere`,
        ).toBe(true);
      }
    }
  });

  it('gives back the same canvas, field for field, photo bytes included', async () => {
    const item = fullCanvas();
    const text = await writeExport([item], APP);
    const read = expectRead(readExportText(text));
    expect(read.canvases).toHaveLength(1);
    const back = read.canvases[0]!;
    expect(back.doc.canvas).toEqual(item.doc.canvas);
    expect(byId(back.doc.notes)).toEqual(byId(item.doc.notes));
    expect(back.snapshots).toEqual(item.snapshots);
    expect(back.photos).toHaveLength(1);
    const photo = back.photos[0]!;
    expect({ ...photo, blob: null }).toEqual({ ...item.photos[0]!, blob: null });
    expect(photo.blob.type).toBe('image/webp');
    expect(new Uint8Array(await photo.blob.arrayBuffer())).toEqual(
      new Uint8Array(await item.photos[0]!.blob.arrayBuffer()),
    );
  });

  it('writes the envelope with a stable key order and readable indentation', async () => {
    const item = fullCanvas();
    const text = await writeExport([item], APP);
    expect(text.startsWith('{\n  "format": "ninefold",\n  "formatVersion": 1,\n')).toBe(true);
    const envelope = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(envelope)).toEqual([
      'format',
      'formatVersion',
      'app',
      'exportedAt',
      'canvases',
    ]);
    expect(envelope['exportedAt']).toBe('2026-11-25T10:00:00.000Z');
    // The same canvas, its notes and keys shuffled, gives the same file.
    const shuffled: CanvasWithPhotos = {
      ...item,
      doc: {
        canvas: Object.fromEntries(
          Object.entries(item.doc.canvas).reverse(),
        ) as CanvasDoc['canvas'],
        notes: [...item.doc.notes]
          .reverse()
          .map((n) => Object.fromEntries(Object.entries(n).reverse()) as Note),
      },
    };
    expect(await writeExport([shuffled], APP)).toBe(text);
  });

  it('writes notes in block order, then in their order within the block', async () => {
    const doc = makeDoc({ blocks: { 'revenue-streams': 2, 'key-partners': 2, channels: 1 } });
    const text = await writeExport([{ doc, photos: [] }], APP);
    const notes = (JSON.parse(text) as { canvases: { notes: Note[] }[] }).canvases[0]!.notes;
    expect(notes.map((n) => n.block)).toEqual([
      'key-partners',
      'key-partners',
      'channels',
      'revenue-streams',
      'revenue-streams',
    ]);
    const partners = notes.filter((n) => n.block === 'key-partners');
    expect([...partners].sort(compareOrder)).toEqual(partners);
  });

  it('leaves out photos that no persona shows', async () => {
    const item = fullCanvas();
    const stray: PhotoBlob = { ...item.photos[0]!, id: 'photo_unused' };
    const text = await writeExport([{ ...item, photos: [...item.photos, stray] }], APP);
    const read = expectRead(readExportText(text));
    expect(read.canvases[0]!.photos.map((p) => p.id)).toEqual(['photo_1']);
  });

  it('carries several canvases in one backup file', async () => {
    const a = makeDoc({ blocks: { channels: 3 } });
    const b = makeDoc({ blocks: { 'key-activities': 2 } });
    const text = await writeExport(
      [
        { doc: a, photos: [] },
        { doc: b, photos: [] },
      ],
      APP,
    );
    const read = expectRead(readExportText(text));
    expect(read.canvases.map((c) => c.doc.canvas.id)).toEqual([a.canvas.id, b.canvas.id]);
    expect(read.noteCount).toBe(5);
  });
});

describe('reading older and untidy files', () => {
  it('migrates a canvas written at version 1: segments get profiles, weights get defaults', () => {
    const read = expectRead(readExportText(exportV1));
    const { doc } = read.canvases[0]!;
    expect(doc.canvas.schemaVersion).toBe(CURRENT_VERSION);
    expect(doc.canvas.weights).toEqual({
      reach: 1,
      marketSize: 1,
      valueAlignment: 1,
      painDepth: 1,
      budget: 1,
    });
    const segment = doc.notes.find((n) => n.id === 'note_seg')!;
    expect(segment.segment?.colour).toBe('teal');
    expect(segment.segment?.jobs).toEqual([]);
    const vp = doc.notes.find((n) => n.id === 'note_vp')!;
    expect(vp.segmentIds).toEqual(['note_seg']);
    // Unknown fields from other versions are dropped, not fatal.
    expect(vp).not.toHaveProperty('someFieldFromAnOldVersion');
  });

  it('drops links to notes that are not segments in the file', async () => {
    const doc = makeDoc({
      notes: [
        { id: 'note_cs', block: 'customer-segments' },
        { id: 'note_ch', block: 'channels', segmentIds: ['note_cs', 'note_gone'] },
      ],
    });
    const read = expectRead(readExportText(await writeExport([{ doc, photos: [] }], APP)));
    const channel = read.canvases[0]!.doc.notes.find((n) => n.id === 'note_ch')!;
    expect(channel.segmentIds).toEqual(['note_cs']);
  });

  it('brings a trashed canvas back live, and notes into their canvas', async () => {
    const doc = makeDoc({ canvas: { trashedAt: T0 }, blocks: { channels: 1 } });
    const text = (await writeExport([{ doc, photos: [] }], APP)).replace(
      `"canvasId": "${doc.canvas.id}"`,
      '"canvasId": "canvas_elsewhere"',
    );
    const read = expectRead(readExportText(text));
    expect(read.canvases[0]!.doc.canvas.trashedAt).toBeNull();
    expect(read.canvases[0]!.doc.notes[0]!.canvasId).toBe(doc.canvas.id);
  });
});

describe('exportFileName', () => {
  it('is the canvas name and the date, without characters file systems refuse', () => {
    const t = new Date(2026, 10, 5, 12).getTime();
    expect(exportFileName('Clearview', t, 'ninefold.json')).toBe(
      'Clearview 2026-11-05.ninefold.json',
    );
    expect(exportFileName('A/B: "test"?', t, 'pdf')).toBe('A B test 2026-11-05.pdf');
    expect(exportFileName('...', t, 'png')).toBe('Canvas 2026-11-05.png');
    expect(exportFileName('Кофе ☕', t, 'pdf')).toBe('Кофе ☕ 2026-11-05.pdf');
  });
});

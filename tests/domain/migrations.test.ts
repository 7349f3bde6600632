// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { CanvasDocSchema } from '../../src/domain/canvas.schema';
import {
  CURRENT_VERSION,
  documentVersion,
  migrateDocument,
  MIGRATIONS,
  type Migration,
  type RawCanvasDoc,
} from '../../src/domain/migrations';
import { DEFAULT_WEIGHTS, emptySegment } from '../../src/domain/segment.schema';
import { emptyOperations } from '../../src/domain/segment-operational.schema';
import { makeDoc, makeRawDoc, omit } from '../factories';

/**
 * One fixture per real migration step, keyed by the step's name: a document as the older version
 * wrote it, and what the step must turn it into. Adding a step to MIGRATIONS without an entry
 * here fails the suite.
 */
const V1_CANVAS = {
  id: 'canvas_v1',
  name: 'Made before segments',
  createdAt: 1,
  updatedAt: 2,
  schemaVersion: 1,
  trashedAt: null,
};
const v1Note = (id: string, block: string, order: string) => ({
  id,
  canvasId: 'canvas_v1',
  block,
  text: id,
  colour: 'yellow',
  order,
  segmentIds: [],
  createdAt: 1,
  updatedAt: 1,
});
const kept = { ...emptySegment('teal'), description: 'written by a newer tab' };
const V2_CANVAS = { ...V1_CANVAS, schemaVersion: 2, weights: DEFAULT_WEIGHTS };
/** A segment as version 2 wrote it: the profile, without part 2's fields. */
const v2Segment = () => {
  const segment: Record<string, unknown> = { ...emptySegment('teal') };
  for (const key of Object.keys(emptyOperations())) delete segment[key];
  return segment;
};
const withEvidence = {
  ...v2Segment(),
  evidence: [
    {
      id: 'ev1',
      type: 'interview',
      date: '2026-01-05',
      summary: 'written by a newer tab',
      quote: '',
      source: '',
      supports: true,
      about: null,
    },
  ],
};
const V3_CANVAS = { ...V2_CANVAS, schemaVersion: 3, differences: [] };
const STEP_FIXTURES: Record<string, { input: RawCanvasDoc; expected: RawCanvasDoc }> = {
  // The canvas gets an empty list of vote rounds; notes are untouched.
  'workshop vote rounds': {
    input: { canvas: V3_CANVAS, notes: [v1Note('partner', 'key-partners', 'a0')] },
    expected: {
      canvas: { ...V3_CANVAS, votes: [] },
      notes: [v1Note('partner', 'key-partners', 'a0')],
    },
  },
  // Every segment gets part 2's fields (one that has some keeps them); the canvas gets its
  // difference answers.
  'segment evidence, metrics, reviews, playbooks and difference answers': {
    input: {
      canvas: V2_CANVAS,
      notes: [
        { ...v1Note('cs', 'customer-segments', 'a0'), segment: v2Segment() },
        { ...v1Note('cs_kept', 'customer-segments', 'a1'), segment: withEvidence },
        v1Note('partner', 'key-partners', 'a0'),
      ],
    },
    expected: {
      canvas: { ...V2_CANVAS, differences: [] },
      notes: [
        { ...v1Note('cs', 'customer-segments', 'a0'), segment: emptySegment('teal') },
        {
          ...v1Note('cs_kept', 'customer-segments', 'a1'),
          segment: { ...emptySegment('teal'), evidence: withEvidence.evidence },
        },
        v1Note('partner', 'key-partners', 'a0'),
      ],
    },
  },
  // Segments get colours in block order (b0 before b1), skipping a colour already in use.
  'segment profiles and attractiveness weights': {
    input: {
      canvas: V1_CANVAS,
      notes: [
        v1Note('cs_second', 'customer-segments', 'b1'),
        v1Note('partner', 'key-partners', 'a0'),
        { ...v1Note('cs_kept', 'customer-segments', 'a0'), segment: kept },
        v1Note('cs_first', 'customer-segments', 'b0'),
      ],
    },
    expected: {
      canvas: { ...V1_CANVAS, weights: DEFAULT_WEIGHTS },
      notes: [
        { ...v1Note('cs_second', 'customer-segments', 'b1'), segment: emptySegment('indigo') },
        v1Note('partner', 'key-partners', 'a0'),
        { ...v1Note('cs_kept', 'customer-segments', 'a0'), segment: kept },
        { ...v1Note('cs_first', 'customer-segments', 'b0'), segment: emptySegment('crimson') },
      ],
    },
  },
};

/** A step that records that it ran and tags the document, so that order can be checked. */
function step(name: string, from: number, log: string[]): Migration {
  return {
    name,
    from,
    up: (doc) => {
      log.push(name);
      const seen = Array.isArray(doc.canvas['seen']) ? (doc.canvas['seen'] as string[]) : [];
      return { ...doc, canvas: { ...doc.canvas, seen: [...seen, name] } };
    },
  };
}

describe('CURRENT_VERSION', () => {
  it('is a positive integer that new canvases are written with', () => {
    expect(Number.isInteger(CURRENT_VERSION)).toBe(true);
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(1);
    expect(makeDoc().canvas.schemaVersion).toBe(CURRENT_VERSION);
  });
});

describe('documentVersion', () => {
  it('reads the canvas’s schemaVersion', () => {
    expect(documentVersion(makeRawDoc({ schemaVersion: 3 }))).toBe(3);
  });

  it.each([undefined, 0, -2, 1.5, '2', null])('treats %s as version 1', (v) => {
    expect(documentVersion(makeRawDoc({ schemaVersion: v }))).toBe(1);
  });
});

describe('migrateDocument with injected steps', () => {
  it('runs the named steps in version order, whatever order they are listed in', () => {
    const log: string[] = [];
    const steps = [step('third', 3, log), step('first', 1, log), step('second', 2, log)];
    const result = migrateDocument(makeRawDoc({ schemaVersion: 1 }), steps, 4);

    expect(log).toEqual(['first', 'second', 'third']);
    expect(result).toMatchObject({ ok: true, from: 1, applied: ['first', 'second', 'third'] });
    if (!result.ok) throw new Error('expected ok');
    expect(result.doc.canvas['seen']).toEqual(['first', 'second', 'third']);
    expect(result.doc.canvas['schemaVersion']).toBe(4);
  });

  it('starts from the document’s own version', () => {
    const log: string[] = [];
    const steps = [step('first', 1, log), step('second', 2, log), step('third', 3, log)];
    const result = migrateDocument(makeRawDoc({ schemaVersion: 3 }), steps, 4);
    expect(log).toEqual(['third']);
    expect(result).toMatchObject({ ok: true, from: 3, applied: ['third'] });
  });

  it('sets schemaVersion after each step, even if the step forgot to', () => {
    const versions: unknown[] = [];
    const spy = (name: string, from: number): Migration => ({
      name,
      from,
      up: (doc) => {
        versions.push(doc.canvas['schemaVersion']);
        return doc;
      },
    });
    const result = migrateDocument(makeRawDoc({ schemaVersion: 1 }), [spy('a', 1), spy('b', 2)], 3);
    expect(versions).toEqual([1, 2]);
    expect(result.ok && result.doc.canvas['schemaVersion']).toBe(3);
  });

  it('passes notes through the steps', () => {
    const addColour: Migration = {
      name: 'default colour',
      from: 1,
      up: (doc) => ({ ...doc, notes: doc.notes.map((n) => ({ colour: 'yellow', ...n })) }),
    };
    const result = migrateDocument(
      makeRawDoc({ schemaVersion: 1 }, [{ id: 'n1' }, { id: 'n2', colour: 'blue' }]),
      [addColour],
      2,
    );
    expect(result.ok && result.doc.notes).toEqual([
      { colour: 'yellow', id: 'n1' },
      { colour: 'blue', id: 'n2' },
    ]);
  });

  it('does not change the input document', () => {
    const raw = makeRawDoc({ schemaVersion: 1 });
    const snapshot = structuredClone(raw);
    migrateDocument(raw, [step('first', 1, [])], 2);
    expect(raw).toEqual(snapshot);
  });

  it('applies nothing to a document already at the target', () => {
    const up = vi.fn();
    const raw = makeRawDoc({ schemaVersion: 2 });
    const result = migrateDocument(raw, [{ name: 'x', from: 1, up }], 2);
    expect(up).not.toHaveBeenCalled();
    expect(result).toEqual({ ok: true, doc: raw, from: 2, applied: [] });
  });

  it('refuses a newer document instead of downgrading it', () => {
    const up = vi.fn();
    const result = migrateDocument(
      makeRawDoc({ schemaVersion: 5 }),
      [{ name: 'x', from: 4, up }],
      4,
    );
    expect(result).toEqual({ ok: false, reason: 'newer', version: 5 });
    expect(up).not.toHaveBeenCalled();
  });

  it('throws when a step is missing from the chain', () => {
    const steps = [step('first', 1, []), step('third', 3, [])];
    expect(() => migrateDocument(makeRawDoc({ schemaVersion: 1 }), steps, 4)).toThrow(
      'No migration from version 2',
    );
  });
});

describe('the real migrations', () => {
  it('form one unbroken chain from version 1 to CURRENT_VERSION', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_VERSION - 1);
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i + 1);
      expect(m.name.trim()).not.toBe('');
    });
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('have a fixture for every step, and no fixture for a step that does not exist', () => {
    const names = MIGRATIONS.map((m) => m.name).sort();
    expect(Object.keys(STEP_FIXTURES).sort()).toEqual(names);
  });

  it('turn each fixture into its expected document', () => {
    for (const migration of MIGRATIONS) {
      const fixture = STEP_FIXTURES[migration.name];
      if (!fixture) throw new Error(`No fixture for migration "${migration.name}"`);
      expect(migration.up(structuredClone(fixture.input)), migration.name).toEqual(
        fixture.expected,
      );
    }
  });

  it('bring a version-1 document up to a valid current document', () => {
    const doc = makeDoc({
      canvas: { schemaVersion: 1 },
      blocks: { channels: 2, 'customer-segments': 2 },
    });
    const raw = {
      canvas: omit(doc.canvas, 'weights'),
      notes: doc.notes.map((n) => omit(n, 'segment')),
    };
    const result = migrateDocument(raw as unknown as RawCanvasDoc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applied).toHaveLength(CURRENT_VERSION - 1);
    expect(result.from).toBe(1);
    const parsed = CanvasDocSchema.safeParse(result.doc);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.canvas.schemaVersion).toBe(CURRENT_VERSION);
    const segments = parsed.data?.notes.filter((n) => n.block === 'customer-segments');
    expect(segments?.map((n) => n.segment?.colour)).toEqual(['teal', 'crimson']);
  });

  it('refuse a document from a newer build', () => {
    const raw = makeRawDoc({ schemaVersion: CURRENT_VERSION + 1 });
    expect(migrateDocument(raw)).toEqual({
      ok: false,
      reason: 'newer',
      version: CURRENT_VERSION + 1,
    });
  });
});

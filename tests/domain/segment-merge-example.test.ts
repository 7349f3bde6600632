// @vitest-environment node
// Merging two fully profiled segments of the Clearview example: the whole canvas stays consistent.
import { describe, expect, it } from 'vitest';
import { NoteSchema, type Note } from '../../src/domain/canvas.schema';
import { answerPair } from '../../src/domain/difference';
import { buildExample } from '../../src/domain/examples/index';
import { mergeSegments } from '../../src/domain/segment-merge';
import { addEvidence, newEvidence } from '../../src/domain/segment-operational';
import { segmentOf } from '../../src/domain/segment-ops';
import { MINUTE, T0 } from '../factories';

let n = 0;
const doc = buildExample('clearview', {
  canvasId: 'canvas_cv',
  newNoteId: () => `cv_${++n}`,
  now: T0,
});
const named = (text: string) => doc.notes.find((note) => note.text === text)!;

// Each side gets evidence of its own, so that both logs must survive.
const keep = addEvidence(named('Compliance-heavy teams'), newEvidence('ev_k', '2025-01-01'), T0);
const other = addEvidence(named('Data-messy teams'), newEvidence('ev_o', '2025-01-02'), T0);
const plug = named('Plug-and-play teams');
const notes: Note[] = doc.notes.map((x) =>
  x.id === keep.id ? keep : x.id === other.id ? other : x,
);
const differences = answerPair(
  answerPair(answerPair([], plug.id, keep.id, 'support', true), plug.id, other.id, 'value', true),
  keep.id,
  other.id,
  'churn',
  false,
);

const result = mergeSegments(
  notes,
  keep.id,
  other.id,
  { description: 'other' },
  differences,
  T0 + MINUTE,
)!;
const changed = new Map(result.changed.map((c) => [c.id, c]));
/** The canvas after the merge: the other segment gone, every changed note replaced. */
const after = notes.filter((x) => x.id !== other.id).map((x) => changed.get(x.id) ?? x);
const merged = segmentOf(changed.get(keep.id)!);
const servedEither = notes.filter(
  (x) => x.segmentIds.includes(keep.id) || x.segmentIds.includes(other.id),
);
const servedBoth = notes.filter(
  (x) => x.segmentIds.includes(keep.id) && x.segmentIds.includes(other.id),
);
const norm = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ');

describe('merging Data-messy teams into Compliance-heavy teams', () => {
  it('starts from a canvas where many notes serve one or both', () => {
    expect(result).not.toBeNull();
    expect(result.removed.id).toBe(other.id);
    expect(servedEither.length).toBeGreaterThan(10);
    expect(servedBoth.length).toBeGreaterThan(0);
  });

  it('links every note that served either segment to the kept one, and none to the removed', () => {
    for (const before of servedEither) {
      const now = after.find((x) => x.id === before.id)!;
      expect(now.segmentIds).toContain(keep.id);
    }
    for (const x of after) {
      expect(x.segmentIds).not.toContain(other.id);
      expect(x.segment?.dependsOn ?? []).not.toContain(other.id);
      expect(NoteSchema.safeParse(x).success).toBe(true);
    }
    expect(after.filter((x) => x.block === 'customer-segments').map((x) => x.id)).toEqual([
      plug.id,
      keep.id,
    ]);
  });

  // Regression: found by this suite and fixed.
  // both segments to the kept one once"): each note that served both segments ends with the kept
  // segment's id twice in segmentIds.
  it('links each of those notes to the kept segment exactly once', () => {
    for (const before of servedEither) {
      const now = after.find((x) => x.id === before.id)!;
      expect(now.segmentIds.filter((id) => id === keep.id)).toHaveLength(1);
    }
  });

  it('leaves notes that served neither segment as they were', () => {
    for (const x of notes)
      if (!servedEither.includes(x) && x.id !== keep.id && x.id !== other.id)
        expect(changed.has(x.id)).toBe(false);
  });

  it('keeps the personas and the evidence of both', () => {
    const personas = [...segmentOf(keep).personas, ...segmentOf(other).personas];
    expect(personas).toHaveLength(2);
    expect(merged.personas).toEqual(personas);
    expect(merged.evidence.map((e) => e.id)).toEqual(
      [...segmentOf(keep).evidence, ...segmentOf(other).evidence].map((e) => e.id),
    );
    expect(merged.evidence.map((e) => e.id)).toEqual(expect.arrayContaining(['ev_k', 'ev_o']));
  });

  it('takes the chosen description, and keeps the kept name and colour', () => {
    expect(merged.description).toBe(segmentOf(other).description);
    expect(changed.get(keep.id)?.text).toBe('Compliance-heavy teams');
    expect(merged.colour).toBe(segmentOf(keep).colour);
  });

  it('leaves no duplicates in the lists, and loses no item', () => {
    const k = segmentOf(keep);
    const o = segmentOf(other);
    for (const list of ['jobs', 'pains', 'gains'] as const) {
      const texts = merged[list].map((i) => norm(i.text));
      expect(new Set(texts).size).toBe(texts.length);
      const expected = new Set([...k[list], ...o[list]].map((i) => norm(i.text)));
      expect(new Set(texts)).toEqual(expected);
    }
    const bases = merged.bases.map((b) => b.basis);
    expect(new Set(bases).size).toBe(bases.length);
    expect(new Set(bases)).toEqual(new Set([...k.bases, ...o.bases].map((b) => b.basis)));
  });

  it('keeps only the difference pairs without the removed segment', () => {
    expect(result.differences).toEqual([differences[0]]);
    expect(differences).toHaveLength(3);
  });
});

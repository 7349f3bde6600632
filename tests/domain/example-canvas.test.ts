// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/domain/blocks';
import { CanvasDocSchema, CanvasSchema, NoteSchema } from '../../src/domain/canvas.schema';
import { EXAMPLE_CANVAS_NAME, exampleCanvas } from '../../src/domain/example-canvas';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { sortByOrder } from '../../src/domain/order';
import { T0 } from '../factories';

function build() {
  let n = 0;
  return exampleCanvas({ canvasId: 'canvas_example', newNoteId: () => `note_${++n}`, now: T0 });
}

describe('the example canvas', () => {
  const doc = build();
  const segments = doc.notes.filter((n) => n.block === 'customer-segments');

  it('is a live, current canvas with the example name', () => {
    expect(CanvasSchema.parse(doc.canvas)).toEqual(doc.canvas);
    expect(doc.canvas).toMatchObject({
      id: 'canvas_example',
      name: EXAMPLE_CANVAS_NAME,
      schemaVersion: CURRENT_VERSION,
      trashedAt: null,
      createdAt: T0,
      updatedAt: T0,
    });
  });

  it.each(BLOCK_IDS)('has notes in %s', (block) => {
    expect(doc.notes.filter((n) => n.block === block).length).toBeGreaterThan(0);
  });

  it('has every note valid under NoteSchema and in this canvas', () => {
    for (const note of doc.notes) {
      const parsed = NoteSchema.safeParse(note);
      expect(parsed.success, `${note.id}: ${parsed.error?.message}`).toBe(true);
      expect(note.canvasId).toBe('canvas_example');
      expect(note.text.trim()).not.toBe('');
    }
    expect(CanvasDocSchema.safeParse(doc).success).toBe(true);
  });

  it('gives every note its own id from newNoteId', () => {
    const ids = doc.notes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^note_\d+$/.test(id))).toBe(true);
  });

  it('has three customer segments: plug-and-play, data-messy and compliance-heavy', () => {
    expect(segments).toHaveLength(3);
    const ordered = sortByOrder(segments).map((n) => n.text);
    expect(ordered[0]).toMatch(/^Plug-and-play teams/);
    expect(ordered[1]).toMatch(/^Data-messy teams/);
    expect(ordered[2]).toMatch(/^Compliance-heavy teams/);
  });

  it('links notes only to Customer Segments notes of the same canvas', () => {
    const segmentIds = new Set(segments.map((n) => n.id));
    const linked = doc.notes.filter((n) => n.segmentIds.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    for (const note of linked) {
      expect(note.block).not.toBe('customer-segments');
      for (const id of note.segmentIds) expect(segmentIds.has(id)).toBe(true);
      expect(new Set(note.segmentIds).size).toBe(note.segmentIds.length);
    }
  });

  it('serves each of the three segments from some note', () => {
    const served = new Set(doc.notes.flatMap((n) => n.segmentIds));
    for (const s of segments) expect(served.has(s.id)).toBe(true);
  });

  it('orders each block’s notes with distinct keys', () => {
    for (const block of BLOCK_IDS) {
      const keys = doc.notes.filter((n) => n.block === block).map((n) => n.order);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('builds a fresh document each time', () => {
    let n = 0;
    const other = exampleCanvas({ canvasId: 'other', newNoteId: () => `x_${++n}`, now: T0 + 1 });
    expect(other.notes).toHaveLength(doc.notes.length);
    expect(other.notes.every((note) => note.canvasId === 'other')).toBe(true);
    expect(other.notes.every((note) => note.updatedAt === T0 + 1)).toBe(true);
    const otherSegments = new Set(
      other.notes.filter((x) => x.block === 'customer-segments').map((x) => x.id),
    );
    for (const note of other.notes)
      for (const id of note.segmentIds) expect(otherSegments.has(id)).toBe(true);
  });
});

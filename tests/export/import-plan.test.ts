import { describe, expect, it } from 'vitest';
import type { PhotoBlob } from '../../src/export/envelope';
import { planImport, requestedIds, type TakenIds } from '../../src/export/import-plan';
import type { ImportedCanvas } from '../../src/export/import-reader';
import { makeDoc, T0 } from '../factories';

const nothingTaken: TakenIds = {
  canvases: new Set(),
  notes: new Set(),
  photos: new Set(),
  names: [],
};

let seq = 0;
const params = { newId: (prefix: string) => `${prefix}_new${++seq}`, now: T0 + 1000 };

const photo = (id: string): PhotoBlob => ({
  id,
  blob: new Blob(['x'], { type: 'image/webp' }),
  width: 10,
  height: 10,
  createdAt: T0,
});

function imported(name = 'Plan'): ImportedCanvas {
  const doc = makeDoc({
    canvas: { name },
    notes: [
      { id: `${name}_cs`, block: 'customer-segments', text: 'Bakeries' },
      { id: `${name}_vp`, block: 'value-propositions', segmentIds: [`${name}_cs`] },
    ],
  });
  return { doc, photos: [photo(`${name}_photo`)], snapshots: [] };
}

describe('planImport', () => {
  it('keeps ids, names and timestamps when nothing is taken', () => {
    const file = imported();
    const plan = planImport([file], nothingTaken, params);
    expect(plan.copies).toBe(0);
    expect(plan.docs).toEqual([file.doc]);
    expect(plan.photos).toEqual([{ ...file.photos[0]!, canvasId: file.doc.canvas.id }]);
  });

  it('comes in as a copy, "(imported)", when the canvas id is taken; links follow the new ids', () => {
    const file = imported();
    const plan = planImport(
      [file],
      { ...nothingTaken, canvases: new Set([file.doc.canvas.id]), names: ['Plan'] },
      params,
    );
    expect(plan.copies).toBe(1);
    const [doc] = plan.docs;
    expect(doc!.canvas.id).not.toBe(file.doc.canvas.id);
    expect(doc!.canvas.name).toBe('Plan (imported)');
    const segment = doc!.notes.find((n) => n.block === 'customer-segments')!;
    const vp = doc!.notes.find((n) => n.block === 'value-propositions')!;
    expect(segment.id).not.toBe('Plan_cs');
    expect(vp.segmentIds).toEqual([segment.id]);
    expect(doc!.notes.every((n) => n.canvasId === doc!.canvas.id)).toBe(true);
    expect(plan.photos[0]!.canvasId).toBe(doc!.canvas.id);
  });

  it('copies when only a note id is taken (a deleted note counts), numbering the name', () => {
    const file = imported();
    const plan = planImport(
      [file],
      { ...nothingTaken, notes: new Set(['Plan_vp']), names: ['Plan (imported)'] },
      params,
    );
    expect(plan.docs[0]!.canvas.name).toBe('Plan (imported 2)');
    expect(plan.docs[0]!.notes.map((n) => n.id)).not.toContain('Plan_vp');
  });

  it('never writes a photo that is already stored', () => {
    const file = imported();
    const plan = planImport([file], { ...nothingTaken, photos: new Set(['Plan_photo']) }, params);
    expect(plan.photos).toEqual([]);
  });

  it('the same canvas twice in one file: the second comes in as a copy', () => {
    const file = imported();
    const plan = planImport([file, file], nothingTaken, params);
    expect(plan.copies).toBe(1);
    expect(plan.docs.map((d) => d.canvas.name)).toEqual(['Plan', 'Plan (imported)']);
    expect(new Set(plan.docs.flatMap((d) => d.notes.map((n) => n.id))).size).toBe(4);
    expect(plan.photos).toHaveLength(1);
  });

  it('requestedIds lists every canvas, note and photo id asked for', () => {
    const a = imported('A');
    const b = imported('B');
    expect(requestedIds([a, b])).toEqual({
      canvases: [a.doc.canvas.id, b.doc.canvas.id],
      notes: ['A_cs', 'A_vp', 'B_cs', 'B_vp'],
      photos: ['A_photo', 'B_photo'],
    });
  });
});

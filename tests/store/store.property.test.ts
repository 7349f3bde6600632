// Property-based test of the store (fast-check): any sequence of operations and undos keeps the
// invariants, and undoing everything gives back the starting canvas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, type BlockId } from '../../src/domain/blocks';
import { resetStore, useNinefold } from '../../src/store/index';
import { actions, loadDoc, makeDoc, store } from '../factories';

type Op =
  | { kind: 'add'; block: BlockId; text: string; index: number }
  | { kind: 'edit'; pick: number; text: string }
  | { kind: 'move'; pick: number; block: BlockId; index: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'recolour'; pick: number }
  | { kind: 'link'; pick: number; segment: number; on: boolean }
  | { kind: 'evidence'; pick: number }
  | { kind: 'merge'; a: number; b: number }
  | { kind: 'split'; pick: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

const block = fc.constantFrom(...BLOCK_IDS);
const pick = fc.nat(50);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    block,
    text: fc.string({ maxLength: 30 }),
    index: fc.nat(10),
  }),
  fc.record({ kind: fc.constant('edit' as const), pick, text: fc.string({ maxLength: 30 }) }),
  fc.record({ kind: fc.constant('move' as const), pick, block, index: fc.nat(10) }),
  fc.record({ kind: fc.constant('delete' as const), pick }),
  fc.record({ kind: fc.constant('recolour' as const), pick }),
  fc.record({ kind: fc.constant('link' as const), pick, segment: pick, on: fc.boolean() }),
  fc.record({ kind: fc.constant('evidence' as const), pick }),
  fc.record({ kind: fc.constant('merge' as const), a: pick, b: pick }),
  fc.record({ kind: fc.constant('split' as const), pick }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

function canvasNotes(canvasId: string) {
  return Object.values(store().notes).filter((n) => n.canvasId === canvasId);
}

function apply(canvasId: string, o: Op) {
  const notes = canvasNotes(canvasId).sort((a, b) => a.id.localeCompare(b.id));
  const segments = notes.filter((n) => n.block === 'customer-segments');
  const at = (i: number) => notes[i % Math.max(1, notes.length)];
  const seg = (i: number) => segments[i % Math.max(1, segments.length)];
  const a = actions();
  switch (o.kind) {
    case 'add':
      a.addNote(canvasId, o.block, { text: o.text || 'x', index: o.index });
      return;
    case 'edit': {
      const n = at(o.pick);
      if (n) a.setNoteText(n.id, o.text);
      return;
    }
    case 'move': {
      const n = at(o.pick);
      if (n) a.moveNote(n.id, o.block, o.index);
      return;
    }
    case 'delete': {
      const n = at(o.pick);
      if (n) a.deleteNote(n.id);
      return;
    }
    case 'recolour': {
      const n = at(o.pick);
      if (n) a.recolourNote(n.id, n.colour === 'pink' ? 'blue' : 'pink');
      return;
    }
    case 'link': {
      const n = at(o.pick);
      const s = seg(o.segment);
      if (n && s && n.block !== 'customer-segments') a.linkNoteToSegment(n.id, s.id, o.on);
      return;
    }
    case 'evidence': {
      const s = seg(o.pick);
      if (s) a.addEvidence(s.id, '2026-11-25');
      return;
    }
    case 'merge': {
      const x = seg(o.a);
      const y = seg(o.b);
      if (x && y && x.id !== y.id) a.mergeSegments(x.id, y.id, {});
      return;
    }
    case 'split': {
      const s = seg(o.pick);
      if (s) a.splitSegment(s.id, { name: 'Split', links: {}, personas: [], evidence: [] });
      return;
    }
    case 'undo':
      a.undo(canvasId);
      return;
    case 'redo':
      a.redo(canvasId);
  }
}

function checkInvariants(canvasId: string) {
  const notes = canvasNotes(canvasId);
  const index = store().blockIndex[canvasId] ?? {};
  const segmentIds = new Set(notes.filter((n) => n.block === 'customer-segments').map((n) => n.id));
  for (const n of notes) {
    // Every note in one of the nine blocks, and listed there exactly once.
    expect(BLOCK_IDS).toContain(n.block);
    expect(index[n.block]?.filter((id) => id === n.id)).toHaveLength(1);
    // Links point at existing segments.
    for (const id of n.segmentIds) expect(segmentIds.has(id)).toBe(true);
    for (const id of n.segment?.dependsOn ?? []) expect(segmentIds.has(id)).toBe(true);
  }
  for (const block of BLOCK_IDS) {
    const ids = index[block] ?? [];
    // Orders unique within a block, and the index in order.
    const orders = ids.map((id) => store().notes[id]!.order);
    expect(new Set(orders).size).toBe(orders.length);
    expect([...orders].sort()).toEqual(orders);
  }
  const canvas = store().canvases[canvasId]!;
  for (const p of canvas.differences) {
    expect(segmentIds.has(p.a)).toBe(true);
    expect(segmentIds.has(p.b)).toBe(true);
  }
}

/** What a canvas holds, without the stamps that undo renews. */
function content(canvasId: string) {
  const canvas = { ...store().canvases[canvasId]!, updatedAt: 0 };
  const notes = canvasNotes(canvasId)
    .map((n) => ({ ...n, updatedAt: 0 }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { canvas, notes };
}

describe('the store, under any sequence of operations', () => {
  it('keeps its invariants, and undoing everything gives back the start', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        resetStore();
        const doc = loadDoc(
          makeDoc({ blocks: { 'customer-segments': 3, channels: 2, 'value-propositions': 2 } }),
        );
        const id = doc.canvas.id;
        const start = content(id);
        for (const o of ops) {
          apply(id, o);
          checkInvariants(id);
        }
        while (actions().undo(id)) checkInvariants(id);
        expect(content(id)).toEqual(start);
      }),
      { seed: 20261125, numRuns: 150 },
    );
    expect(useNinefold.getState().storage.phase).toBeDefined();
  });
});

// A canvas of three segments for the store's segment tests: answered difference pairs between
// them, and notes in other blocks linked to them. Also the small readers those tests share.
import { vi } from 'vitest';
import type { Canvas, Note } from '../../src/domain/canvas.schema';
import { answerPair, type DifferencePair } from '../../src/domain/difference';
import { newEvidence } from '../../src/domain/segment-operational';
import { newPersona, segmentOf } from '../../src/domain/segment-ops';
import { emptySegment, type Segment, type SegmentColour } from '../../src/domain/segment.schema';
import { loadDoc, makeDoc, store } from '../factories';

export function tick(ms = 1000): void {
  vi.setSystemTime(Date.now() + ms);
}

export const note = (id: string): Note => store().notes[id]!;
export const segment = (id: string) => segmentOf(note(id));
export const undoSteps = (canvasId: string) => store().history[canvasId]?.undo.length ?? 0;
/** A record without its stamp: undo restores content, and stamps it anew. */
export const unstamped = <T extends { updatedAt: number }>(record: T | undefined) =>
  record && { ...record, updatedAt: 0 };
const profile = (colour: SegmentColour, s: Partial<Segment> = {}) => ({
  ...emptySegment(colour),
  ...s,
});

const pairs = (...ids: [string, string][]): DifferencePair[] =>
  ids.reduce<DifferencePair[]>((list, [a, b]) => answerPair(list, a, b, 'support', true), []);

/** Three segments (A, B, C), answered pairs between them, and notes linked to them. */
export function setupSegments() {
  const doc = loadDoc(
    makeDoc({
      canvas: { differences: pairs(['seg_a', 'seg_b'], ['seg_a', 'seg_c'], ['seg_b', 'seg_c']) },
      notes: [
        {
          id: 'seg_a',
          block: 'customer-segments',
          order: 'a0',
          text: 'Clinics',
          segment: profile('olive', {
            description: 'Group practices',
            personas: [{ ...newPersona('per_a'), name: 'Amal' }],
          }),
        },
        {
          id: 'seg_b',
          block: 'customer-segments',
          order: 'a1',
          text: 'Solo doctors',
          segment: profile('crimson', {
            user: 'The doctor',
            personas: [{ ...newPersona('per_b'), name: 'Ben' }],
            evidence: [newEvidence('ev_b', '2025-01-02')],
            dependsOn: ['seg_c'],
          }),
        },
        {
          id: 'seg_c',
          block: 'customer-segments',
          order: 'a2',
          text: 'Dentists',
          segment: profile('indigo', { dependsOn: ['seg_b'] }),
        },
        { id: 'vp', block: 'value-propositions', segmentIds: ['seg_a'] },
        { id: 'ch', block: 'channels', segmentIds: ['seg_b'] },
        { id: 'rs', block: 'revenue-streams', segmentIds: ['seg_c', 'seg_b'] },
      ],
    }),
  );
  return doc.canvas.id;
}

export const canvas = (id: string): Canvas => store().canvases[id]!;

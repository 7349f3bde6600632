// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { NoteSchema, type Note } from '../../src/domain/canvas.schema';
import { splitName, splitSegment, type SplitPlan } from '../../src/domain/segment-merge';
import { newEvidence, newMetric } from '../../src/domain/segment-operational';
import { newPersona, newProfileItem, segmentOf } from '../../src/domain/segment-ops';
import { emptySegment } from '../../src/domain/segment.schema';
import { makeNote, MINUTE, T0 } from '../factories';

const NOW = T0 + MINUTE;
const CANVAS = 'canvas_split';
const base = emptySegment('teal');

const source = makeNote({
  id: 'src',
  canvasId: CANVAS,
  block: 'customer-segments',
  text: 'Clinics',
  order: 'a0',
  segment: {
    ...base,
    description: 'Group practices',
    priority: 'primary',
    jobs: [newProfileItem('jobs', 'j1', 'Book visits')],
    pains: [newProfileItem('pains', 'p1', 'No-shows'), newProfileItem('pains', 'p2', 'Paper')],
    gains: [newProfileItem('gains', 'g1', 'Full calendar')],
    personas: [
      { ...newPersona('per_1'), name: 'Amal' },
      { ...newPersona('per_2'), name: 'Ben' },
    ],
    evidence: [
      { ...newEvidence('ev_1', '2025-01-03'), about: 'p1' },
      { ...newEvidence('ev_2', '2025-01-02'), about: 'j1' },
    ],
    metrics: [newMetric('m1', 'customers')],
    validation: { status: 'testing', changedAt: '2025-01-01T00:00:00.000Z' },
    playbook: { ...base.playbook, onboarding: [{ id: 's1', text: 'Kick-off call' }] },
  },
});
const linked = (id: string, segmentIds: string[]) =>
  makeNote({ id, canvasId: CANVAS, block: 'channels', segmentIds });
const notes = (): Note[] => [
  source,
  linked('stays', ['src']),
  linked('moves', ['seg_x', 'src']),
  linked('serves_both', ['src']),
  linked('unlisted', ['src']),
  linked('not_linked', ['seg_x']),
];

function plan(overrides: Partial<SplitPlan> = {}): SplitPlan {
  let n = 0;
  return {
    newId: 'new',
    name: 'Solo practitioners',
    order: 'a1',
    colour: 'amber',
    links: { stays: 'stay', moves: 'move', serves_both: 'both', not_linked: 'move' },
    personas: ['per_2'],
    evidence: ['ev_1'],
    newItemId: () => `fresh_${++n}`,
    ...overrides,
  };
}

function split(p = plan()) {
  const input = notes();
  const before = JSON.stringify(input);
  const result = splitSegment(input, 'src', p, NOW);
  expect(JSON.stringify(input)).toBe(before);
  if (!result) throw new Error('split refused');
  return result;
}

describe('splitSegment: the new segment', () => {
  it('is a copy of the profile under the new name, order and colour', () => {
    const { created } = split();
    expect(created).toMatchObject({
      id: 'new',
      canvasId: CANVAS,
      block: 'customer-segments',
      text: 'Solo practitioners',
      order: 'a1',
      segmentIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(segmentOf(created)).toMatchObject({
      colour: 'amber',
      description: 'Group practices',
      priority: 'primary',
      validation: { status: 'testing' },
    });
    expect(NoteSchema.safeParse(created).success).toBe(true);
  });

  it('copies jobs, pains, gains and onboarding steps under fresh ids', () => {
    const s = segmentOf(split().created);
    expect(s.jobs.map((i) => [i.id, i.text])).toEqual([['fresh_1', 'Book visits']]);
    expect(s.pains.map((i) => [i.id, i.text])).toEqual([
      ['fresh_2', 'No-shows'],
      ['fresh_3', 'Paper'],
    ]);
    expect(s.gains.map((i) => i.id)).toEqual(['fresh_4']);
    expect(s.playbook.onboarding).toEqual([{ id: 'fresh_5', text: 'Kick-off call' }]);
    expect(s.pains[0]).toEqual({ ...segmentOf(source).pains[0], id: 'fresh_2' });
  });

  it("takes the chosen personas and evidence, evidence about an item now about that item's copy", () => {
    const s = segmentOf(split().created);
    expect(s.personas.map((p) => p.name)).toEqual(['Ben']);
    const noShows = s.pains.find((p) => p.text === 'No-shows')!;
    expect(noShows.id).not.toBe('p1');
    expect(s.evidence).toEqual([{ ...newEvidence('ev_1', '2025-01-03'), about: noShows.id }]);
  });

  it('starts with no metrics', () => {
    expect(segmentOf(split().created).metrics).toEqual([]);
  });
});

describe('splitSegment: the source', () => {
  it('gives up the moved personas and evidence and keeps everything else', () => {
    const { source: after } = split();
    const s = segmentOf(after);
    expect(s.personas.map((p) => p.id)).toEqual(['per_1']);
    expect(s.evidence).toEqual([{ ...newEvidence('ev_2', '2025-01-02'), about: 'j1' }]);
    expect(s.jobs).toEqual(segmentOf(source).jobs);
    expect(s.metrics).toEqual(segmentOf(source).metrics);
    expect(after.text).toBe('Clinics');
    expect(after.updatedAt).toBe(NOW);
  });

  it('keeps all of them when nothing is chosen', () => {
    const { source: after, created } = split(plan({ personas: [], evidence: [] }));
    expect(segmentOf(after).personas).toHaveLength(2);
    expect(segmentOf(after).evidence).toHaveLength(2);
    expect(segmentOf(created).personas).toEqual([]);
  });
});

describe('splitSegment: links', () => {
  it('moves, doubles or keeps each linked note as planned', () => {
    const { relinked } = split();
    expect(relinked.map((n) => [n.id, n.segmentIds])).toEqual([
      ['moves', ['seg_x', 'new']],
      ['serves_both', ['src', 'new']],
    ]);
    for (const n of relinked) expect(n.updatedAt).toBe(NOW);
  });

  it('relinks nothing when every link stays', () => {
    expect(split(plan({ links: {} })).relinked).toEqual([]);
  });

  it('refuses a source that is not a segment, or not there', () => {
    const list = notes();
    expect(splitSegment(list, 'stays', plan(), NOW)).toBeNull();
    expect(splitSegment(list, 'gone', plan(), NOW)).toBeNull();
  });
});

describe('splitName', () => {
  it('numbers the copy from 2, skipping names already taken', () => {
    expect(splitName(source, [])).toBe('Clinics (2)');
    expect(splitName(source, ['Clinics (2)', 'Clinics (3)'])).toBe('Clinics (4)');
    expect(splitName({ ...source, text: '  Clinics  ' }, ['Clinics (2)'])).toBe('Clinics (3)');
  });

  it('names the copy of an unnamed segment', () => {
    expect(splitName({ ...source, text: '   ' }, [])).toBe('Unnamed segment (2)');
  });
});

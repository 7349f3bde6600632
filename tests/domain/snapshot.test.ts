// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, BLOCKS, type BlockId } from '../../src/domain/blocks';
import type { CanvasDoc, Note } from '../../src/domain/canvas.schema';
import { newEvidence, newMetric } from '../../src/domain/segment-operational';
import type { MetricKind } from '../../src/domain/segment-operational.schema';
import { newPersona, newProfileItem, segmentOf } from '../../src/domain/segment-ops';
import { emptySegment, type Segment } from '../../src/domain/segment.schema';
import {
  diffCanvases,
  SnapshotSchema,
  snapshotTitle,
  type CanvasDiff,
} from '../../src/domain/snapshot';
import { makeDoc, MINUTE, T0 } from '../factories';

const metric = (id: string, kind: MetricKind, values: [string, number][], name = '') => ({
  ...newMetric(id, kind, name),
  values: values.map(([date, value], i) => ({ id: `${id}_v${i}`, date, value })),
});

/** Two plain blocks, two segments; the channel "Sales team" serves Clinics. */
function before(): CanvasDoc {
  return makeDoc({
    canvas: { id: 'canvas_snap' },
    notes: [
      { id: 'kp1', block: 'key-partners', order: 'a0', text: 'Clinic chains' },
      { id: 'ch1', block: 'channels', order: 'a0', text: 'Sales team', segmentIds: ['seg_a'] },
      { id: 'ch2', block: 'channels', order: 'a1', text: 'Webinars' },
      {
        id: 'seg_a',
        block: 'customer-segments',
        order: 'a0',
        text: 'Clinics',
        segment: {
          ...emptySegment('olive'),
          description: 'Group practices',
          template: { ...emptySegment('olive').template, job: 'Fill the calendar' },
          jobs: [newProfileItem('jobs', 'job_1', 'Book patients')],
          personas: [{ ...newPersona('per_1'), name: 'Amal' }],
          evidence: [{ ...newEvidence('ev_1', '2026-10-01'), summary: 'Ten interviews' }],
          metrics: [
            metric('m_cust', 'customers', [['2026-10-01', 40]]),
            metric('m_nps', 'custom', [['2026-10-01', 31]], 'NPS'),
          ],
        },
      },
      { id: 'seg_b', block: 'customer-segments', order: 'a1', text: 'Dentists' },
    ],
  });
}

/** A copy of `doc` with one note changed (stamped a minute later, as an edit would be). */
const edit = (doc: CanvasDoc, id: string, patch: Partial<Note>): CanvasDoc => ({
  ...doc,
  notes: doc.notes.map((n) =>
    n.id === id ? { ...n, ...patch, updatedAt: n.updatedAt + MINUTE } : n,
  ),
});
function editSegment(doc: CanvasDoc, id: string, change: (s: Segment) => Partial<Segment>) {
  const s = segmentOf(doc.notes.find((n) => n.id === id)!);
  return edit(doc, id, { segment: { ...s, ...change(s) } });
}
const without = (doc: CanvasDoc, id: string) => ({
  ...doc,
  notes: doc.notes.filter((n) => n.id !== id),
});
const adding = (doc: CanvasDoc, ...notes: Note[]) => ({ ...doc, notes: [...doc.notes, ...notes] });

const block = (diff: CanvasDiff, id: BlockId) => diff.blocks.find((b) => b.block === id)!;
/** Blocks with anything listed, and the note ids in each list. */
const listed = (diff: CanvasDiff) =>
  diff.blocks
    .filter((b) => b.added.length || b.removed.length || b.changed.length)
    .map((b) => ({
      block: b.block,
      added: b.added.map((n) => n.id),
      removed: b.removed.map((n) => n.id),
      changed: b.changed.map((c) => [c.after.id, c.movedFrom]),
    }));

describe('diffCanvases: blocks', () => {
  it('finds nothing between a document and a copy of it, and lists the nine blocks in order', () => {
    const doc = before();
    const diff = diffCanvases(doc, structuredClone(doc));
    expect(diff.same).toBe(true);
    expect(diff.segments).toEqual([]);
    expect(listed(diff)).toEqual([]);
    expect(diff.blocks.map((b) => b.block)).toEqual([...BLOCK_IDS]);
    expect(diff.blocks.map((b) => b.title)).toEqual(BLOCK_IDS.map((id) => BLOCKS[id].title));
  });

  it('does not count a new stamp without a new text or colour', () => {
    const doc = before();
    expect(diffCanvases(doc, edit(doc, 'ch2', {})).same).toBe(true);
  });

  it('lists added notes in block order, whatever order the document holds them in', () => {
    const doc = before();
    const base = doc.notes.find((n) => n.id === 'ch2')!;
    const now = adding(
      doc,
      { ...base, id: 'ch4', order: 'a3', text: 'Trade fairs' },
      { ...base, id: 'ch3', order: 'a2', text: 'Podcasts' },
    );
    const diff = diffCanvases(doc, now);
    expect(diff.same).toBe(false);
    expect(listed(diff)).toEqual([
      { block: 'channels', added: ['ch3', 'ch4'], removed: [], changed: [] },
    ]);
  });

  it('lists a deleted note as removed from its block', () => {
    const doc = before();
    const diff = diffCanvases(doc, without(doc, 'kp1'));
    expect(listed(diff)).toEqual([
      { block: 'key-partners', added: [], removed: ['kp1'], changed: [] },
    ]);
    expect(block(diff, 'key-partners').removed[0]?.text).toBe('Clinic chains');
  });

  it('lists an edited text and a new colour as changed, with both versions', () => {
    const doc = before();
    const now = edit(edit(doc, 'ch2', { text: 'Live webinars' }), 'kp1', { colour: 'pink' });
    const diff = diffCanvases(doc, now);
    expect(listed(diff)).toEqual([
      { block: 'key-partners', added: [], removed: [], changed: [['kp1', null]] },
      { block: 'channels', added: [], removed: [], changed: [['ch2', null]] },
    ]);
    const change = block(diff, 'channels').changed[0]!;
    expect([change.before.text, change.after.text]).toEqual(['Webinars', 'Live webinars']);
    expect(block(diff, 'key-partners').changed[0]!.after.colour).toBe('pink');
  });

  it('lists a note moved to another block under its new block, saying where it came from', () => {
    const doc = before();
    const diff = diffCanvases(doc, edit(doc, 'kp1', { block: 'channels', order: 'a2' }));
    expect(listed(diff)).toEqual([
      { block: 'channels', added: [], removed: [], changed: [['kp1', 'key-partners']] },
    ]);
  });
});

describe('diffCanvases: segments', () => {
  it('lists a new segment as added, and a deleted one as removed', () => {
    const doc = before();
    const seg = doc.notes.find((n) => n.id === 'seg_b')!;
    const now = adding(without(doc, 'seg_b'), {
      ...seg,
      id: 'seg_c',
      order: 'a2',
      text: '  ',
      segment: emptySegment('indigo'),
    });
    const diff = diffCanvases(doc, now);
    const empty = { fields: [], lists: [], metrics: [] };
    expect(diff.segments).toEqual([
      { id: 'seg_c', name: 'Unnamed segment', status: 'added', ...empty },
      { id: 'seg_b', name: 'Dentists', status: 'removed', ...empty },
    ]);
    expect(listed(diff)).toEqual([
      { block: 'customer-segments', added: ['seg_c'], removed: ['seg_b'], changed: [] },
    ]);
  });

  it('counts a segment moved out of Customer Segments (keeping its profile) as removed', () => {
    const doc = before();
    const diff = diffCanvases(doc, edit(doc, 'seg_b', { block: 'channels', order: 'a5' }));
    expect(diff.segments.map((s) => [s.id, s.status])).toEqual([['seg_b', 'removed']]);
    expect(block(diff, 'channels').changed[0]?.movedFrom).toBe('customer-segments');
  });

  it('shows changed single fields in words, "—" for an empty side', () => {
    const doc = before();
    const now = editSegment(doc, 'seg_a', (s) => ({
      description: '',
      archetype: 'niche-market',
      template: { ...s.template, job: 'Cut no-shows' },
    }));
    const diff = diffCanvases(doc, now);
    expect(diff.segments).toEqual([
      {
        id: 'seg_a',
        name: 'Clinics',
        status: 'changed',
        fields: [
          { label: 'One-line description', before: 'Group practices', after: '—' },
          { label: 'Archetype', before: '—', after: 'Niche market' },
          { label: 'Shared job-to-be-done', before: 'Fill the calendar', after: 'Cut no-shows' },
        ],
        lists: [],
        metrics: [],
      },
    ]);
  });

  it('lists jobs, personas, evidence and onboarding steps added and removed', () => {
    const doc = before();
    const now = editSegment(doc, 'seg_a', (s) => ({
      jobs: [newProfileItem('jobs', 'job_2', ' Cut no-shows ')],
      personas: [...s.personas, newPersona('per_2')],
      evidence: [
        { ...newEvidence('ev_2', '2026-11-02'), summary: 'Churned after onboarding' },
        { ...newEvidence('ev_3', '2026-11-03'), summary: '  ' },
        ...s.evidence,
      ],
      playbook: { ...s.playbook, onboarding: [{ id: 'step_1', text: 'Kick-off call' }] },
    }));
    expect(diffCanvases(doc, now).segments[0]?.lists).toEqual([
      'Job added: Cut no-shows',
      'Job removed: Book patients',
      'Persona added: unnamed',
      'Evidence added: 2026-11-02: Churned after onboarding',
      'Evidence added: 2026-11-03: no summary',
      'Onboarding step added: Kick-off call',
    ]);
    const back = diffCanvases(now, doc).segments[0]!;
    expect(back.lists).toContain('Persona removed: unnamed');
    expect(back.lists).toContain('Evidence removed: 2026-11-02: Churned after onboarding');
    expect(back.lists).toContain('Onboarding step removed: Kick-off call');
  });

  it('lists notes that started and stopped serving a segment, a deleted one included', () => {
    const doc = before();
    const relinked = edit(edit(doc, 'ch2', { segmentIds: ['seg_a'] }), 'ch1', { segmentIds: [] });
    const diff = diffCanvases(doc, relinked);
    expect(diff.segments.map((s) => [s.id, s.status, s.lists])).toEqual([
      ['seg_a', 'changed', ['Now served by: Webinars', 'No longer served by: Sales team']],
    ]);
    expect(listed(diff)).toEqual([]);
    expect(diffCanvases(doc, without(doc, 'ch1')).segments[0]?.lists).toEqual([
      'No longer served by: Sales team',
    ]);
  });

  it('shows the latest value of a metric before and after, and a metric no longer tracked', () => {
    const doc = before();
    const now = editSegment(doc, 'seg_a', () => ({
      metrics: [
        metric('m_cust', 'customers', [
          ['2026-10-01', 40],
          ['2026-11-01', 52],
        ]),
        metric('m_churn', 'churn', [['2026-11-01', 4]]),
      ],
    }));
    expect(diffCanvases(doc, now).segments[0]?.metrics).toEqual([
      { label: 'Customers', before: '40 (2026-10-01)', after: '52 (2026-11-01)' },
      { label: 'Churn rate', before: '—', after: '4 (2026-11-01)' },
      { label: 'NPS', before: 'tracked', after: 'removed' },
    ]);
  });

  it('leaves out segments that did not change, and lists them in canvas order', () => {
    const doc = before();
    const now = editSegment(
      editSegment(doc, 'seg_b', () => ({ user: 'The dentist' })),
      'seg_a',
      () => ({ earlyAdopter: true }),
    );
    const diff = diffCanvases(doc, now);
    expect(diff.segments.map((s) => [s.id, s.fields])).toEqual([
      ['seg_a', [{ label: 'Early adopters', before: 'No', after: 'Yes' }]],
      ['seg_b', [{ label: 'Who uses', before: '—', after: 'The dentist' }]],
    ]);
    const restamped = editSegment(doc, 'seg_a', () => ({}));
    expect(diffCanvases(doc, restamped).same).toBe(true);
  });
});

describe('SnapshotSchema', () => {
  const snapshot = () => ({
    id: 'snapshot_1',
    canvasId: 'canvas_snap',
    name: 'Before the pivot',
    reason: 'manual',
    createdAt: T0,
    doc: before(),
  });

  it('accepts a snapshot of a whole document', () => {
    const taken = snapshot();
    expect(SnapshotSchema.safeParse(taken)).toEqual({ success: true, data: taken });
  });

  it('rejects an unknown reason, an overlong name and a broken document', () => {
    expect(SnapshotSchema.safeParse({ ...snapshot(), reason: 'restore' }).success).toBe(false);
    expect(SnapshotSchema.safeParse({ ...snapshot(), name: 'x'.repeat(121) }).success).toBe(false);
    const doc = before();
    const broken = { ...doc, notes: [{ ...doc.notes[0]!, block: 'nowhere' }] };
    expect(SnapshotSchema.safeParse({ ...snapshot(), doc: broken }).success).toBe(false);
  });
});

describe('snapshotTitle', () => {
  it('names a snapshot by its reason; a manual one by its detail alone', () => {
    const titles = (['merge', 'split', 'review', 'manual'] as const).map((reason) =>
      snapshotTitle(reason, 'Clinics'),
    );
    expect(titles).toEqual([
      'Before merging Clinics',
      'Before splitting Clinics',
      'Review Clinics',
      'Clinics',
    ]);
  });
});

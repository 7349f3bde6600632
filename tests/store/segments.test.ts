import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import { segmentOf } from '../../src/domain/segment-ops';
import { DEFAULT_WEIGHTS, emptySegment } from '../../src/domain/segment.schema';
import { actions, loadDoc, makeDoc, store, T0 } from '../factories';

function tick(ms = 1000): void {
  vi.setSystemTime(Date.now() + ms);
}

const note = (id: string): Note => store().notes[id]!;
const segment = (id: string) => segmentOf(note(id));

/** A canvas with two segments and a note in each of the other blocks that matter. */
function setup() {
  const doc = loadDoc(
    makeDoc({
      notes: [
        { id: 'seg_a', block: 'customer-segments', order: 'a0', text: 'Clinics with 3+ doctors' },
        {
          id: 'seg_b',
          block: 'customer-segments',
          order: 'a1',
          text: 'Solo practitioners',
          segment: emptySegment('crimson'),
        },
        { id: 'vp', block: 'value-propositions', segmentIds: ['seg_a'] },
        { id: 'ch', block: 'channels', segmentIds: ['seg_a', 'seg_b'] },
      ],
    }),
  );
  return doc.canvas.id;
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 60_000);
});

afterEach(() => vi.useRealTimers());

describe('segment profile edits', () => {
  it('patches fields, nested size and template, and undoes each edit', () => {
    const canvasId = setup();
    actions().updateSegment('seg_a', { archetype: 'niche-market', priority: 'primary' });
    tick();
    actions().updateSegment('seg_a', { size: { count: 1200, unit: 'clinics' } });
    tick();
    actions().updateSegment('seg_a', { template: { signals: 'Books 40+ visits a day' } });

    expect(segment('seg_a')).toMatchObject({
      archetype: 'niche-market',
      priority: 'primary',
      size: { count: 1200, unit: 'clinics', tam: null, currency: 'USD' },
      template: { signals: 'Books 40+ visits a day', job: '' },
    });
    actions().undo(canvasId);
    expect(segment('seg_a').template.signals).toBe('');
    expect(segment('seg_a').size.count).toBe(1200);
    actions().undo(canvasId);
    actions().undo(canvasId);
    expect(segment('seg_a').archetype).toBeNull();
    actions().redo(canvasId);
    expect(segment('seg_a').archetype).toBe('niche-market');
  });

  it('makes one typing session in a field one undo step', () => {
    const canvasId = setup();
    for (const text of ['W', 'We', 'Wee', 'Week', 'Weekly'])
      actions().updateSegment('seg_a', { description: text }, 'typing-1');
    expect(segment('seg_a').description).toBe('Weekly');
    expect(store().history[canvasId]?.undo).toHaveLength(1);
    actions().undo(canvasId);
    expect(segment('seg_a').description).toBe('');
  });

  it('adds, edits, ranks and removes jobs, pains and gains', () => {
    const canvasId = setup();
    const first = actions().addProfileItem('seg_a', 'pains', 'Double bookings')!;
    const second = actions().addProfileItem('seg_a', 'pains', 'No-shows')!;
    const third = actions().addProfileItem('seg_a', 'pains', 'Paper forms')!;
    expect(segment('seg_a').pains[0]).toMatchObject({
      text: 'Double bookings',
      kind: 'obstacle',
      severity: 3,
      importance: 3,
      frequency: 'sometimes',
    });

    actions().updateProfileItem('seg_a', 'pains', second, { severity: 5, kind: 'risk' });
    actions().moveProfileItem('seg_a', 'pains', third, 0);
    expect(segment('seg_a').pains.map((p) => p.text)).toEqual([
      'Paper forms',
      'Double bookings',
      'No-shows',
    ]);
    expect(segment('seg_a').pains[2]).toMatchObject({ severity: 5, kind: 'risk' });

    actions().removeProfileItem('seg_a', 'pains', first);
    expect(segment('seg_a').pains.map((p) => p.text)).toEqual(['Paper forms', 'No-shows']);
    actions().undo(canvasId);
    actions().undo(canvasId);
    expect(segment('seg_a').pains.map((p) => p.text)).toEqual([
      'Double bookings',
      'No-shows',
      'Paper forms',
    ]);
    // Gains and jobs get their own defaults.
    actions().addProfileItem('seg_a', 'gains');
    actions().addProfileItem('seg_a', 'jobs');
    expect(segment('seg_a').gains[0]).toMatchObject({ kind: 'expected', relevance: 'important' });
    expect(segment('seg_a').jobs[0]).toMatchObject({ kind: 'functional' });
  });

  it('a removed item takes its evidence with it to the segment as a whole; undo links it again', () => {
    const canvasId = setup();
    const pain = actions().addProfileItem('seg_a', 'pains', 'No-shows')!;
    const evidence = actions().addEvidence('seg_a', '2026-11-01')!;
    actions().updateEvidence('seg_a', evidence, { about: pain });
    tick();
    actions().removeProfileItem('seg_a', 'pains', pain);
    expect(segment('seg_a').evidence[0]!.about).toBeNull();
    actions().undo(canvasId);
    expect(segment('seg_a').pains.map((p) => p.id)).toEqual([pain]);
    expect(segment('seg_a').evidence[0]!.about).toBe(pain);
  });

  it('adds, edits and removes personas', () => {
    const canvasId = setup();
    const id = actions().addPersona('seg_a')!;
    actions().updatePersona('seg_a', id, { name: 'Dr. Amal', quote: '"I need Fridays back."' });
    expect(segment('seg_a').personas).toEqual([
      expect.objectContaining({ id, name: 'Dr. Amal', photoId: null }),
    ]);
    actions().removePersona('seg_a', id);
    expect(segment('seg_a').personas).toEqual([]);
    actions().undo(canvasId);
    expect(segment('seg_a').personas[0]?.name).toBe('Dr. Amal');
  });

  it('ignores edits of a note that does not exist', () => {
    setup();
    expect(actions().addProfileItem('nope', 'jobs')).toBeNull();
    expect(actions().addPersona('nope')).toBeNull();
    expect(() => actions().updateSegment('nope', { description: 'x' })).not.toThrow();
  });
});

describe('the thread: links from other notes', () => {
  it('links and unlinks a note, once per segment, with undo', () => {
    const canvasId = setup();
    actions().linkNoteToSegment('vp', 'seg_b', true);
    actions().linkNoteToSegment('vp', 'seg_b', true);
    expect(note('vp').segmentIds).toEqual(['seg_a', 'seg_b']);
    actions().linkNoteToSegment('vp', 'seg_a', false);
    expect(note('vp').segmentIds).toEqual(['seg_b']);
    actions().undo(canvasId);
    expect(note('vp').segmentIds).toEqual(['seg_a', 'seg_b']);
  });

  it('deleting a segment unlinks every note from it, and one undo restores all', () => {
    const canvasId = setup();
    actions().updateSegment('seg_b', { dependsOn: ['seg_a'] });
    actions().updateSegment('seg_a', { dependsOn: ['seg_b'] });
    tick();
    actions().deleteNote('seg_b');
    expect(store().notes['seg_b']).toBeUndefined();
    expect(note('ch').segmentIds).toEqual(['seg_a']);
    expect(segment('seg_a').dependsOn).toEqual([]);

    actions().undo(canvasId);
    expect(note('seg_b').text).toBe('Solo practitioners');
    expect(note('ch').segmentIds).toEqual(['seg_a', 'seg_b']);
    expect(segment('seg_a').dependsOn).toEqual(['seg_b']);
  });

  it('a segment moved out of Customer Segments is unlinked; moving back restores its profile', () => {
    setup();
    actions().updateSegment('seg_a', { description: 'kept' });
    // It says how many notes it unlinked, for the canvas to tell.
    expect(actions().moveNote('seg_a', 'key-partners', 0)).toBe(2);
    expect(note('vp').segmentIds).toEqual([]);
    expect(note('ch').segmentIds).toEqual(['seg_b']);
    expect(actions().moveNote('seg_a', 'customer-segments', 0)).toBe(0);
    expect(segment('seg_a').description).toBe('kept');
    expect(actions().deleteNote('seg_b')).toBe(1);
    expect(actions().deleteNote('vp')).toBe(0);
  });

  it('a note added to Customer Segments becomes a segment with a colour not yet used', () => {
    const canvasId = setup();
    const id = actions().addNote(canvasId, 'customer-segments', { text: 'Dental chains' });
    expect(note(id).segment?.colour).toBe('indigo');
    const linked = actions().addNote(canvasId, 'channels', { segmentIds: [id] });
    expect(note(linked).segmentIds).toEqual([id]);
  });

  it('sets and clears a pricing model', () => {
    const canvasId = setup();
    const rev = actions().addNote(canvasId, 'revenue-streams', { text: 'Monthly plan' });
    actions().setNotePricing(rev, 'per-seat');
    expect(note(rev).pricing).toBe('per-seat');
    actions().setNotePricing(rev, null);
    expect(note(rev)).not.toHaveProperty('pricing');
    actions().undo(canvasId);
    expect(note(rev).pricing).toBe('per-seat');
  });
});

describe('attractiveness weights', () => {
  it('are set per canvas, with undo', () => {
    const canvasId = setup();
    expect(store().canvases[canvasId]?.weights).toEqual(DEFAULT_WEIGHTS);
    actions().setSegmentWeights(canvasId, { painDepth: 3 });
    expect(store().canvases[canvasId]?.weights).toEqual({ ...DEFAULT_WEIGHTS, painDepth: 3 });
    actions().undo(canvasId);
    expect(store().canvases[canvasId]?.weights).toEqual(DEFAULT_WEIGHTS);
  });
});

describe('keeping segments safe', () => {
  it('an emptied name does not delete a segment that has a profile or links', () => {
    const canvasId = setup();
    actions().setNoteText('seg_a', '', 'typing');
    actions().finishNoteEdit('seg_a', 'typing');
    expect(store().notes['seg_a']).toBeDefined(); // linked from vp and ch

    const bare = actions().addNote(canvasId, 'customer-segments', { text: 'x' });
    actions().setNoteText(bare, '', 'typing-2');
    actions().finishNoteEdit(bare, 'typing-2');
    expect(store().notes[bare]).toBeUndefined(); // blank and unlinked: an abandoned note

    const profiled = actions().addNote(canvasId, 'customer-segments', { text: 'y' });
    actions().updateSegment(profiled, { description: 'worth keeping' });
    actions().setNoteText(profiled, '', 'typing-3');
    actions().finishNoteEdit(profiled, 'typing-3');
    expect(store().notes[profiled]?.segment?.description).toBe('worth keeping');
  });

  it('an edit that changes nothing is not an undo step', () => {
    const canvasId = setup();
    actions().updateSegment('seg_a', { priority: 'primary' });
    const steps = store().history[canvasId]?.undo.length;
    actions().updateSegment('seg_a', { priority: 'primary' });
    actions().linkNoteToSegment('vp', 'seg_a', true);
    expect(store().history[canvasId]?.undo.length).toBe(steps);
  });
});

describe('undo with another tab editing the same segment', () => {
  it('steps back only the field this tab changed, keeping the other tab’s newer fields', () => {
    const canvasId = setup();
    actions().updateSegment('seg_a', { description: 'mine' });
    tick();
    // The other tab sets the priority and adds a job; its row arrives here.
    const theirs = note('seg_a');
    actions().applyRemote({
      notes: [
        {
          ...theirs,
          segment: {
            ...theirs.segment!,
            priority: 'primary',
            jobs: [
              {
                id: 'job_1',
                text: 'Theirs',
                kind: 'functional',
                importance: 3,
                frequency: 'often',
              },
            ],
          },
          updatedAt: theirs.updatedAt + 1000,
        },
      ],
    });
    tick();
    actions().undo(canvasId);
    expect(segment('seg_a').description).toBe('');
    expect(segment('seg_a').priority).toBe('primary');
    expect(segment('seg_a').jobs.map((j) => j.text)).toEqual(['Theirs']);
    actions().redo(canvasId);
    expect(segment('seg_a')).toMatchObject({ description: 'mine', priority: 'primary' });
  });
});

describe('undo with another tab editing the same lists', () => {
  it('keeps the other tab’s links and jobs when this tab undoes its own', () => {
    const canvasId = setup();
    actions().linkNoteToSegment('vp', 'seg_b', true); // this tab: vp → seg_a, seg_b
    tick();
    const vp = note('vp');
    const seg = note('seg_a');
    actions().applyRemote({
      notes: [
        // The other tab linked vp to a third segment, and added a job to seg_a.
        { ...vp, segmentIds: [...vp.segmentIds, 'seg_c'], updatedAt: vp.updatedAt + 1000 },
        {
          ...seg,
          segment: {
            ...seg.segment!,
            jobs: [
              {
                id: 'job_t',
                text: 'Theirs',
                kind: 'functional',
                importance: 3,
                frequency: 'often',
              },
            ],
          },
          updatedAt: seg.updatedAt + 1000,
        },
      ],
    });
    tick();
    const mine = actions().addProfileItem('seg_a', 'jobs', 'Mine')!;
    tick();
    actions().undo(canvasId); // the job this tab added
    expect(segment('seg_a').jobs.map((j) => j.text)).toEqual(['Theirs']);
    actions().undo(canvasId); // the link this tab made
    expect(note('vp').segmentIds).toEqual(['seg_a', 'seg_c']);
    actions().redo(canvasId);
    actions().redo(canvasId);
    expect(note('vp').segmentIds).toEqual(['seg_a', 'seg_c', 'seg_b']);
    expect(segment('seg_a').jobs.map((j) => j.id)).toEqual(['job_t', mine]);
  });
});

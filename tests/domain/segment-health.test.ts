// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import {
  canvasHealth,
  isVagueSegmentName,
  segmentHealth,
  type HealthCheck,
  type HealthCheckId,
} from '../../src/domain/segment-health';
import {
  emptySegment,
  type Gain,
  type Job,
  type Pain,
  type Segment,
} from '../../src/domain/segment.schema';
import { makeNote } from '../factories';

const job = (text: string, i = 0): Job => ({
  id: `job_${i}`,
  text,
  importance: 3,
  frequency: 'often',
  kind: 'functional',
});
const pain = (text: string, i = 0): Pain => ({
  id: `pain_${i}`,
  text,
  importance: 3,
  frequency: 'often',
  kind: 'obstacle',
  severity: 4,
});
const gain = (text: string, i = 0): Gain => ({
  id: `gain_${i}`,
  text,
  importance: 3,
  frequency: 'often',
  kind: 'desired',
  relevance: 'important',
});
const three = <T>(make: (text: string, i: number) => T) =>
  [1, 2, 3].map((i) => make(`item ${i}`, i));

/** A segment that passes every check but the always-on evidence advice. */
function healthySegment(overrides: Partial<Segment> = {}): Segment {
  return {
    ...emptySegment('teal'),
    bases: [{ basis: 'needs-based', description: 'Report every week' }],
    template: { ...emptySegment('teal').template, signals: 'Exports a report every Friday' },
    priority: 'secondary',
    jobs: three(job),
    pains: three(pain),
    gains: three(gain),
    ...overrides,
  };
}

function segmentNote(overrides: Partial<Segment> = {}, note: Partial<Note> = {}): Note {
  return makeNote({
    block: 'customer-segments',
    text: 'Dental clinics with 3+ chairs',
    segment: healthySegment(overrides),
    ...note,
  });
}

/** One note in each block that serves a segment, linked to `segmentIds`. */
const servingNotes = (...segmentIds: string[]): Note[] =>
  (['value-propositions', 'channels', 'customer-relationships', 'revenue-streams'] as const).map(
    (block) => makeNote({ block, segmentIds }),
  );

const ids = (checks: readonly HealthCheck[]) => checks.map((c) => c.id);
const find = (checks: readonly HealthCheck[], id: HealthCheckId) => checks.find((c) => c.id === id);

/** The checks for `segment` on a canvas of `segment`, `others` and notes serving every segment. */
function healthOf(segment: Note, others: Note[] = []): HealthCheck[] {
  const all = [segment, ...others];
  const segmentIds = all.filter((n) => n.block === 'customer-segments').map((n) => n.id);
  return segmentHealth(segment, [...all, ...servingNotes(...segmentIds)]);
}

describe('isVagueSegmentName', () => {
  it.each([
    'Everyone',
    'everybody',
    'anyone!',
    '  all customers  ',
    'The general public',
    'Customers',
    'customer',
    'users',
    'Our users',
    'People',
    'consumers',
    'the mass market',
    'All businesses',
    'companies',
    'SMB',
    'SMBs',
    "SME's",
    'SMEs',
    'small business',
    'Small Businesses',
    'small and medium-sized businesses',
    'mid-market',
    'Mid Market.',
    'Enterprise',
    'enterprises',
    'startups',
    'Healthcare',
    'retail',
    'Finance',
    'education',
    'B2B',
    'B2C',
    'Millennials',
    'Gen Z',
    'gen-z',
    'enterprise customers',
    'healthcare companies',
    'SMBs and enterprises',
    'B2B / B2C',
    '',
    '   ',
    '—',
  ])('%j is vague', (name) => {
    expect(isVagueSegmentName(name)).toBe(true);
  });

  it.each([
    'mid-market teams with weekly compliance reporting',
    'healthcare clinics with 3+ doctors and no IT staff',
    'Dental clinics',
    'Freelance designers',
    'Parents of toddlers',
    'Retail pharmacies in rural areas',
    'Gen Z gamers',
    'Enterprise security teams',
    'Millennial first-time home buyers',
    'Startup founders raising a seed round',
    'Small bakeries',
    'Users of Excel who build monthly reports',
    'Business travellers',
    'Clinics and hospitals',
    'Everyone who rents a car abroad',
  ])('%j is specific', (name) => {
    expect(isVagueSegmentName(name)).toBe(false);
  });
});

describe('segmentHealth', () => {
  it('finds nothing but the evidence advice on a healthy segment', () => {
    expect(ids(healthOf(segmentNote()))).toEqual(['no-evidence']);
  });

  // Found by an exploratory run: the message showed the raw "2026-10-03" where every other
  // place shows the day in the reader's locale.
  it('says when an overdue review was due, as the reader reads days', () => {
    const note = segmentNote({
      review: { cadenceDays: 30, lastReviewedOn: '2026-09-03', nextReviewOn: '2026-10-03' },
    });
    const day = (d: string) => (d === '2026-10-03' ? 'Oct 3, 2026' : d);
    const checks = segmentHealth(note, [note], '2026-11-25', day);
    expect(find(checks, 'review-overdue')?.message).toMatch(/^Its review was due on Oct 3, 2026\./);
  });

  it('has no checks for a note outside Customer Segments', () => {
    const note = makeNote({ block: 'channels', text: 'Everyone', segment: emptySegment('teal') });
    expect(segmentHealth(note, [note])).toEqual([]);
  });

  it('reports every check on an empty segment, most serious first, each naming the segment', () => {
    const note = makeNote({ block: 'customer-segments', text: 'Everyone' });
    const checks = segmentHealth(note, [note]);
    expect(ids(checks)).toEqual([
      'vague-name',
      'shallow-bases',
      'no-signals',
      'unlinked',
      'thin-profile',
      'no-evidence',
    ]);
    expect(checks.every((c) => c.segmentId === note.id)).toBe(true);
  });

  it('treats a segment note without a profile as an empty segment', () => {
    const note = makeNote({ block: 'customer-segments', text: 'Dental clinics' });
    delete note.segment;
    expect(ids(segmentHealth(note, [note]))).toContain('shallow-bases');
  });

  it('never repeats the segment name in a message', () => {
    const name = 'Zanzibar ferry operators';
    const note = makeNote({ block: 'customer-segments', text: name });
    for (const c of segmentHealth(note, [note])) expect(c.message).not.toContain(name);
  });

  describe('vague-name', () => {
    it('is a problem on the name when the name is a catch-all or a label', () => {
      expect(find(healthOf(segmentNote({}, { text: 'SMBs' })), 'vague-name')).toMatchObject({
        severity: 'problem',
        field: 'name',
        message: expect.stringContaining('Add what sets this group apart'),
      });
    });

    it('says there is no name yet when the name is blank', () => {
      const check = find(healthOf(segmentNote({}, { text: '  ' })), 'vague-name');
      expect(check?.message).toContain('no name yet');
    });

    it('does not fire once the name adds a qualifier', () => {
      const note = segmentNote({}, { text: 'SMBs that file VAT returns monthly' });
      expect(find(healthOf(note), 'vague-name')).toBeUndefined();
    });
  });

  describe('shallow-bases', () => {
    it('asks how the segment differs when no basis is chosen', () => {
      const check = find(healthOf(segmentNote({ bases: [] })), 'shallow-bases');
      expect(check).toMatchObject({ severity: 'warning', field: 'bases' });
      expect(check?.message).toContain('Choose how this group differs');
    });

    it('fires on demographic and geographic bases only', () => {
      const bases = [
        { basis: 'demographic', description: 'Over 60' },
        { basis: 'geographic', description: 'Rural Wales' },
      ] as const;
      const check = find(healthOf(segmentNote({ bases: [...bases] })), 'shallow-bases');
      expect(check?.message).toContain('Age, income and location alone');
    });

    it('fires on industry only', () => {
      const bases = [{ basis: 'firmographic' as const, description: 'Dentistry' }];
      const check = find(healthOf(segmentNote({ bases })), 'shallow-bases');
      expect(check?.message).toContain('Industry and company size alone');
    });

    it('fires on firmographic with geographic, naming both', () => {
      const bases = [
        { basis: 'firmographic', description: 'Dentistry' },
        { basis: 'geographic', description: 'Germany' },
      ] as const;
      const check = find(healthOf(segmentNote({ bases: [...bases] })), 'shallow-bases');
      expect(check?.message).toContain('Firmographic and Geographic');
    });

    it('does not fire once a deeper basis is added', () => {
      const bases = [
        { basis: 'firmographic', description: 'Dentistry' },
        { basis: 'behavioural', description: 'Books online' },
      ] as const;
      expect(find(healthOf(segmentNote({ bases: [...bases] })), 'shallow-bases')).toBeUndefined();
    });
  });

  describe('no-signals', () => {
    it('fires when the signals are blank', () => {
      const template = { ...healthySegment().template, signals: ' \n\t ' };
      expect(find(healthOf(segmentNote({ template })), 'no-signals')).toMatchObject({
        severity: 'warning',
        field: 'signals',
        message: expect.stringContaining('detect this segment in data'),
      });
    });

    it('does not fire once a signal is described', () => {
      expect(find(healthOf(segmentNote()), 'no-signals')).toBeUndefined();
    });
  });

  describe('too-many-primary', () => {
    const primaries = (count: number) =>
      Array.from({ length: count }, () => segmentNote({ priority: 'primary' }));

    it('fires on each primary segment when more than three are primary', () => {
      const [first, ...others] = primaries(4);
      const secondary = segmentNote();
      const all = [first!, ...others, secondary];
      expect(find(healthOf(first!, [...others, secondary]), 'too-many-primary')).toMatchObject({
        severity: 'warning',
        field: 'priority',
        message: expect.stringContaining('4 segments are marked primary'),
      });
      expect(find(segmentHealth(secondary, all), 'too-many-primary')).toBeUndefined();
    });

    it('does not fire with three primary segments', () => {
      const [first, ...others] = primaries(3);
      expect(find(healthOf(first!, others), 'too-many-primary')).toBeUndefined();
    });

    it('does not count a primary segment moved out of the block', () => {
      const [first, ...others] = primaries(4);
      const moved = { ...others[0]!, block: 'channels' as const };
      expect(find(healthOf(first!, [moved, ...others.slice(1)]), 'too-many-primary')).toBe(
        undefined,
      );
    });
  });

  describe('no-evidence', () => {
    const entry = (id: string, supports: boolean) => ({
      id,
      type: 'interview' as const,
      date: '2026-11-02',
      summary: 'Talked to a practice manager',
      quote: '',
      source: '',
      supports,
      about: null,
    });

    it('is advice on the validation status while no evidence is logged', () => {
      expect(find(healthOf(segmentNote()), 'no-evidence')).toMatchObject({
        severity: 'advice',
        field: 'validation',
        message: expect.stringContaining('hypothesis'),
      });
    });

    it('clears once any evidence is logged', () => {
      const note = segmentNote({ evidence: [entry('e1', true)] });
      expect(find(healthOf(note), 'no-evidence')).toBeUndefined();
      expect(find(healthOf(note), 'contradicted')).toBeUndefined();
    });

    it('warns when the evidence contradicts more than it supports, with the counts', () => {
      const even = segmentNote({ evidence: [entry('e1', true), entry('e2', false)] });
      expect(find(healthOf(even), 'contradicted')).toBeUndefined();
      const against = segmentNote({
        evidence: [entry('e1', true), entry('e2', false), entry('e3', false)],
      });
      expect(find(healthOf(against), 'contradicted')).toMatchObject({
        severity: 'warning',
        field: 'evidence',
        message: expect.stringContaining('(2 against, 1 for)'),
      });
    });
  });

  describe('unlinked', () => {
    it('lists every serving block when nothing is linked', () => {
      const note = segmentNote();
      expect(find(segmentHealth(note, [note]), 'unlinked')).toMatchObject({
        severity: 'warning',
        field: 'links',
        message: expect.stringContaining(
          'Nothing in Value Propositions, Channels, Customer Relationships or Revenue Streams serves this segment yet.',
        ),
      });
    });

    it('lists only the blocks that are missing', () => {
      const note = segmentNote();
      const linked = [
        makeNote({ block: 'value-propositions', segmentIds: [note.id] }),
        makeNote({ block: 'customer-relationships', segmentIds: ['other', note.id] }),
        // Linked, but from blocks that do not serve it, or to another segment.
        makeNote({ block: 'key-partners', segmentIds: [note.id] }),
        makeNote({ block: 'channels', segmentIds: ['other'] }),
      ];
      expect(find(segmentHealth(note, [note, ...linked]), 'unlinked')?.message).toMatch(
        /^Nothing in Channels or Revenue Streams serves this segment yet\./,
      );
    });

    it('does not fire when all four blocks serve it', () => {
      expect(find(healthOf(segmentNote()), 'unlinked')).toBeUndefined();
    });
  });

  describe('one-sided-platform', () => {
    it('fires on a multi-sided segment with no other side', () => {
      expect(
        find(healthOf(segmentNote({ archetype: 'multi-sided' })), 'one-sided-platform'),
      ).toMatchObject({ severity: 'problem', field: 'dependsOn' });
    });

    it('ignores ids that are not segments of this canvas, and the segment itself', () => {
      const channel = makeNote({ block: 'channels' });
      const elsewhere = segmentNote({}, { canvasId: 'another_canvas' });
      const moved = segmentNote({}, { block: 'key-partners' });
      const note = segmentNote({
        archetype: 'multi-sided',
        dependsOn: ['gone', channel.id, elsewhere.id, moved.id],
      });
      note.segment!.dependsOn.push(note.id);
      const checks = healthOf(note, [channel, elsewhere, moved]);
      expect(find(checks, 'one-sided-platform')).toBeDefined();
    });

    it('does not fire when it depends on another side', () => {
      const drivers = segmentNote();
      const riders = segmentNote({ archetype: 'multi-sided', dependsOn: [drivers.id] });
      expect(find(healthOf(riders, [drivers]), 'one-sided-platform')).toBeUndefined();
    });

    it('does not fire when another side depends on it', () => {
      const riders = segmentNote({ archetype: 'multi-sided' });
      const drivers = segmentNote({ dependsOn: [riders.id] });
      expect(find(healthOf(riders, [drivers]), 'one-sided-platform')).toBeUndefined();
    });

    it('does not fire on other archetypes', () => {
      expect(
        find(healthOf(segmentNote({ archetype: 'niche-market' })), 'one-sided-platform'),
      ).toBeUndefined();
    });
  });

  describe('thin-profile', () => {
    it('is one check naming each short list and its count, on the first short list', () => {
      const note = segmentNote({ jobs: three(job), pains: [pain('Slow')], gains: [] });
      const checks = healthOf(note).filter((c) => c.id === 'thin-profile');
      expect(checks).toHaveLength(1);
      expect(checks[0]).toMatchObject({ severity: 'warning', field: 'pains' });
      expect(checks[0]!.message).toMatch(/^The customer profile has 1 pain and no gains\./);
    });

    it('counts only items with text', () => {
      const jobs = [job('Book', 1), job('  ', 2), job('', 3), job('Pay', 4)];
      const check = find(healthOf(segmentNote({ jobs })), 'thin-profile');
      expect(check).toMatchObject({ field: 'jobs', message: expect.stringContaining('2 jobs') });
    });

    it('does not fire with three of each', () => {
      expect(find(healthOf(segmentNote()), 'thin-profile')).toBeUndefined();
    });
  });
});

describe('canvasHealth', () => {
  it('lists every check, most serious first, then in segment order', () => {
    // Display order b, a: the order key decides, not the position in the list.
    const a = segmentNote({ template: emptySegment('teal').template }, { order: 'a2' });
    const b = segmentNote({ archetype: 'multi-sided' }, { order: 'a1', text: 'Customers' });
    const notes = [a, b, ...servingNotes(a.id, b.id)];
    const health = canvasHealth(notes);
    expect(health.checks.map((c) => [c.severity, c.segmentId, c.id])).toEqual([
      ['problem', b.id, 'vague-name'],
      ['problem', b.id, 'one-sided-platform'],
      ['warning', a.id, 'no-signals'],
      ['advice', b.id, 'no-evidence'],
      ['advice', a.id, 'no-evidence'],
    ]);
    expect(health.counts).toEqual({ problem: 2, warning: 1, advice: 2 });
    expect(Object.keys(health.bySegment).sort()).toEqual([a.id, b.id].sort());
    expect(health.bySegment[a.id]).toEqual(segmentHealth(a, notes));
  });

  it('ignores a segment moved out of the block', () => {
    const kept = segmentNote();
    const moved = segmentNote({}, { block: 'key-activities', text: 'Everyone' });
    const health = canvasHealth([kept, moved, ...servingNotes(kept.id, moved.id)]);
    expect(health.bySegment[moved.id]).toBeUndefined();
    expect(health.checks.every((c) => c.segmentId === kept.id)).toBe(true);
    expect(health.counts).toEqual({ problem: 0, warning: 0, advice: 1 });
  });

  it('is empty on a canvas without segments', () => {
    expect(canvasHealth([makeNote({ block: 'channels' })])).toEqual({
      checks: [],
      bySegment: {},
      counts: { problem: 0, warning: 0, advice: 0 },
    });
  });
});

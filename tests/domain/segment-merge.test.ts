// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Note } from '../../src/domain/canvas.schema';
import { answerPair, type DifferencePair } from '../../src/domain/difference';
import {
  currenciesApart,
  MERGE_FIELDS,
  mergeConflicts,
  mergeSegments,
} from '../../src/domain/segment-merge';
import { newEvidence, newMetric } from '../../src/domain/segment-operational';
import type { MetricKind, MetricValue } from '../../src/domain/segment-operational.schema';
import { newPersona, newProfileItem, segmentOf } from '../../src/domain/segment-ops';
import {
  emptySegment,
  TEMPLATE_FIELDS,
  type Segment,
  type SegmentColour,
} from '../../src/domain/segment.schema';
import { makeNote, MINUTE, T0 } from '../factories';

const NOW = T0 + MINUTE;
const CANVAS = 'canvas_merge';

function segmentNote(id: string, text: string, colour: SegmentColour, s: Partial<Segment> = {}) {
  return makeNote({
    id,
    canvasId: CANVAS,
    block: 'customer-segments',
    text,
    segment: { ...emptySegment(colour), ...s },
  });
}
const linked = (id: string, segmentIds: string[]) =>
  makeNote({ id, canvasId: CANVAS, block: 'channels', segmentIds });
const job = (id: string, text: string) => newProfileItem('jobs', id, text);
const value = (id: string, date: string, v: number): MetricValue => ({ id, date, value: v });
const pair = (a: string, b: string): DifferencePair => answerPair([], a, b, 'churn', true)[0]!;

/** Runs the merge and returns the merged segment and everything else it changed, by id. */
function merge(notes: Note[], choices = {}, differences: DifferencePair[] = []) {
  const before = JSON.stringify(notes);
  const result = mergeSegments(notes, 'keep', 'other', choices, differences, NOW);
  expect(JSON.stringify(notes)).toBe(before);
  if (!result) throw new Error('merge refused');
  const byId = new Map(result.changed.map((n) => [n.id, n]));
  return { result, byId, kept: byId.get('keep')!, s: segmentOf(byId.get('keep')!) };
}

describe('MERGE_FIELDS', () => {
  it('covers the name, the single profile fields, the template and the playbook texts', () => {
    const ids = MERGE_FIELDS.map((f) => f.id);
    expect(ids.slice(0, 3)).toEqual(['name', 'description', 'colour']);
    for (const f of TEMPLATE_FIELDS) expect(ids).toContain(`template.${f.id}`);
    expect(ids).toEqual(
      expect.arrayContaining(['validation', 'review', 'scores', 'size', 'playbook.capacity']),
    );
    expect(ids).not.toContain('jobs');
    expect(new Set(ids).size).toBe(ids.length);
  });

  // Found by an exploratory run: "5 / 3 / 5 / 3 / 3 → 1 / 3 / 5 / 3 / 3" did not say which changed.
  it('shows attractiveness scores with the name of each criterion', () => {
    const scores = MERGE_FIELDS.find((f) => f.id === 'scores')!;
    expect(
      scores.show({ reach: 5, marketSize: 3, valueAlignment: null, painDepth: 4, budget: 1 }),
    ).toBe('Reach 5, Market size 3, Value alignment –, Depth of pain 4, Budget 1');
  });
});

describe('mergeConflicts', () => {
  it('lists only fields where both have a value and the values differ', () => {
    const keep = segmentNote('keep', 'Clinics', 'crimson', {
      description: 'Group practices',
      buyer: 'Practice manager',
      priority: 'primary',
    });
    const other = segmentNote('other', 'Clinics', 'indigo', {
      description: 'Multi-doctor clinics',
      buyer: '',
      user: 'Receptionist',
      priority: 'primary',
    });
    expect(mergeConflicts(keep, other).map((f) => f.id)).toEqual(['description', 'colour']);
  });

  it('shows each side of a conflict in words', () => {
    const keep = segmentNote('keep', 'A', 'crimson', { archetype: 'niche-market' });
    const other = segmentNote('other', 'B', 'indigo', { archetype: 'mass-market' });
    const archetype = mergeConflicts(keep, other).find((f) => f.id === 'archetype')!;
    expect(archetype.show(archetype.get(keep))).toBe('Niche market');
    expect(archetype.show(archetype.get(other))).toBe('Mass market');
  });

  it('never adds up revenue in two currencies: the other currency is kept apart, as its own metric', () => {
    const revenue = (id: string, v: number) => ({
      ...newMetric(id, 'revenue'),
      values: [value(`${id}_0`, '2026-11-01', v)],
    });
    const size = (currency: string, tam: number | null = null) => ({
      ...emptySegment('teal').size,
      currency,
      tam,
    });
    const clinics = segmentNote('keep', 'Clinics', 'teal', {
      size: size('EUR', 40_000),
      metrics: [revenue('r1', 4000)],
    });
    const dentists = segmentNote('other', 'Dentists', 'indigo', {
      size: size('USD'),
      metrics: [revenue('r2', 500)],
    });
    expect(currenciesApart(clinics, dentists, {})).toEqual({ merged: 'EUR', apart: 'USD' });
    const { s } = merge([clinics, dentists]);
    expect(s.size.currency).toBe('EUR');
    expect(s.metrics.map((m) => [m.kind, m.name, m.unit, m.values.map((v) => v.value)])).toEqual([
      ['revenue', '', '', [4000]],
      ['custom', 'Revenue in USD', 'USD', [500]],
    ]);

    // The other's size (and currency) chosen: the kept segment's euros are the ones kept apart.
    const sized = { ...dentists, segment: { ...segmentOf(dentists), size: size('USD', 9000) } };
    expect(currenciesApart(clinics, sized, { size: 'other' })).toEqual({
      merged: 'USD',
      apart: 'EUR',
    });
    const chosen = merge([clinics, sized], { size: 'other' }).s;
    expect(chosen.metrics.map((m) => [m.kind, m.name, m.values[0]!.value])).toEqual([
      ['custom', 'Revenue in EUR', 4000],
      ['revenue', '', 500],
    ]);

    // One currency: added up, as before.
    const euros = { ...dentists, segment: { ...segmentOf(dentists), size: size('EUR') } };
    expect(currenciesApart(clinics, euros, {})).toBeNull();
    expect(merge([clinics, euros]).s.metrics.map((m) => m.values[0]!.value)).toEqual([4500]);
  });

  // Regression: found by this suite and fixed.
  // field's value on a blank segment, and the blank segment is emptySegment('teal'); so the colour
  // 'teal' counts as "no value". A teal segment and a crimson one are not listed as a conflict.
  it('lists the colour when a teal segment meets a crimson one', () => {
    const keep = segmentNote('keep', 'A', 'teal');
    const other = segmentNote('other', 'B', 'crimson');
    expect(mergeConflicts(keep, other).map((f) => f.id)).toContain('colour');
  });
});

describe('mergeSegments: single fields', () => {
  const notes = () => [
    segmentNote('keep', 'Clinics', 'crimson', {
      description: 'Group practices',
      template: { ...emptySegment('teal').template, job: 'Fill the calendar' },
    }),
    segmentNote('other', 'Clinics with 3+ doctors', 'indigo', {
      description: 'Multi-doctor clinics',
      user: 'Receptionist',
      template: { ...emptySegment('teal').template, job: 'Cut no-shows', pain: 'Phone tag' },
    }),
  ];

  it('keeps the kept side of a conflict unless the other side is chosen', () => {
    const { kept, s } = merge(notes());
    expect(kept.text).toBe('Clinics');
    expect(s).toMatchObject({ description: 'Group practices', colour: 'crimson' });
    expect(s.template.job).toBe('Fill the calendar');
  });

  it('takes the chosen side for each conflict', () => {
    const { kept, s } = merge(notes(), { name: 'other', 'template.job': 'other', colour: 'other' });
    expect(kept.text).toBe('Clinics with 3+ doctors');
    expect(s.template.job).toBe('Cut no-shows');
    expect(s.colour).toBe('indigo');
    expect(s.description).toBe('Group practices');
  });

  it('fills fields only the other side has, without being asked', () => {
    const { s } = merge(notes());
    expect(s.user).toBe('Receptionist');
    expect(s.template.pain).toBe('Phone tag');
  });

  it('stamps the kept note and reports the other as removed', () => {
    const { result, kept } = merge(notes());
    expect(kept.updatedAt).toBe(NOW);
    expect(result.removed.id).toBe('other');
    expect(result.changed.map((n) => n.id)).toEqual(['keep']);
  });

  // Regression: found by this suite and fixed.
  // the other segment's colour, because 'teal' counts as blank.
  it('keeps a teal segment teal when nothing is chosen', () => {
    const { s } = merge([segmentNote('keep', 'A', 'teal'), segmentNote('other', 'B', 'crimson')]);
    expect(s.colour).toBe('teal');
  });

  it('refuses to merge a segment with itself, a missing note or a plain note', () => {
    const list = [...notes(), linked('plain', [])];
    expect(mergeSegments(list, 'keep', 'keep', {}, [], NOW)).toBeNull();
    expect(mergeSegments(list, 'keep', 'gone', {}, [], NOW)).toBeNull();
    expect(mergeSegments(list, 'keep', 'plain', {}, [], NOW)).toBeNull();
  });
});

describe('mergeSegments: lists', () => {
  const base = emptySegment('teal');
  const keep = segmentNote('keep', 'K', 'crimson', {
    bases: [{ basis: 'firmographic', description: '10–50 staff' }],
    jobs: [job('j1', 'Book visits'), job('j2', 'Bill insurers')],
    pains: [newProfileItem('pains', 'p1', 'No-shows')],
    personas: [{ ...newPersona('per_1'), name: 'Amal' }],
    evidence: [newEvidence('ev_1', '2025-01-02')],
    metrics: [
      { ...newMetric('m1', 'customers'), values: [value('a', '2025-01-01', 10)] },
      { ...newMetric('m2', 'custom', 'NPS', 'points'), values: [] },
    ],
    dependsOn: ['other', 'seg_x'],
    playbook: { ...base.playbook, onboarding: [{ id: 's1', text: 'Kick-off call' }] },
  });
  const other = segmentNote('other', 'O', 'indigo', {
    bases: [
      { basis: 'firmographic', description: 'other wording' },
      { basis: 'geographic', description: 'Urban' },
    ],
    jobs: [job('j9', '  book   VISITS '), job('j8', 'Keep records')],
    pains: [newProfileItem('pains', 'p1', 'No-shows'), newProfileItem('pains', 'p2', 'Paper')],
    personas: [{ ...newPersona('per_2'), name: 'Ben' }],
    evidence: [newEvidence('ev_1', '2025-01-02'), newEvidence('ev_2', '2025-01-03')],
    metrics: [
      {
        ...newMetric('m7', 'customers'),
        values: [value('b', '2024-12-01', 5), value('c', '2025-01-01', 10)],
      },
      { ...newMetric('m8', 'custom', 'nps', ''), values: [value('d', '2025-01-01', 40)] },
      { ...newMetric('m9', 'custom', 'Orders', ''), values: [] },
    ],
    dependsOn: ['keep', 'seg_x', 'seg_y'],
    playbook: {
      ...base.playbook,
      onboarding: [
        { id: 's7', text: 'kick-off  call' },
        { id: 's8', text: 'Data import' },
      ],
    },
  });

  it('joins lists without duplicates, the kept side first', () => {
    const { s } = merge([keep, other]);
    expect(s.bases).toEqual([
      { basis: 'firmographic', description: '10–50 staff' },
      { basis: 'geographic', description: 'Urban' },
    ]);
    expect(s.jobs.map((j) => j.id)).toEqual(['j1', 'j2', 'j8']);
    expect(s.pains.map((p) => p.text)).toEqual(['No-shows', 'Paper']);
    expect(s.personas.map((p) => p.name)).toEqual(['Amal', 'Ben']);
    expect(s.evidence.map((e) => e.id)).toEqual(['ev_1', 'ev_2']);
    expect(s.playbook.onboarding.map((st) => st.id)).toEqual(['s1', 's8']);
    expect(s.dependsOn).toEqual(['seg_x', 'seg_y']);
  });

  it('merges metrics by kind and name, values by date', () => {
    const { s } = merge([keep, other]);
    expect(s.metrics.map((m) => [m.id, m.kind, m.name])).toEqual([
      ['m1', 'customers', ''],
      ['m2', 'custom', 'NPS'],
      ['m9', 'custom', 'Orders'],
    ]);
    // Customers add up on a date both have; a date only one has keeps its value.
    expect(s.metrics[0]?.values.map((v) => [v.date, v.value])).toEqual([
      ['2024-12-01', 5],
      ['2025-01-01', 20],
    ]);
    expect(s.metrics[1]?.values.map((v) => v.value)).toEqual([40]);
  });

  // Regression, found by an exploratory run: both segments growing (100 → 120 and 80 → 90), the
  // merged one kept all four values, two per date, and read as shrinking (90, -10 %).
  it('gives one value per date: counts added, rates weighted by customers, your own metric kept', () => {
    const series = (id: string, kind: MetricKind, pairs: [string, number][], name = '') => ({
      ...newMetric(id, kind, name, ''),
      values: pairs.map(([date, v], i) => value(`${id}_${i}`, date, v)),
    });
    const dentists = segmentNote('keep', 'Dentists', 'crimson', {
      metrics: [
        series('c1', 'customers', [
          ['2026-11-01', 100],
          ['2026-12-01', 120],
        ]),
        series('r1', 'churn', [
          ['2026-11-01', 2],
          ['2026-12-01', 3],
        ]),
        series('n1', 'custom', [['2026-12-01', 40]], 'NPS'),
      ],
    });
    const vets = segmentNote('other', 'Vets', 'indigo', {
      metrics: [
        series('c2', 'customers', [
          ['2026-11-01', 80],
          ['2026-12-01', 90],
        ]),
        // No customers counted on this date for the vets: a plain mean there.
        series('r2', 'churn', [
          ['2026-11-01', 5],
          ['2026-10-01', 4],
          ['2026-12-01', 6],
        ]),
        series('n2', 'custom', [['2026-12-01', 10]], 'nps'),
      ],
    });
    const { s } = merge([dentists, vets]);
    const values = (kind: MetricKind) =>
      s.metrics.find((m) => m.kind === kind)?.values.map((v) => [v.date, v.value]);
    expect(values('customers')).toEqual([
      ['2026-11-01', 180],
      ['2026-12-01', 210],
    ]);
    expect(values('churn')).toEqual([
      ['2026-10-01', 4],
      ['2026-11-01', 3.33], // (2 × 100 + 5 × 80) / 180
      ['2026-12-01', 4.29], // (3 × 120 + 6 × 90) / 210
    ]);
    expect(values('custom')).toEqual([['2026-12-01', 40]]);
  });

  // Regression, found by an exploratory run: Leeds counted on the 1st of each month (10, 12, 14),
  // York on the 15th (5, 6, 7). Merged, it read "7 customers (-30 %)", its chart a saw-tooth of
  // 10, 5, 12, 6, 14, 7: each date had one segment's count only.
  it('counts each segment on every date with its latest value, when they count on different days', () => {
    const series = (id: string, kind: MetricKind, pairs: [string, number][], name = '') => ({
      ...newMetric(id, kind, name, ''),
      values: pairs.map(([date, v], i) => value(`${id}_${i}`, date, v)),
    });
    const leeds = segmentNote('keep', 'Leeds', 'crimson', {
      metrics: [
        series('c1', 'customers', [
          ['2026-09-01', 10],
          ['2026-10-01', 12],
          ['2026-11-01', 14],
        ]),
        series('g1', 'grossMargin', [['2026-09-01', 40]]),
        series('n1', 'custom', [['2026-09-01', 30]], 'NPS'),
      ],
    });
    const york = segmentNote('other', 'York', 'indigo', {
      metrics: [
        series('c2', 'customers', [
          ['2026-09-15', 5],
          ['2026-10-15', 6],
          ['2026-11-15', 7],
        ]),
        series('g2', 'grossMargin', [['2026-10-15', 70]]),
        series('n2', 'custom', [['2026-09-15', 90]], 'nps'),
      ],
    });
    const { s } = merge([leeds, york]);
    const values = (kind: MetricKind) =>
      s.metrics.find((m) => m.kind === kind)?.values.map((v) => [v.date, v.value]);
    expect(values('customers')).toEqual([
      ['2026-09-01', 10], // York not counted yet
      ['2026-09-15', 15],
      ['2026-10-01', 17],
      ['2026-10-15', 18],
      ['2026-11-01', 20],
      ['2026-11-15', 21],
    ]);
    // Weighted by the customers each has at that date: (40 × 12 + 70 × 6) / 18.
    expect(values('grossMargin')).toEqual([
      ['2026-09-01', 40],
      ['2026-10-15', 50],
    ]);
    // Your own metric: the kept segment's series, not two interleaved.
    expect(values('custom')).toEqual([['2026-09-01', 30]]);
  });

  // Regression: found by this suite and fixed.
  // the other side's duplicates, but keeps the other side's evidence as is; evidence whose `about`
  // named a dropped duplicate (here job j9, a duplicate of j1) now points at no item of the merged
  // segment. Expected: it is re-pointed to the kept twin (j1), or at least to null.
  it('keeps evidence pointing at an item of the merged segment', () => {
    const about = { ...newEvidence('ev_9', '2025-01-04'), about: 'j9' };
    const { s } = merge([keep, { ...other, segment: { ...segmentOf(other), evidence: [about] } }]);
    const items = new Set([...s.jobs, ...s.pains, ...s.gains].map((i) => i.id));
    for (const e of s.evidence) if (e.about !== null) expect(items).toContain(e.about);
  });
});

describe('mergeSegments: links and pairs', () => {
  const third = segmentNote('third', 'T', 'amber', { dependsOn: ['other'] });
  const both = segmentNote('both', 'B', 'olive', { dependsOn: ['keep', 'other'] });
  const notes = () => [
    segmentNote('keep', 'K', 'crimson'),
    segmentNote('other', 'O', 'indigo'),
    third,
    both,
    linked('only_other', ['seg_z', 'other']),
    linked('only_keep', ['keep']),
    linked('to_both', ['other', 'keep']),
    linked('unrelated', ['third']),
  ];

  it('relinks every note from the other to the kept segment, in place', () => {
    const { byId } = merge(notes());
    expect(byId.get('only_other')?.segmentIds).toEqual(['seg_z', 'keep']);
    expect(byId.get('third')?.segment?.dependsOn).toEqual(['keep']);
    for (const id of ['only_other', 'to_both', 'third', 'both']) {
      expect(byId.get(id)?.updatedAt).toBe(NOW);
      expect(byId.get(id)?.segmentIds).not.toContain('other');
      expect(byId.get(id)?.segment?.dependsOn ?? []).not.toContain('other');
    }
  });

  // Regression: found by this suite and fixed.
  // with join(list, [], key), but join only drops items of its second list that the first has;
  // duplicates inside the first list stay. A note linked to both segments (['other', 'keep'])
  // ends linked to the kept one twice (['keep', 'keep']); a dependsOn of ['keep', 'other'] ends
  // ['keep', 'keep']. Expected: ['keep'] in both cases.
  it('links a note that served both segments to the kept one once', () => {
    const { byId } = merge(notes());
    expect.soft(byId.get('to_both')?.segmentIds).toEqual(['keep']);
    expect.soft(byId.get('both')?.segment?.dependsOn).toEqual(['keep']);
  });

  it('changes only the notes whose links change', () => {
    const { result } = merge(notes());
    expect(result.changed.map((n) => n.id).sort()).toEqual(
      ['both', 'keep', 'only_other', 'third', 'to_both'].sort(),
    );
  });

  it('drops the difference pairs of the merged-away segment', () => {
    const pairs = [pair('keep', 'other'), pair('other', 'third'), pair('keep', 'third')];
    const { result } = merge(notes(), {}, pairs);
    expect(result.differences).toEqual([pair('keep', 'third')]);
  });
});

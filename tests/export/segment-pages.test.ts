// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptySegment, type Segment } from '../../src/domain/segment.schema';
import type { Page } from '../../src/export/draw';
import { makeDoc } from '../factories';
import { documentOf, printed, squash, texts } from './layout-helpers';

describe('segment pages', () => {
  const words = (seed: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${seed}w${i}`).join(' ');

  function profiled(lists: number, personas: number): Segment {
    const segment = emptySegment('indigo');
    for (let i = 0; i < lists; i++) {
      const item = { importance: 3, frequency: 'often' as const };
      segment.jobs.push({ id: `j${i}`, text: words(`job${i}`, 30), kind: 'social', ...item });
      segment.pains.push({
        id: `p${i}`,
        text: words(`pain${i}`, 30),
        kind: 'risk',
        severity: 4,
        ...item,
      });
      segment.gains.push({
        id: `g${i}`,
        text: words(`gain${i}`, 30),
        kind: 'desired',
        relevance: 'useful',
        ...item,
      });
    }
    for (let i = 0; i < personas; i++)
      segment.personas.push({
        id: `persona${i}`,
        name: `Persona ${i}`,
        photoId: null,
        quote: words(`quote${i}`, 12),
        demographics: words(`demo${i}`, 20),
        goals: words(`goals${i}`, 20),
        barriers: words(`barriers${i}`, 20),
        behaviours: words(`behaviours${i}`, 20),
        channels: words(`channels${i}`, 20),
      });
    return segment;
  }

  const segmentDoc = (segment: Segment) =>
    makeDoc({ notes: [{ block: 'customer-segments', text: 'Night owls', segment }] });
  /** The item lines of a segment page (between the header and the footer). */
  const body = (page: Page) => texts(page).filter((o) => o.y > 60 && o.y < page.height - 30);

  it('continues a huge profile on more pages, cutting nothing', () => {
    const segment = profiled(50, 12);
    const { pages, segmentPageCount } = documentOf(segmentDoc(segment));
    const segmentPages = pages.slice(1, 1 + segmentPageCount);
    expect(segmentPageCount).toBeGreaterThan(1);
    expect(segmentPages.map((p) => texts(p)[0]!.text)).toEqual([
      'Night owls',
      ...new Array(segmentPageCount - 1).fill('Night owls (continued)'),
    ]);
    // It tried the smaller font scales and four columns first: the items print at 8 × 0.8.
    const firstJob = body(segmentPages[0]!).find((o) => o.text.startsWith('1. job0w0'));
    expect(firstJob?.size).toBeCloseTo(8 * 0.8, 10);

    const all = squash(
      segmentPages
        .flatMap(body)
        .map((o) => o.text)
        .join(''),
    );
    const items = [...segment.jobs, ...segment.pains, ...segment.gains].map((i) => i.text);
    const people = segment.personas.flatMap((p) => [
      p.name,
      `“${p.quote}”`,
      p.demographics,
      p.goals,
      p.barriers,
      p.behaviours,
      p.channels,
    ]);
    for (const text of [...items, ...people]) expect(all).toContain(squash(text));
    // In order, and never below the flow's bottom (the footer's place).
    const at = items.map((text) => all.indexOf(squash(text)));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const page of segmentPages)
      for (const o of texts(page).slice(0, -2)) expect(o.y).toBeLessThanOrEqual(page.height - 36);
  });

  it('fits a profile a little too long for one page at a smaller font scale', () => {
    // The first profile that no longer fits at full size prints at 0.93 on a single page.
    for (let n = 1; n <= 50; n++) {
      const { segmentPageCount, pages } = documentOf(segmentDoc(profiled(n, 0)));
      const size = body(pages[1]!).find((o) => o.text.startsWith('1. job0w0'))!.size;
      if (size === 8) continue;
      expect(size).toBeCloseTo(8 * 0.93, 10);
      expect(segmentPageCount).toBe(1);
      return;
    }
    expect.unreachable('no profile outgrew the full-size page');
  });

  it('gives each segment its page, in block order, with what serves it', () => {
    const doc = makeDoc({
      canvas: { name: 'Bakery' },
      notes: [
        { id: 'segment_late', block: 'customer-segments', text: 'Late risers', order: 'a2' },
        { id: 'segment_early', block: 'customer-segments', text: 'Early birds', order: 'a1' },
        { block: 'channels', text: 'Shop window', segmentIds: ['segment_early'] },
        { block: 'key-partners', text: 'Flour mill' },
      ],
    });
    const { pages, segmentPageCount } = documentOf(doc);
    expect(segmentPageCount).toBe(2);
    const headers = pages.slice(1, 3).map((p) =>
      texts(p)
        .slice(0, 2)
        .map((o) => o.text),
    );
    expect(headers).toEqual([
      ['Early birds', 'Bakery · Segment 1 of 2'],
      ['Late risers', 'Bakery · Segment 2 of 2'],
    ]);
    const early1 = body(pages[1]!).map((o) => o.text);
    expect(early1).toEqual(expect.arrayContaining(['Served by', 'Channels', 'Shop window']));
    expect(early1).not.toContain('Flour mill');
    expect(body(pages[2]!).map((o) => o.text)).not.toContain('Served by');
  });
});

describe('segment pages: evidence and metrics', () => {
  it('says what each piece of evidence is about, and gives each metric value its unit', () => {
    const segment = emptySegment('teal');
    segment.size.currency = 'EUR';
    segment.pains.push({
      id: 'p1',
      text: 'No-shows',
      kind: 'obstacle',
      severity: 4,
      importance: 3,
      frequency: 'often',
    });
    segment.evidence.push(
      {
        id: 'e1',
        date: '2026-11-01',
        type: 'interview',
        summary: 'They rebook by phone',
        quote: '',
        source: '',
        supports: false,
        about: 'p1',
      },
      {
        id: 'e2',
        date: '2026-11-02',
        type: 'survey',
        summary: 'Most would pay',
        quote: '',
        source: '',
        supports: true,
        about: null,
      },
    );
    const metric = (id: string, kind: 'revenue' | 'churn' | 'timeToValue', value: number) => ({
      id,
      kind,
      name: '',
      unit: '',
      values: [{ id: `${id}v`, date: '2026-11-01', value }],
    });
    segment.metrics.push(
      metric('m1', 'revenue', 12000),
      metric('m2', 'churn', 4.5),
      metric('m3', 'timeToValue', 3),
    );
    const { pages } = documentOf(
      makeDoc({ notes: [{ block: 'customer-segments', text: 'Clinics', segment }] }),
    );
    const all = printed([pages[1]!]);
    expect(all).toContain(squash('Contradicts about the pain “No-shows” · Interview'));
    expect(all).toContain(squash('Supports · Survey'));
    expect(all).toContain(
      squash(
        new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(12000),
      ),
    );
    expect(all).toContain(squash('4.5 %'));
    expect(all).toContain(squash('3 days'));
  });
});

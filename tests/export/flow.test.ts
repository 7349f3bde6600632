// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Measurer, PAPER, type Op, type Page, type TextMetrics } from '../../src/export/draw';
import { Flow } from '../../src/export/flow';

type TextOp = Extract<Op, { kind: 'text' }>;

const metrics: TextMetrics = { width: (text, bold) => [...text].length * (bold ? 0.55 : 0.5) };
const TOP = 50;
const MARGIN = 24;
const GAP = 14;
const COLUMN_WIDTH = (PAPER.a4.width - 2 * MARGIN - 2 * GAP) / 3;
const COLUMN_X = [0, 1, 2].map((c) => MARGIN + c * (COLUMN_WIDTH + GAP));
/** Where a column's text must end: the footer lives below. */
const BOTTOM = PAPER.a4.height - MARGIN - 12;

/** A three-column A4 flow whose header records each call and leaves `TOP` points. */
function flowWithHeader() {
  const headers: boolean[] = [];
  const flow = new Flow({
    page: PAPER.a4,
    m: new Measurer(metrics),
    columns: 3,
    header: (_ops, continued) => {
      headers.push(continued);
      return TOP;
    },
  });
  return { flow, headers };
}

const texts = (page: Page): TextOp[] => page.ops.filter((o): o is TextOp => o.kind === 'text');
const find = (pages: Page[], text: string) => {
  for (const [p, page] of pages.entries()) {
    const op = texts(page).find((o) => o.text === text);
    if (op) return { page: p, ...op };
  }
  throw new Error(`"${text}" is not on any page`);
};

describe('Flow', () => {
  it('fills a column top to bottom, then the next, then a continued page', () => {
    const { flow, headers } = flowWithHeader();
    const count = 150; // 13.4 pt each: 38 a column, 114 a page
    for (let i = 0; i < count; i++) flow.paragraph(`Paragraph ${i}`, { size: 8 });

    expect(flow.pages).toHaveLength(2);
    expect(headers).toEqual([false, true]);
    const all = flow.pages.flatMap((page, p) => texts(page).map((o) => ({ ...o, page: p })));
    expect(all.map((o) => o.text)).toEqual(
      Array.from({ length: count }, (_, i) => `Paragraph ${i}`),
    );
    const places = all.map((o) => [o.page, COLUMN_X.indexOf(o.x)]);
    expect(places[0]).toEqual([0, 0]);
    expect(places[37]).toEqual([0, 0]);
    expect(places[38]).toEqual([0, 1]);
    expect(places[76]).toEqual([0, 2]);
    expect(places[114]).toEqual([1, 0]);
    for (const o of all) {
      expect(o.y - o.size).toBeGreaterThanOrEqual(TOP);
      expect(o.y).toBeLessThanOrEqual(BOTTOM);
    }
    // Every column starts at the top.
    expect([all[38]!.y, all[76]!.y, all[114]!.y]).toEqual([TOP + 8, TOP + 8, TOP + 8]);
  });

  it('wraps a long paragraph over columns and pages without losing a word', () => {
    const { flow } = flowWithHeader();
    const text = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    flow.paragraph(text, { size: 9 });
    expect(flow.pages.length).toBeGreaterThan(1);
    const lines = flow.pages.flatMap(texts).map((o) => o.text);
    expect(lines.join(' ')).toBe(text);
    for (const page of flow.pages)
      for (const o of texts(page))
        expect(metrics.width(o.text, false) * 9).toBeLessThanOrEqual(COLUMN_WIDTH);
  });

  it('moves a heading that would end a column to the next, with what follows', () => {
    const { flow } = flowWithHeader();
    // 36 paragraphs leave 26.9 pt: room for the heading line, not for it and two lines more.
    for (let i = 0; i < 36; i++) flow.paragraph(`Paragraph ${i}`, { size: 8 });
    flow.heading('Pains');
    flow.paragraph('Waiting in line', { size: 8 });

    const heading = find(flow.pages, 'Pains');
    expect([heading.page, heading.x, heading.y]).toEqual([0, COLUMN_X[1], TOP + 10]);
    expect(find(flow.pages, 'Waiting in line').x).toBe(COLUMN_X[1]);
    expect(find(flow.pages, 'Paragraph 35').x).toBe(COLUMN_X[0]);
  });

  it('keeps a bold line at the same place in column one when it is not a heading', () => {
    // The control for the test above: only the heading's keep moves it.
    const { flow } = flowWithHeader();
    for (let i = 0; i < 36; i++) flow.paragraph(`Paragraph ${i}`, { size: 8 });
    flow.paragraph('Pains', { size: 10, bold: true });
    expect(find(flow.pages, 'Pains').x).toBe(COLUMN_X[0]);
  });

  it('floats an image at the left: text flows beside it, then below after clearFloat', () => {
    const { flow } = flowWithHeader();
    flow.image('photo_1', 44, 44);
    flow.paragraph('Ada', { size: 9, bold: true });
    flow.clearFloat();
    flow.paragraph('Goals', { size: 8 });

    const [page] = flow.pages;
    expect(page!.ops[0]).toEqual({
      kind: 'image',
      x: MARGIN,
      y: TOP,
      w: 44,
      h: 44,
      photoId: 'photo_1',
    });
    expect(find(flow.pages, 'Ada').x).toBe(MARGIN + 44 + 8);
    const below = find(flow.pages, 'Goals');
    expect(below.x).toBe(MARGIN);
    expect(below.y - below.size).toBeGreaterThanOrEqual(TOP + 44 + 4);
  });

  it('scales text sizes with the font scale', () => {
    const flow = new Flow({
      page: PAPER.a4,
      m: new Measurer(metrics),
      columns: 3,
      fontScale: 0.86,
      header: () => TOP,
    });
    flow.paragraph('Small', { size: 8 });
    expect(find(flow.pages, 'Small').size).toBeCloseTo(6.88, 10);
  });

  // A line moved to a new column has no image beside it.
  it('starts the lines of a paragraph that leaves a float at the new column edge', () => {
    const { flow } = flowWithHeader();
    for (let i = 0; i < 30; i++) flow.paragraph(`Paragraph ${i}`, { size: 8 });
    flow.image('photo_1', 44, 44);
    flow.paragraph(Array.from({ length: 300 }, (_, i) => `w${i}`).join(' '), { size: 8 });
    const moved = texts(flow.pages[0]!).filter((o) => o.x >= COLUMN_X[1]!);
    expect(moved.length).toBeGreaterThan(1);
    for (const o of moved) expect(o.x).toBe(COLUMN_X[1]);
  });
});

describe('Flow: paragraphs kept together', () => {
  it('starts a paragraph that fits in a column in the next column rather than split it', () => {
    const { flow } = flowWithHeader();
    // Fill the first column to two lines from its foot.
    const lineH = 8 * 1.3;
    const filler = Math.floor((BOTTOM - TOP) / lineH) - 2;
    for (let i = 0; i < filler; i++) flow.paragraph(`filler ${i}`, { size: 8, after: 0 });
    // Five short lines: split, the last three would start the next column.
    const words = Array.from({ length: 5 }, (_, i) => `line${i}`.padEnd(60, 'x')).join(' ');
    flow.paragraph(words, { size: 8, after: 0, together: true });
    const first = find(flow.pages, 'line0'.padEnd(60, 'x'));
    const last = find(flow.pages, 'line4'.padEnd(60, 'x'));
    expect(first.x).toBe(COLUMN_X[1]);
    expect(last.x).toBe(COLUMN_X[1]);
  });
});

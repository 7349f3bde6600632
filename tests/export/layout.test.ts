// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, BLOCKS, type BlockId } from '../../src/domain/blocks';
import type { CanvasDoc, Note } from '../../src/domain/canvas.schema';
import { buildExample, EXAMPLES } from '../../src/domain/examples';
import { layoutCanvasPage, MIN_NOTE_SIZE } from '../../src/export/canvas-page';
import { CREDIT, MARKER, Measurer, PAPER, type Page } from '../../src/export/draw';
import { makeDoc, makeNote, T0 } from '../factories';
import { DATE, documentOf, metrics, printed, squash, texts } from './layout-helpers';

const A3_SCALE = PAPER.a3.width / PAPER.a4.width;

function canvasPage(doc: CanvasDoc, page: { width: number; height: number } = PAPER.a4) {
  return layoutCanvasPage({ doc, page, m: new Measurer(metrics), clean: (t) => t, date: DATE });
}

function example(id: (typeof EXAMPLES)[number]['id']): CanvasDoc {
  let n = 0;
  return buildExample(id, { canvasId: `canvas_${id}`, newNoteId: () => `${id}_${++n}`, now: T0 });
}

/** The text ops that print the factory notes of one block ("key-activities 7" …). */
const noteOps = (page: Page, block: BlockId) =>
  texts(page).filter((o) => new RegExp(`^${block} \\d+$`).test(o.text));

describe('layoutCanvasPage', () => {
  it('draws the nine block titles once each, and the canvas name and date', () => {
    const { page, overflow } = canvasPage(makeDoc({ canvas: { name: 'Lemonade stand' } }));
    const titles = texts(page).map((o) => o.text);
    for (const id of BLOCK_IDS)
      expect(titles.filter((t) => t === BLOCKS[id].title)).toHaveLength(1);
    expect(titles.slice(0, 2)).toEqual(['Lemonade stand', DATE]);
    expect(overflow).toEqual([]);
  });

  it('prints the text of every note that fits, line breaks and all', () => {
    const segment = makeNote({ block: 'customer-segments', text: '  Busy parents  ', order: 'a0' });
    const unnamed = makeNote({ block: 'customer-segments', text: ' ', order: 'a1' });
    const notes: Partial<Note>[] = BLOCK_IDS.flatMap((block) =>
      block === 'customer-segments'
        ? []
        : [
            { block, order: 'a0', text: `First idea for ${BLOCKS[block].title}, in a few words` },
            { block, order: 'a1', text: 'Two lines\nof text', segmentIds: [segment.id] },
          ],
    );
    notes.push({ block: 'revenue-streams', order: 'a2', text: 'Seats', pricing: 'per-seat' });
    const doc = makeDoc({ notes: [...notes, segment, unnamed] });
    const { page, overflow } = canvasPage(doc);

    expect(overflow).toEqual([]);
    const all = printed([page]);
    for (const n of notes) expect(all).toContain(squash(n.text!));
    expect(texts(page).map((o) => o.text)).toEqual(
      expect.arrayContaining([
        'Busy parents',
        'Unnamed segment',
        'Two lines',
        'of text',
        'Per seat',
      ]),
    );
  });

  it('prints a few notes at 8 pt, scaled with the page', () => {
    const doc = makeDoc({ blocks: { 'key-activities': 3 } });
    expect(noteOps(canvasPage(doc).page, 'key-activities').map((o) => o.size)).toEqual([8, 8, 8]);
    const a3 = noteOps(canvasPage(doc, PAPER.a3).page, 'key-activities');
    for (const o of a3) expect(o.size).toBeCloseTo(8 * A3_SCALE, 10);
  });

  it('shrinks the text of a fuller block, in half-point steps', () => {
    // Eight one-line notes fill Key Activities at 7.5 pt but not at 8.
    const { page, overflow } = canvasPage(makeDoc({ blocks: { 'key-activities': 8 } }));
    expect(overflow).toEqual([]);
    expect(noteOps(page, 'key-activities').map((o) => o.size)).toEqual(new Array(8).fill(7.5));
  });

  it.each(['a4', 'a3'] as const)('never shrinks below %s 6 pt × scale, however full', (paper) => {
    const s = PAPER[paper].width / PAPER.a4.width;
    let previous = Infinity;
    for (let count = 1; count <= 30; count++) {
      const page = canvasPage(makeDoc({ blocks: { 'key-activities': count } }), PAPER[paper]).page;
      const sizes = new Set(noteOps(page, 'key-activities').map((o) => o.size));
      expect(sizes.size).toBe(1);
      const [size] = sizes;
      expect(size! / s).toBeGreaterThanOrEqual(MIN_NOTE_SIZE - 1e-9);
      expect(size!).toBeLessThanOrEqual(previous);
      previous = size!;
    }
    expect(previous / s).toBeCloseTo(MIN_NOTE_SIZE, 10);
  });

  it('sends the notes that do not fit to the overflow, in order, each exactly once', () => {
    const doc = makeDoc({ blocks: { 'key-activities': 40, channels: 2 } });
    const { page, overflow } = canvasPage(doc);
    const placed = noteOps(page, 'key-activities').map((o) => o.text);
    expect(overflow).toHaveLength(1);
    const [over] = overflow;
    expect(over!.block).toBe('key-activities');
    const left = over!.notes.map((n) => n.text);
    expect(placed.length).toBeGreaterThan(0);
    expect(left.length).toBe(40 - placed.length);
    expect([...placed, ...left]).toEqual(
      Array.from({ length: 40 }, (_, i) => `key-activities ${i + 1}`),
    );
    // The marker sits on the page, in the block, below the last note.
    expect(page.ops).toContain(over!.marker);
    expect(over!.marker).toMatchObject({
      text: `+ ${left.length} more in the appendix`,
      colour: MARKER,
      bold: true,
    });
    const lastNote = noteOps(page, 'key-activities').at(-1)!;
    expect(over!.marker.y).toBeGreaterThan(lastNote.y);
    expect(noteOps(page, 'channels')).toHaveLength(2);
  });

  it('sends a note longer than the whole block to the appendix instead of cutting it', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const doc = makeDoc({ notes: [{ block: 'key-activities', text }] });
    const { page, overflow } = canvasPage(doc);
    expect(overflow.map((o) => [o.block, o.notes.map((n) => n.text)])).toEqual([
      ['key-activities', [text]],
    ]);
    expect(printed([page])).not.toContain('word0');

    const { pages, appendixStart } = documentOf(doc);
    expect(appendixStart).toBe(2);
    expect(printed(pages.slice(1))).toContain(squash(text));
    expect(texts(pages[0]!).map((o) => o.text)).toContain('+ 1 more: see page 2');
  });

  it('says in the appendix which segments a note serves, and its pricing (its marks on the canvas)', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const doc = makeDoc({
      notes: [
        { id: 'seg_c', block: 'customer-segments', text: 'Clinics', segment: undefined },
        {
          block: 'revenue-streams',
          text,
          segmentIds: ['seg_c'],
          pricing: 'subscription',
        },
      ],
    });
    const { pages, appendixStart } = documentOf(doc);
    const appendix = printed(pages.slice(appendixStart! - 1));
    expect(appendix).toContain(squash('Serves Clinics · Subscription'));
  });

  it('gives the top rows room the bottom row does not need before leaving notes out', () => {
    // Full top blocks, an empty bottom row: on a 16:9 slide three equal rows left notes out.
    const notes = ['key-activities', 'customer-relationships', 'channels', 'key-resources'].flatMap(
      (block) =>
        Array.from({ length: 5 }, (_, i) => ({
          block: block as BlockId,
          text: `A note of a realistic length for a workshop, number ${i + 1}`,
        })),
    );
    const doc = makeDoc({ notes });
    const slide = { width: 1600, height: 900 };
    const left = (page: typeof slide) =>
      layoutCanvasPage({
        doc,
        page,
        m: new Measurer(metrics),
        clean: (t) => t,
        date: DATE,
      }).overflow.reduce((n, o) => n + o.notes.length, 0);
    expect(left(slide)).toBe(0);
  });

  it('still places the shorter notes after a note too long for the block', () => {
    const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const doc = makeDoc({
      notes: [
        { block: 'key-activities', text, order: 'a0' },
        { block: 'key-activities', text: 'Short activity 1', order: 'a1' },
        { block: 'key-activities', text: 'Short activity 2', order: 'a2' },
      ],
    });
    const { page, overflow } = canvasPage(doc);
    expect(overflow.map((o) => o.notes.map((n) => n.text))).toEqual([[text]]);
    expect(printed([page])).toContain(squash('Short activity 1'));
    expect(printed([page])).toContain(squash('Short activity 2'));
  });
});

describe('layoutDocument', () => {
  it.each(EXAMPLES.map((e) => e.id))('lays out the %s example: a page per segment', (id) => {
    const doc = example(id);
    const segments = doc.notes.filter((n) => n.segment).length;
    const { pages, segmentPageCount, appendixStart } = documentOf(doc);
    expect(segmentPageCount).toBe(segments);
    // With these metrics some examples (clinic, diversified) overflow a block on the canvas page:
    // then one appendix page follows the segment pages.
    expect(pages).toHaveLength(1 + segments + (appendixStart === null ? 0 : 1));
    if (appendixStart !== null) expect(appendixStart).toBe(2 + segments);
    pages.forEach((page, i) => {
      const footer = texts(page)
        .slice(-2)
        .map((o) => o.text);
      expect(footer).toEqual([CREDIT, `Page ${i + 1} of ${pages.length}`]);
    });
  });

  it('points each overflow marker at the appendix, which holds every overflowed note', () => {
    const doc = makeDoc({
      blocks: { 'key-activities': 30, 'cost-structure': 60 },
      notes: [1, 2].map((i) => ({
        block: 'customer-segments',
        text: `Segment ${i}`,
        order: `a${i}`,
      })),
    });
    const canvas = canvasPage(doc);
    const { pages, appendixStart } = documentOf(doc);

    expect(appendixStart).toBe(4);
    expect(pages).toHaveLength(4);
    const markers = texts(pages[0]!).filter((o) => o.colour === MARKER);
    expect(markers.map((o) => o.text)).toEqual(
      canvas.overflow.map((o) => `+ ${o.notes.length} more: see page 4`),
    );
    expect(canvas.overflow.map((o) => o.block)).toEqual(['key-activities', 'cost-structure']);

    const appendix = texts(pages[3]!).map((o) => o.text);
    expect(appendix[0]).toBe('Appendix: notes continued from the canvas');
    const overflowed = canvas.overflow.flatMap((o) => [
      BLOCKS[o.block].title,
      ...o.notes.map((n) => n.text),
    ]);
    expect(appendix.slice(1, 1 + overflowed.length)).toEqual(overflowed);
  });

  it('gives just the canvas page, unnumbered, with canvasOnly', () => {
    // An example with one note too long for its block, so that something overflows.
    const clinic = example('clinic');
    const long = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
    const doc = {
      ...clinic,
      notes: [...clinic.notes, { ...clinic.notes[0]!, id: 'note_long', text: long }],
    };
    const full = documentOf(doc);
    const { pages, segmentPageCount, appendixStart } = documentOf(doc, { canvasOnly: true });
    expect(pages).toHaveLength(1);
    expect([segmentPageCount, appendixStart]).toEqual([0, null]);
    const printedTexts = texts(pages[0]!).map((o) => o.text);
    expect(printedTexts.at(-1)).toBe(CREDIT);
    expect(printedTexts.some((t) => t.startsWith('Page '))).toBe(false);
    // With the same overflow as the full document, the marker cannot point at a page.
    const marker = texts(pages[0]!).find((o) => o.colour === MARKER);
    expect(full.appendixStart).not.toBeNull();
    expect(marker?.text).toMatch(/^\+ \d+ more not shown \(see the PDF\)$/);
  });

  it('lays out A3 as A4 scaled by √2: the same pages, ops and texts', () => {
    const doc = example('clearview');
    const a4 = documentOf(doc).pages;
    const a3 = documentOf(doc, { paper: 'a3' }).pages;
    expect(a3).toHaveLength(a4.length);
    expect(A3_SCALE).toBeCloseTo(1.414, 3);
    a4.forEach((page, p) => {
      const big = a3[p]!;
      expect(big.ops).toHaveLength(page.ops.length);
      page.ops.forEach((op, i) => {
        const other = big.ops[i]!;
        expect(other.kind).toBe(op.kind);
        if (op.kind === 'text' && other.kind === 'text') expect(other.text).toBe(op.text);
        expect(Math.abs(other.x - op.x * A3_SCALE)).toBeLessThan(0.5);
        expect(Math.abs(other.y - op.y * A3_SCALE)).toBeLessThan(0.5);
      });
    });
  });
});

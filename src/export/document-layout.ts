// The printable document: the canvas page, a page per segment, then the appendix; every page
// with the credit and its number in the footer.
import type { CanvasDoc } from '../domain/canvas.schema';
import { layoutCanvasPage } from './canvas-page';
import { CREDIT, fitLine, Measurer, MUTED, type Page, type TextMetrics } from './draw';
import { layoutAppendix, layoutSegmentPages } from './segment-pages';

export interface DocumentLayout {
  pages: Page[];
  /** How many segment pages there are (they follow the canvas page). */
  segmentPageCount: number;
  appendixStart: number | null;
  /** Notes the canvas page has no room for (each full block says how many). */
  notShownOnCanvas: number;
}

export function layoutDocument(params: {
  doc: CanvasDoc;
  page: { width: number; height: number };
  metrics: TextMetrics;
  clean: (text: string) => string;
  date: string;
  photos: ReadonlySet<string>;
  /** Only the canvas page (the PNG). */
  canvasOnly?: boolean;
}): DocumentLayout {
  const m = new Measurer(params.metrics);
  const ctx = { ...params, m };
  const canvas = layoutCanvasPage(ctx);
  const segmentPages = params.canvasOnly ? [] : layoutSegmentPages(ctx);
  const appendix = layoutAppendix(ctx, canvas.overflow);
  const pages = [canvas.page, ...segmentPages, ...(params.canvasOnly ? [] : appendix)];
  const appendixStart = appendix.length && !params.canvasOnly ? 2 + segmentPages.length : null;
  for (const o of canvas.overflow)
    o.marker.text = appendixStart
      ? `+ ${o.notes.length} more: see page ${appendixStart}`
      : `+ ${o.notes.length} more not shown (see the PDF)`;

  const s = params.page.width / 841.89;
  const margin = 24 * s;
  const size = 6.5 * s;
  pages.forEach((page, i) => {
    const number = pages.length > 1 ? `Page ${i + 1} of ${pages.length}` : '';
    const numberWidth = m.width(number, size);
    page.ops.push({
      kind: 'text',
      x: margin,
      y: page.height - margin + 4 * s,
      text: fitLine(m, CREDIT, page.width - 2 * margin - numberWidth - 12 * s, size),
      size,
      bold: false,
      colour: MUTED,
    });
    if (number)
      page.ops.push({
        kind: 'text',
        x: page.width - margin - numberWidth,
        y: page.height - margin + 4 * s,
        text: number,
        size,
        bold: false,
        colour: MUTED,
      });
  });
  const notShownOnCanvas = canvas.overflow.reduce((n, o) => n + o.notes.length, 0);
  return { pages, segmentPageCount: segmentPages.length, appendixStart, notShownOnCanvas };
}

// Shared by the layout tests: fake font metrics that make layouts predictable, and readers of
// the drawing operations a layout produces.
import type { CanvasDoc } from '../../src/domain/canvas.schema';
import { layoutDocument } from '../../src/export/document-layout';
import { PAPER, type Op, type Page, type Paper, type TextMetrics } from '../../src/export/draw';

export type TextOp = Extract<Op, { kind: 'text' }>;

/** Every character half the text size wide (bold a little wider). */
export const metrics: TextMetrics = {
  width: (text, bold) => [...text].length * (bold ? 0.55 : 0.5),
};
export const DATE = '6 January 2025';

export const texts = (page: Page): TextOp[] =>
  page.ops.filter((o): o is TextOp => o.kind === 'text');
export const squash = (text: string) => text.replace(/\s+/g, '');
/** All text on some pages, in drawing order, without whitespace. */
export const printed = (pages: Page[]) =>
  squash(
    pages
      .flatMap(texts)
      .map((o) => o.text)
      .join(''),
  );

export function documentOf(doc: CanvasDoc, options: { paper?: Paper; canvasOnly?: boolean } = {}) {
  return layoutDocument({
    doc,
    page: PAPER[options.paper ?? 'a4'],
    metrics,
    clean: (t) => t,
    date: DATE,
    photos: new Set(),
    canvasOnly: options.canvasOnly ?? false,
  });
}

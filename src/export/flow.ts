// Flowing text for the pages after the canvas (segment pages, the appendix): columns that fill
// top to bottom, then the next column, then a new page; nothing is ever cut off.
import { INK, type Measurer, type Op, type Page } from './draw';

export interface FlowOptions {
  page: { width: number; height: number };
  m: Measurer;
  columns: number;
  /** Text sizes are multiplied by this (below 1 to fit a page). */
  fontScale?: number;
  /** Draws a page's header; returns where its content starts. */
  header: (ops: Op[], continued: boolean) => number;
}

interface TextStyle {
  size: number;
  bold?: boolean;
  colour?: string;
  /** Extra left indent. */
  indent?: number;
  /** A small colour square before the first line (a note's colour, say). */
  swatch?: string;
  /** Space after the paragraph, in points. */
  after?: number;
  /**
   * Starts in the next column rather than split, when it fits in one (a note); a paragraph
   * longer than a column still flows on.
   */
  together?: boolean;
}

export class Flow {
  readonly pages: Page[] = [];
  readonly s: number;
  /** Points per point of text size: the page's scale times the font scale. */
  private readonly t: number;
  private ops: Op[] = [];
  private col = 0;
  private y = 0;
  private top = 0;
  private readonly margin: number;
  private readonly bottom: number;
  private readonly colW: number;
  private readonly gap: number;
  /** An image floats at the left of the column until this y. */
  private floatBottom = 0;
  private floatWidth = 0;

  constructor(private readonly o: FlowOptions) {
    this.s = o.page.width / 841.89;
    this.t = this.s * (o.fontScale ?? 1);
    this.margin = 24 * this.s;
    this.gap = 14 * this.s;
    this.bottom = o.page.height - this.margin - 12 * this.s;
    this.colW = (o.page.width - 2 * this.margin - (o.columns - 1) * this.gap) / o.columns;
    this.newPage(false);
  }

  private newPage(continued: boolean) {
    this.ops = [];
    this.pages.push({ ...this.o.page, ops: this.ops });
    this.top = this.o.header(this.ops, continued);
    this.col = 0;
    this.y = this.top;
    this.floatBottom = 0;
  }

  private get x() {
    return this.margin + this.col * (this.colW + this.gap);
  }

  /** Makes room for `h` points: the next column, or a new page. */
  private ensure(h: number) {
    if (this.y + h <= this.bottom || this.y === this.top) return;
    this.floatBottom = 0;
    if (this.col + 1 < this.o.columns) {
      this.col++;
      this.y = this.top;
    } else this.newPage(true);
  }

  space(h: number) {
    if (this.y > this.top) this.y += h * this.s;
  }

  heading(text: string, size = 10, colour = INK) {
    const px = size * this.t;
    // A heading keeps company with at least two lines of what follows.
    this.ensure(px * 1.4 + 2 * 9 * this.t * 1.3);
    this.space(4);
    this.paragraph(text, { size, bold: true, colour, after: 2 });
  }

  paragraph(text: string, style: TextStyle) {
    const size = style.size * this.t;
    const lineH = size * 1.3;
    const indent = (style.indent ?? 0) * this.s + (style.swatch ? 9 * this.s : 0);
    const floating = this.y < this.floatBottom ? this.floatWidth : 0;
    const lines = this.o.m.wrap(text, this.colW - indent - floating, size, style.bold);
    if (style.together && lines.length * lineH <= this.bottom - this.top)
      this.ensure(lines.length * lineH);
    lines.forEach((line, i) => {
      this.ensure(lineH);
      // Beside the image while level with it; a line moved to a new column has no image there.
      const x = this.x + indent + (this.y < this.floatBottom ? this.floatWidth : 0);
      if (i === 0 && style.swatch)
        this.ops.push({
          kind: 'rect',
          x: x - 9 * this.s,
          y: this.y + lineH * 0.2,
          w: 6 * this.s,
          h: 6 * this.s,
          fill: style.swatch,
          radius: 1 * this.s,
        });
      this.ops.push({
        kind: 'text',
        x,
        y: this.y + size,
        text: line,
        size,
        bold: !!style.bold,
        colour: style.colour ?? INK,
      });
      this.y += lineH;
    });
    this.y += (style.after ?? 3) * this.s;
  }

  /** Keeps the next `lines` lines of `size` text together with what comes before. */
  keep(lines: number, size = 8) {
    this.ensure(size * this.t * 1.3 * lines);
  }

  /** "Label: text" as a bold label line and the text under it. */
  field(label: string, text: string, size = 8) {
    if (!text.trim()) return;
    this.keep(2, size);
    this.paragraph(label, { size: size - 0.5, bold: true, colour: '#4f5a6e', after: 0.5 });
    this.paragraph(text, { size, after: 4 });
  }

  /** An image at the left of the column; the next paragraphs flow beside it. */
  image(photoId: string, width: number, height: number) {
    const w = width * this.t;
    const h = height * this.t;
    this.ensure(h);
    this.ops.push({ kind: 'image', x: this.x, y: this.y, w, h, photoId });
    this.floatBottom = this.y + h;
    this.floatWidth = w + 8 * this.s;
  }

  /** Ends a float: what follows starts below the image. */
  clearFloat() {
    if (this.y < this.floatBottom) this.y = this.floatBottom + 4 * this.s;
    this.floatBottom = 0;
  }
}

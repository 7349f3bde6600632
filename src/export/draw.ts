// What the printable layouts produce: pages of simple drawing operations, in points from the
// page's top-left corner. pdf.ts draws them into a PDF, png.ts onto a <canvas>: one layout, two
// outputs, so the PDF and the PNG look alike.
import type { NoteColour } from '../domain/canvas.schema';
import type { SegmentColour } from '../domain/segment.schema';

export type Op =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      stroke?: string;
      lineWidth?: number;
      radius?: number;
    }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string }
  /** `y` is the baseline. */
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold: boolean;
      colour: string;
    }
  | { kind: 'image'; x: number; y: number; w: number; h: number; photoId: string };

export interface Page {
  width: number;
  height: number;
  ops: Op[];
}

/** Text widths at size 1, for the font the output will use. */
export interface TextMetrics {
  width: (text: string, bold: boolean) => number;
}

export const PAPER = {
  a4: { width: 841.89, height: 595.28 },
  a3: { width: 1190.55, height: 841.89 },
} as const;
export type Paper = keyof typeof PAPER;

export const INK = '#1b2233';
export const MUTED = '#4f5a6e';
export const RULE = '#c9ced8';
export const MARKER = '#a8232f';

export const NOTE_FILLS: Record<NoteColour, string> = {
  yellow: '#fff2a8',
  pink: '#ffd6e3',
  blue: '#d3e6ff',
  green: '#d4f5d9',
  purple: '#e7dcff',
  orange: '#ffe0c2',
};

export const SEGMENT_INKS: Record<SegmentColour, string> = {
  teal: '#0f766e',
  crimson: '#b4233c',
  indigo: '#4338ca',
  amber: '#b45309',
  olive: '#4d7c0f',
  magenta: '#a21caf',
  slate: '#475569',
  brown: '#7c4a1e',
};

export const CREDIT =
  'The Business Model Canvas is by Strategyzer AG (strategyzer.com), licensed under CC BY-SA 3.0. Made with Ninefold.';

/**
 * Measures text at any size. Words are measured once each (widths scale with size) and a line's
 * width is the sum of its words and spaces: measuring every candidate line whole made wrapping
 * quadratic, and a PDF font's measure is slow. Kerning across a space is ignored; it is tiny.
 */
export class Measurer {
  private cache = new Map<string, number>();
  constructor(private metrics: TextMetrics) {}

  private unit(text: string, bold: boolean): number {
    const key = `${bold ? 'b' : 'r'}${text}`;
    let w = this.cache.get(key);
    if (w === undefined) {
      w = this.metrics.width(text, bold);
      this.cache.set(key, w);
    }
    return w;
  }

  width(text: string, size: number, bold = false): number {
    const words = text.split(' ');
    let w = (words.length - 1) * this.unit(' ', bold);
    for (const word of words) if (word) w += this.unit(word, bold);
    return w * size;
  }

  /**
   * Lines of at most `maxWidth`: words wrap, a word longer than a line breaks between
   * characters, and line breaks in the text are kept.
   */
  wrap(text: string, maxWidth: number, size: number, bold = false): string[] {
    const lines: string[] = [];
    const max = maxWidth / size;
    const space = this.unit(' ', bold);
    for (const paragraph of text.split('\n')) {
      let line = '';
      let lineWidth = 0;
      for (const word of paragraph.split(/ +/)) {
        const w = this.unit(word, bold);
        if (line && lineWidth + space + w <= max) {
          line += ` ${word}`;
          lineWidth += space + w;
          continue;
        }
        if (line) lines.push(line);
        line = '';
        lineWidth = 0;
        if (w <= max) {
          line = word;
          lineWidth = w;
          continue;
        }
        // A word wider than the line: break it between characters (whole clusters: an emoji
        // sequence or a letter with its accents stays together).
        for (const ch of characters(word)) {
          const c = this.unit(ch, bold);
          if (line && lineWidth + c > max) {
            lines.push(line);
            line = '';
            lineWidth = 0;
          }
          line += ch;
          lineWidth += c;
        }
      }
      lines.push(line);
    }
    return lines;
  }
}

let graphemes: Intl.Segmenter | null = null;

/** The user-perceived characters (grapheme clusters) of a text. */
export function characters(text: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...graphemes.segment(text)].map((s) => s.segment);
}

/** Cuts a single line to `maxWidth` with an ellipsis (for names in headings and marks). */
export function fitLine(m: Measurer, text: string, maxWidth: number, size: number, bold = false) {
  if (m.width(text, size, bold) <= maxWidth) return text;
  const chars = characters(text);
  // The longest prefix that fits with the ellipsis: a binary search, not a character at a time.
  let lo = 1;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (m.width(`${chars.slice(0, mid).join('')}…`, size, bold) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join('').trimEnd()}…`;
}

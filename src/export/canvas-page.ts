// The canvas page: the nine blocks in the standard layout, each note with its colour and segment
// marks. Text shrinks to fit a block down to a readable minimum; notes that still do not fit go
// to the appendix, and the block says so.
import { BLOCK_IDS, BLOCKS, type BlockId } from '../domain/blocks';
import type { CanvasDoc, Note } from '../domain/canvas.schema';
import { sortByOrder } from '../domain/order';
import { noteLabel } from '../domain/segment-ops';
import { PRICING_MODELS } from '../domain/segment.schema';
import {
  fitLine,
  INK,
  MARKER,
  MUTED,
  NOTE_FILLS,
  RULE,
  SEGMENT_INKS,
  type Measurer,
  type Op,
  type Page,
} from './draw';

/** Grid cells of each block: column and row start (0-based) and spans, in a 10 × 3 grid. */
const CELLS: Record<BlockId, [col: number, row: number, cols: number, rows: number]> = {
  'key-partners': [0, 0, 2, 2],
  'key-activities': [2, 0, 2, 1],
  'key-resources': [2, 1, 2, 1],
  'value-propositions': [4, 0, 2, 2],
  'customer-relationships': [6, 0, 2, 1],
  channels: [6, 1, 2, 1],
  'customer-segments': [8, 0, 2, 2],
  'cost-structure': [0, 2, 5, 1],
  'revenue-streams': [5, 2, 5, 1],
};

export interface Overflow {
  block: BlockId;
  notes: Note[];
  /** The marker's text op, completed with the appendix page once pages are numbered. */
  marker: Extract<Op, { kind: 'text' }>;
}

export interface CanvasPageResult {
  page: Page;
  overflow: Overflow[];
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface FittedNote {
  note: Note;
  lines: string[];
  h: number;
}

export function layoutCanvasPage(params: {
  doc: CanvasDoc;
  page: { width: number; height: number };
  m: Measurer;
  clean: (text: string) => string;
  date: string;
}): CanvasPageResult {
  const { doc, page, m, clean } = params;
  const s = page.width / 841.89;
  const margin = 24 * s;
  const gap = 4 * s;
  const ops: Op[] = [];
  const overflow: Overflow[] = [];

  // Title and date.
  const titleSize = 15 * s;
  const dateWidth = m.width(params.date, 8.5 * s);
  ops.push({
    kind: 'text',
    x: margin,
    y: margin + titleSize,
    text: fitLine(
      m,
      clean(doc.canvas.name) || 'Untitled canvas',
      page.width - 2 * margin - dateWidth - 16 * s,
      titleSize,
      true,
    ),
    size: titleSize,
    bold: true,
    colour: INK,
  });
  ops.push({
    kind: 'text',
    x: page.width - margin - dateWidth,
    y: margin + titleSize,
    text: params.date,
    size: 8.5 * s,
    bold: false,
    colour: MUTED,
  });

  const top = margin + titleSize + 10 * s;
  const bottom = page.height - margin - 10 * s;
  const colW = (page.width - 2 * margin - 9 * gap) / 10;
  const segmentColour = new Map(
    doc.notes.flatMap((n) => (n.segment ? [[n.id, SEGMENT_INKS[n.segment.colour]] as const] : [])),
  );

  /** The nine blocks with the bottom row taking `share` of the height, the two above the rest. */
  const layoutBlocks = (share: number) => {
    const blockOps: Op[] = [];
    const blockOverflow: Overflow[] = [];
    const height = bottom - top - 2 * gap;
    const rowH = [(height * (1 - share)) / 2, (height * (1 - share)) / 2, height * share];
    const rowY = (row: number) => top + rowH.slice(0, row).reduce((a, b) => a + b + gap, 0);
    for (const block of BLOCK_IDS) {
      const [col, row, cols, rows] = CELLS[block];
      const box: Box = {
        x: margin + col * (colW + gap),
        y: rowY(row),
        w: cols * colW + (cols - 1) * gap,
        h: rowH.slice(row, row + rows).reduce((a, b) => a + b, 0) + (rows - 1) * gap,
      };
      blockOps.push({
        kind: 'rect',
        ...box,
        fill: '#ffffff',
        stroke: RULE,
        lineWidth: 0.8 * s,
        radius: 4 * s,
      });
      const titleSizeBlock = 8 * s;
      blockOps.push({
        kind: 'text',
        x: box.x + 5 * s,
        y: box.y + 5 * s + titleSizeBlock,
        text: BLOCKS[block].title,
        size: titleSizeBlock,
        bold: true,
        colour: INK,
      });
      const notes = sortByOrder(doc.notes.filter((n) => n.block === block));
      if (notes.length === 0) continue;
      const area: Box = {
        x: box.x + 5 * s,
        y: box.y + 18 * s,
        w: box.w - 10 * s,
        h: box.h - 18 * s - 5 * s,
      };
      const placed = placeNotes(notes, area, { s, m, clean, segmentColour });
      for (const p of placed.ops) blockOps.push(p);
      if (placed.left.length > 0) {
        const size = 6.5 * s;
        const marker: Extract<Op, { kind: 'text' }> = {
          kind: 'text',
          x: area.x,
          y: area.y + area.h - 1 * s,
          text: `+ ${placed.left.length} more in the appendix`,
          size,
          bold: true,
          colour: MARKER,
        };
        blockOps.push(marker);
        blockOverflow.push({ block, notes: placed.left, marker });
      }
    }
    const left = blockOverflow.reduce((n, o) => n + o.notes.length, 0);
    return { ops: blockOps, overflow: blockOverflow, left };
  };

  // The canvas's own proportions (three rows alike), unless notes are left over: then a bottom
  // row with room to spare gives some to the two above (on a 16:9 slide, the stock examples left
  // notes out while Cost Structure and Revenue Streams stood half empty).
  let blocks = layoutBlocks(1 / 3);
  for (const share of [0.28, 0.24, 0.2]) {
    if (blocks.left === 0) break;
    const tried = layoutBlocks(share);
    if (tried.left < blocks.left) blocks = tried;
  }
  ops.push(...blocks.ops);
  overflow.push(...blocks.overflow);
  return { page: { ...page, ops }, overflow };
}

const MAX_SIZE = 8;
/** Below this (at A4; it scales with the page) print stops being comfortable to read. */
export const MIN_NOTE_SIZE = 6;

/**
 * Places notes in columns (each note into the shortest column), at the largest text size from
 * MAX_SIZE down to MIN_NOTE_SIZE at which they all fit; at the smallest size, what does not fit
 * is left over, in order, with room kept for the marker (a long note left over, the shorter ones
 * after it still placed where they fit).
 */
function placeNotes(
  notes: Note[],
  area: Box,
  ctx: {
    s: number;
    m: Measurer;
    clean: (text: string) => string;
    segmentColour: Map<string, string>;
  },
): { ops: Op[]; left: Note[] } {
  const { s, m } = ctx;
  const gap = 3 * s;
  const columns = Math.max(1, Math.floor((area.w + gap) / (95 * s + gap)));
  const colW = (area.w - (columns - 1) * gap) / columns;
  const pad = 3 * s;

  const fit = (size: number): FittedNote[] =>
    notes.map((note) => {
      const bar = note.segment ? 3 * s : 0;
      const lines = m.wrap(ctx.clean(noteLabel(note)), colW - 2 * pad - bar, size, !!note.segment);
      const row = note.pricing || note.segmentIds.some((id) => ctx.segmentColour.has(id));
      const marks = row ? 6 * s : 0;
      return { note, lines, h: lines.length * size * 1.25 + 2 * pad + marks };
    });

  const tryPlace = (fitted: FittedNote[], limit: number) => {
    const heights = new Array<number>(columns).fill(0);
    const spots: { f: FittedNote; col: number; y: number }[] = [];
    for (const f of fitted) {
      let col = 0;
      for (let c = 1; c < columns; c++) if (heights[c]! < heights[col]!) col = c;
      const y = heights[col]!;
      // Too long for what is left: it goes to the appendix, and the shorter notes after it are
      // still placed (one long note emptied its whole block onto the appendix).
      if (y + f.h > limit) continue;
      spots.push({ f, col, y });
      heights[col] = y + f.h + gap;
    }
    return spots;
  };

  let size = MAX_SIZE * s;
  let spots = tryPlace(fit(size), area.h);
  for (let t = MAX_SIZE - 0.5; spots.length < notes.length && t >= MIN_NOTE_SIZE; t -= 0.5) {
    size = t * s;
    spots = tryPlace(fit(size), area.h);
  }
  if (spots.length < notes.length) spots = tryPlace(fit(size), area.h - 10 * s);

  const ops: Op[] = [];
  for (const { f, col, y } of spots) {
    const x = area.x + col * (colW + gap);
    const top = area.y + y;
    const fill = NOTE_FILLS[f.note.colour];
    ops.push({ kind: 'rect', x, y: top, w: colW, h: f.h - 0 * s, fill, radius: 2 * s });
    const segmentInk = f.note.segment ? SEGMENT_INKS[f.note.segment.colour] : null;
    if (segmentInk) ops.push({ kind: 'rect', x, y: top, w: 2.5 * s, h: f.h, fill: segmentInk });
    const textX = x + pad + (segmentInk ? 3 * s : 0);
    f.lines.forEach((line, i) =>
      ops.push({
        kind: 'text',
        x: textX,
        y: top + pad + size * (1.25 * i + 0.95),
        text: line,
        size,
        bold: !!f.note.segment,
        colour: INK,
      }),
    );
    const marks = f.note.segmentIds.flatMap((id) => {
      const colour = ctx.segmentColour.get(id);
      return colour ? [colour] : [];
    });
    const shown = marks.slice(0, 12);
    shown.forEach((colour, i) =>
      ops.push({
        kind: 'circle',
        x: textX + 2 * s + i * 5 * s,
        y: top + f.h - pad - 2.5 * s,
        r: 1.8 * s,
        fill: colour,
      }),
    );
    const pricing = PRICING_MODELS.find((p) => p.id === f.note.pricing);
    if (pricing)
      ops.push({
        kind: 'text',
        x: textX + shown.length * 5 * s + (shown.length ? 2 * s : 0),
        y: top + f.h - pad - 0.5 * s,
        text: pricing.label,
        size: 5.5 * s,
        bold: true,
        colour: MUTED,
      });
  }
  const placed = new Set(spots.map(({ f }) => f.note));
  return { ops, left: notes.filter((note) => !placed.has(note)) };
}

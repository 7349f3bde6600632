// The PDF: the laid-out pages (document-layout.ts) drawn with pdf-lib, in Noto Sans embedded as a
// subset, so Latin, Greek and Cyrillic text is real, selectable text. Loaded only on export.
import fontkit from '@pdf-lib/fontkit';
import regularFontUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingColor,
  setFontAndSize,
  showText,
  type PDFFont,
  type PDFImage,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import type { CanvasDoc } from '../domain/canvas.schema';
import { layoutDocument } from './document-layout';
import { PAPER, type Op, type Paper } from './draw';
import type { PhotoBlob } from './envelope';

export interface PdfResult {
  bytes: Uint8Array;
  pageCount: number;
  /** Characters the embedded font has no glyph for: drawn as U+FFFD, and the user is told. */
  missing: string[];
}

/** Shown where a character is missing from the font: visible, never silently dropped. */
export const MISSING_GLYPH = '\uFFFD';

function colour(hex: string) {
  const n = parseInt(hex.slice(1), 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/** Characters that only shape the one before (joiners, variation selectors, emoji tags). */
const isInvisible = (cp: number) =>
  cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0020 && cp <= 0xe007f);

let graphemes: Intl.Segmenter | null = null;

/**
 * Characters that are always a whole user-perceived character on their own: printable ASCII,
 * Latin-1 to the spacing modifiers, Greek and Cyrillic letters, general punctuation and currency
 * signs; none of them joins with a neighbour or takes a combining mark in NFC text of these
 * scripts. Text made only of them needs no grapheme segmentation.
 */
const isStandalone = (c: number) =>
  c === 10 ||
  (c >= 0x20 && c <= 0x7e) ||
  (c >= 0xa0 && c <= 0x2ff) ||
  (c >= 0x370 && c <= 0x482) ||
  (c >= 0x48a && c <= 0x52f) ||
  (c >= 0x2010 && c <= 0x205e) ||
  (c >= 0x20a0 && c <= 0x20cf);

/**
 * Text as the font can draw it, one user-perceived character (grapheme cluster) at a time: a
 * cluster the font cannot draw (an emoji, a flag, a CJK character) becomes one MISSING_GLYPH and
 * is reported; invisible joiners and variation selectors after a drawable character are dropped.
 */
export function glyphCleaner(hasGlyph: (codePoint: number) => boolean) {
  const missing = new Set<string>();
  const known = new Map<number, boolean>();
  const drawable = (cp: number) => {
    let has = known.get(cp);
    if (has === undefined) known.set(cp, (has = hasGlyph(cp)));
    return has;
  };
  const clean = (text: string) => {
    const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    // The common case, one character per code unit: about 20 times faster than segmenting
    // (segmenting every text took a third of a PDF export's time).
    let simple = true;
    for (let i = 0; i < normal.length && simple; i++) simple = isStandalone(normal.charCodeAt(i));
    if (simple) {
      let out = '';
      for (const ch of normal) {
        if (ch === '\n' || drawable(ch.charCodeAt(0))) out += ch;
        else {
          missing.add(ch);
          out += MISSING_GLYPH;
        }
      }
      return out;
    }
    let out = '';
    graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const { segment } of graphemes.segment(normal)) {
      const visible = [...segment].filter((ch) => {
        const cp = ch.codePointAt(0)!;
        return ch === '\n' || !(cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isInvisible(cp));
      });
      if (visible.length === 0) continue;
      if (visible.every((ch) => ch === '\n' || drawable(ch.codePointAt(0)!))) {
        out += visible.join('');
      } else {
        missing.add(segment);
        out += MISSING_GLYPH;
      }
    }
    return out;
  };
  return { clean, missing };
}

/**
 * fontkit, with text turned into glyphs by the font's character map alone. pdf-lib has fontkit
 * lay out every line it measures or draws, and fontkit's OpenType shaper, even with every feature
 * turned off, took most of the export's time (1 s of 2 for 200 notes). Kerning, ligatures and
 * mark positioning are not wanted at these sizes (pdf-lib draws glyphs at their advance widths in
 * any case), and text is composed (NFC) first, so accented letters are single glyphs.
 */
type Face = ReturnType<typeof fontkit.create>;

/** The fontkit that pdf-lib is given; every font it opens is added to `opened`. */
function cmapOnly(opened: Face[]): Parameters<PDFDocument['registerFontkit']>[0] {
  return {
    create(bytes, postscriptName) {
      const font = fontkit.create(bytes, postscriptName);
      const layout = (text: string) => ({ glyphs: font.glyphsForString(text), positions: [] });
      font.layout = layout as unknown as typeof font.layout;
      opened.push(font);
      return font;
    },
  };
}

async function fetchBytes(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
  return response.arrayBuffer();
}

/** A photo in a format the PDF can embed (PNG or JPEG); WebP is converted in the browser. */
async function embedPhoto(pdf: PDFDocument, photo: PhotoBlob): Promise<PDFImage | null> {
  try {
    if (photo.blob.type === 'image/png') return await pdf.embedPng(await photo.blob.arrayBuffer());
    if (photo.blob.type === 'image/jpeg') return await pdf.embedJpg(await photo.blob.arrayBuffer());
    const bitmap = await createImageBitmap(photo.blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.88 });
    return await pdf.embedJpg(await jpeg.arrayBuffer());
  } catch {
    return null; // an unreadable photo is left out; the persona still prints
  }
}

function roundedRect(w: number, h: number, r: number): string {
  const q = Math.min(r, w / 2, h / 2);
  return `M ${q} 0 H ${w - q} A ${q} ${q} 0 0 1 ${w} ${q} V ${h - q} A ${q} ${q} 0 0 1 ${w - q} ${h} H ${q} A ${q} ${q} 0 0 1 0 ${h - q} V ${q} A ${q} ${q} 0 0 1 ${q} 0 Z`;
}

interface PageDrawing {
  page: PDFPage;
  /** The page's height: PDF y runs up from the bottom, the layout's down from the top. */
  H: number;
  fonts: { regular: PDFFont; bold: PDFFont };
  images: Map<string, PDFImage>;
  /** The page's resource name for each font, added once. */
  fontKeys: Map<PDFFont, PDFName>;
}

/**
 * One line of text. pdf-lib's drawText adds the font to the page's resources under a new name on
 * every call (twice: it puts the previous font back after), each time looking through the names
 * already there: at a few thousand lines, a quarter of the export's time and a bloated file.
 * Here each page names each font once, and the line is the same operators drawText writes.
 */
function drawLine(d: PageDrawing, op: Extract<Op, { kind: 'text' }>) {
  const font = op.bold ? d.fonts.bold : d.fonts.regular;
  const options = { x: op.x, y: d.H - op.y, size: op.size, font, color: colour(op.colour) };
  // A line break inside a text (never made by the layout): pdf-lib splits it into lines.
  if (/[\n\f\r\v]/.test(op.text)) return d.page.drawText(op.text, options);
  let key = d.fontKeys.get(font);
  if (!key) d.fontKeys.set(font, (key = d.page.node.newFontDictionary(font.name, font.ref)));
  d.page.pushOperators(
    pushGraphicsState(),
    beginText(),
    setFillingColor(options.color),
    setFontAndSize(key, op.size),
    moveText(options.x, options.y),
    showText(font.encodeText(op.text)),
    endText(),
    popGraphicsState(),
  );
}

function drawOp(d: PageDrawing, op: Op) {
  const { page, H, images } = d;
  switch (op.kind) {
    case 'rect': {
      const style = {
        ...(op.fill ? { color: colour(op.fill) } : {}),
        ...(op.stroke ? { borderColor: colour(op.stroke), borderWidth: op.lineWidth ?? 1 } : {}),
      };
      if (op.radius)
        page.drawSvgPath(roundedRect(op.w, op.h, op.radius), { x: op.x, y: H - op.y, ...style });
      else page.drawRectangle({ x: op.x, y: H - op.y - op.h, width: op.w, height: op.h, ...style });
      return;
    }
    case 'circle':
      page.drawCircle({ x: op.x, y: H - op.y, size: op.r, color: colour(op.fill) });
      return;
    case 'text':
      if (op.text) drawLine(d, op);
      return;
    case 'image': {
      const image = images.get(op.photoId);
      if (!image) return;
      // Contained in its box, centred, at its own proportions.
      const scale = Math.min(op.w / image.width, op.h / image.height);
      const w = image.width * scale;
      const h = image.height * scale;
      page.drawImage(image, {
        x: op.x + (op.w - w) / 2,
        y: H - op.y - (op.h + h) / 2,
        width: w,
        height: h,
      });
    }
  }
}

export async function renderPdf(input: {
  doc: CanvasDoc;
  photos: readonly PhotoBlob[];
  paper: Paper;
  date: string;
  onProgress?: (fraction: number) => void;
}): Promise<PdfResult> {
  const progress = input.onProgress ?? (() => {});
  progress(0.05);
  const [regularBytes, boldBytes] = await Promise.all([
    fetchBytes(regularFontUrl),
    fetchBytes(boldFontUrl),
  ]);
  progress(0.25);
  const pdf = await PDFDocument.create();
  const faces: Face[] = [];
  pdf.registerFontkit(cmapOnly(faces));
  const fonts = {
    regular: await pdf.embedFont(regularBytes, { subset: true }),
    bold: await pdf.embedFont(boldBytes, { subset: true }),
  };
  // Both weights of Noto Sans cover the same characters: one is enough to ask.
  const face = faces[0]!;
  const { clean, missing } = glyphCleaner((cp) => face.hasGlyphForCodePoint(cp));

  const images = new Map<string, PDFImage>();
  for (const photo of input.photos) {
    const image = await embedPhoto(pdf, photo);
    if (image) images.set(photo.id, image);
  }
  progress(0.4);

  const layout = layoutDocument({
    doc: input.doc,
    page: PAPER[input.paper],
    metrics: {
      width: (text, bold) => (bold ? fonts.bold : fonts.regular).widthOfTextAtSize(text, 1),
    },
    clean,
    date: clean(input.date),
    photos: new Set(images.keys()),
  });
  progress(0.6);

  layout.pages.forEach((laid, i) => {
    const page = pdf.addPage([laid.width, laid.height]);
    const drawing = { page, H: laid.height, fonts, images, fontKeys: new Map() };
    for (const op of laid.ops) drawOp(drawing, op);
    progress(0.6 + (0.3 * (i + 1)) / layout.pages.length);
  });

  pdf.setTitle(input.doc.canvas.name || 'Business Model Canvas');
  pdf.setSubject('Business Model Canvas');
  pdf.setCreator('Ninefold');
  pdf.setProducer('Ninefold (pdf-lib)');
  const bytes = await pdf.save();
  progress(1);
  return { bytes, pageCount: layout.pages.length, missing: [...missing] };
}

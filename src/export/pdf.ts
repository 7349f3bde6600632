// The PDF: the laid-out pages (document-layout.ts) drawn with pdf-lib, in Noto Sans embedded as a
// subset, so Latin, Greek and Cyrillic text is real, selectable text. Loaded only on export.
import fontkit from '@pdf-lib/fontkit';
import regularFontUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import { PDFDocument, rgb, type PDFFont, type PDFImage, type PDFPage } from 'pdf-lib';
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
 * Text as the font can draw it, one user-perceived character (grapheme cluster) at a time: a
 * cluster the font cannot draw (an emoji, a flag, a CJK character) becomes one MISSING_GLYPH and
 * is reported; invisible joiners and variation selectors after a drawable character are dropped.
 */
export function glyphCleaner(hasGlyph: (codePoint: number) => boolean) {
  const missing = new Set<string>();
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const clean = (text: string) => {
    let out = '';
    const normal = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    for (const { segment } of graphemes!.segment(normal)) {
      const visible = [...segment].filter((ch) => {
        const cp = ch.codePointAt(0)!;
        return ch === '\n' || !(cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || isInvisible(cp));
      });
      if (visible.length === 0) continue;
      if (visible.every((ch) => ch === '\n' || hasGlyph(ch.codePointAt(0)!))) {
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
 * OpenType features: kerning, ligatures and mark positioning are turned off. Shaping every line
 * with Noto Sans's large positioning tables took most of the export's time (0.7 s for 25 pages),
 * for a difference in spacing nobody sees at these sizes. Text is composed (NFC) first, so
 * accented letters are single glyphs that need no mark positioning.
 */
const SHAPING = {
  mark: false,
  mkmk: false,
  kern: false,
  liga: false,
  clig: false,
  calt: false,
  rlig: false,
  rclt: false,
  curs: false,
};

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

function drawOp(
  page: PDFPage,
  op: Op,
  fonts: { regular: PDFFont; bold: PDFFont },
  images: Map<string, PDFImage>,
) {
  const H = page.getHeight();
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
      if (op.text)
        page.drawText(op.text, {
          x: op.x,
          y: H - op.y,
          size: op.size,
          font: op.bold ? fonts.bold : fonts.regular,
          color: colour(op.colour),
        });
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
  pdf.registerFontkit(fontkit);
  const fonts = {
    regular: await pdf.embedFont(regularBytes, { subset: true, features: SHAPING }),
    bold: await pdf.embedFont(boldBytes, { subset: true, features: SHAPING }),
  };
  // Both weights of Noto Sans cover the same characters: one is enough to ask.
  const face = fontkit.create(new Uint8Array(regularBytes));
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
    for (const op of laid.ops) drawOp(page, op, fonts, images);
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

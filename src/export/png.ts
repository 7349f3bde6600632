// The PNG: the canvas page of the printable layout, drawn on a <canvas> at twice its size, for
// slides. The browser's font fallback draws every script here.
import regularFontUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import boldFontUrl from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import type { CanvasDoc } from '../domain/canvas.schema';
import { layoutDocument } from './document-layout';
import type { Op } from './draw';

/** A 16:9 slide, in CSS pixels; the PNG is `PNG_SCALE` times this. */
export const PNG_SIZE = { width: 1600, height: 900 } as const;
export const PNG_SCALE = 2;
const FAMILY = 'Ninefold Export';

async function loadFonts(): Promise<void> {
  const faces = [
    new FontFace(FAMILY, `url(${regularFontUrl})`, { weight: '400' }),
    new FontFace(FAMILY, `url(${boldFontUrl})`, { weight: '700' }),
  ];
  await Promise.all(
    faces.map(async (face) => {
      try {
        document.fonts.add(await face.load());
      } catch {
        // The system's sans-serif draws it instead.
      }
    }),
  );
}

const font = (size: number, bold: boolean) =>
  `${bold ? 700 : 400} ${size}px "${FAMILY}", system-ui, sans-serif`;

/** Draws one laid-out page's operations (photos are drawn by the caller, if any). */
export function drawOps(ctx: CanvasRenderingContext2D, ops: readonly Op[]) {
  for (const op of ops) drawOp(ctx, op);
}

/** Text measured with the export font, as the layout needs it. */
export function canvasMetrics(ctx: CanvasRenderingContext2D) {
  const REF = 100;
  return {
    width: (text: string, bold: boolean) => {
      ctx.font = font(REF, bold);
      return ctx.measureText(text).width / REF;
    },
  };
}

export { loadFonts as loadExportFonts };

function drawOp(ctx: CanvasRenderingContext2D, op: Op) {
  switch (op.kind) {
    case 'rect':
      ctx.beginPath();
      ctx.roundRect(op.x, op.y, op.w, op.h, op.radius ?? 0);
      if (op.fill) {
        ctx.fillStyle = op.fill;
        ctx.fill();
      }
      if (op.stroke) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.lineWidth ?? 1;
        ctx.stroke();
      }
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(op.x, op.y, op.r, 0, Math.PI * 2);
      ctx.fillStyle = op.fill;
      ctx.fill();
      return;
    case 'text':
      ctx.font = font(op.size, op.bold);
      ctx.fillStyle = op.colour;
      ctx.fillText(op.text, op.x, op.y);
      return;
    case 'image':
      return; // the canvas page has no photos
  }
}

/** The canvas as a PNG, and how many notes it had no room for. */
export async function renderPng(input: {
  doc: CanvasDoc;
  date: string;
}): Promise<{ blob: Blob; notShown: number }> {
  await loadFonts();
  const canvas = document.createElement('canvas');
  canvas.width = PNG_SIZE.width * PNG_SCALE;
  canvas.height = PNG_SIZE.height * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(PNG_SCALE, PNG_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, PNG_SIZE.width, PNG_SIZE.height);
  ctx.textBaseline = 'alphabetic';

  const layout = layoutDocument({
    doc: input.doc,
    page: PNG_SIZE,
    metrics: canvasMetrics(ctx),
    // eslint-disable-next-line no-control-regex
    clean: (text) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f]/g, ''),
    date: input.date,
    photos: new Set(),
    canvasOnly: true,
  });
  drawOps(ctx, layout.pages[0]!.ops);
  const notShown = layout.notShownOnCanvas;
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve({ blob, notShown }) : reject(new Error('No PNG'))),
      'image/png',
    ),
  );
}

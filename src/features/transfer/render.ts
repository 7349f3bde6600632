// PDF, PNG and share links for a canvas: the heavy parts load here, only when asked for.
import { exportFileName, writeExport } from '../../export/envelope';
import { SHARE_LINK_MAX } from '../../export/share-link';
import type { Paper } from '../../export/draw';
import { canvasWithPhotos, download } from './transfer';
import { plural } from '../../ui/format';

const now = () => Date.now();
const longDate = (t: number) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(t);

const UNREADABLE = 'That canvas could not be read. Reload the page and try again.';

/** Makes and downloads the PDF; resolves to what the user should be told (null: nothing). */
export async function exportCanvasPdf(
  canvasId: string,
  paper: Paper,
  onProgress: (fraction: number) => void,
): Promise<string | null> {
  // The canvas is read while the PDF code loads.
  const [item, { renderPdf }] = await Promise.all([
    canvasWithPhotos(canvasId),
    import('../../export/pdf'),
  ]);
  if (!item) return UNREADABLE;
  const t = now();
  const result = await renderPdf({
    doc: item.doc,
    photos: item.photos,
    paper,
    date: longDate(t),
    onProgress,
  });
  download(
    new Blob([result.bytes as BlobPart], { type: 'application/pdf' }),
    exportFileName(item.doc.canvas.name, t, 'pdf'),
  );
  const pages = `${result.pageCount} ${result.pageCount === 1 ? 'page' : 'pages'}`;
  if (result.missing.length === 0) return `PDF ready: ${pages}.`;
  const shown = result.missing.slice(0, 8).join(' ');
  return `PDF ready: ${pages}. Some characters are not in the PDF's font (${shown}${result.missing.length > 8 ? ' …' : ''}) and show as �. To keep every script, use Print… and save as PDF from the print dialog.`;
}

/** Downloads the canvas as a PNG; what to tell the person (done, or why not). */
export async function exportCanvasPng(canvasId: string): Promise<string> {
  const item = await canvasWithPhotos(canvasId);
  if (!item) return UNREADABLE;
  const { renderPng } = await import('../../export/png');
  const t = now();
  const { blob, notShown } = await renderPng({ doc: item.doc, date: longDate(t) });
  download(blob, exportFileName(item.doc.canvas.name, t, 'png'));
  // An image for slides has one page: what does not fit is said, not silently left out.
  return notShown === 0
    ? 'PNG ready.'
    : `PNG ready, without ${plural(notShown, 'note')} that did not fit (each full block says how many). The PDF has every note.`;
}

export interface ShareLinkResult {
  link: string | null;
  /** The link's length (an estimate when too long), and the limit. */
  length: number;
  limit: number;
  withoutPhotos: boolean;
}

/** A link that carries the canvas (without persona photos, which would not fit). */
export async function makeShareLink(canvasId: string): Promise<ShareLinkResult> {
  const item = await canvasWithPhotos(canvasId);
  if (!item) throw new Error(UNREADABLE);
  const withoutPhotos = item.photos.length > 0;
  const notes = item.doc.notes.map((n) =>
    n.segment?.personas.some((p) => p.photoId)
      ? {
          ...n,
          segment: {
            ...n.segment,
            personas: n.segment.personas.map((p) => ({ ...p, photoId: null })),
          },
        }
      : n,
  );
  // Snapshots stay out too: a link carries the canvas as it is now.
  const text = await writeExport([{ doc: { ...item.doc, notes }, photos: [], snapshots: [] }], {
    now: now(),
    appVersion: __APP_VERSION__,
  });
  const { shareLink, compressedLength } = await import('../../export/share-link');
  const base = `${window.location.origin}/`;
  const link = await shareLink(text, base);
  return {
    link,
    length: link?.length ?? (await compressedLength(text)) + base.length,
    limit: SHARE_LINK_MAX,
    withoutPhotos,
  };
}

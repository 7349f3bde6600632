// Export and import as a person does them: files out, files in, and what they are told.
// Loaded on first use (an export, a drop, a picked file), not with the canvas.
import type { CanvasDoc } from '../../domain/canvas.schema';
import { newId } from '../../domain/ids';
import {
  exportFileName,
  photoIdsOf,
  writeExport,
  type CanvasWithPhotos,
} from '../../export/envelope';
import { planImport, requestedIds } from '../../export/import-plan';
import { checkImportSize, readExportText, type Refusal } from '../../export/import-reader';
import {
  importCanvases,
  listSnapshots,
  readCanvasDoc,
  readPhoto,
  readUnreadableNotes,
  refreshCanvasList,
} from '../../persistence/session';
import { writeUnreadableNotes } from '../../export/unreadable-notes';
import { useNinefold } from '../../store/index';
import { canvasPath, matchRoute, navigate } from '../../ui/router';
import { focusPage } from '../../ui/focus';
import { showToast, useToasts } from '../../ui/toast-store';
import { markExported } from './BackupReminder';
import { useImportReport } from './import-report-store';

const now = () => Date.now();

/** Offers a file to save, as the browser's download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function canvasWithPhotos(canvasId: string): Promise<CanvasWithPhotos | null> {
  const doc = await readCanvasDoc(canvasId);
  if (!doc) return null;
  const [photos, snapshots] = await Promise.all([
    Promise.all(photoIdsOf(doc).map((id) => readPhoto(id))),
    listSnapshots(canvasId).then(
      (list) => list.snapshots,
      () => [],
    ),
  ]);
  return { doc, photos: photos.flatMap((p) => (p ? [p] : [])), snapshots };
}

export async function exportCanvasJson(canvasId: string): Promise<void> {
  const item = await canvasWithPhotos(canvasId);
  if (!item) {
    showToast({ message: 'That canvas could not be read, so it was not exported.' });
    return;
  }
  const t = now();
  const text = await writeExport([item], { now: t, appVersion: __APP_VERSION__ });
  download(
    new Blob([text], { type: 'application/json' }),
    exportFileName(item.doc.canvas.name, t, 'ninefold.json'),
  );
  markExported(canvasId, t);
}

/** A copy of the notes of a canvas that could not be read (see UnreadableNotesNotice). */
export async function saveUnreadableNotes(canvasId: string): Promise<void> {
  const canvas = useNinefold.getState().canvases[canvasId];
  const rows = await readUnreadableNotes(canvasId).catch(() => null);
  if (!canvas || !rows) {
    showToast({ message: 'Those notes could not be read from storage just now. Try again.' });
    return;
  }
  useNinefold.getState().actions.setUnreadableNotes(canvasId, rows.length);
  if (rows.length === 0) {
    showToast({ message: 'Those notes can be read now: reload the page to see them.' });
    return;
  }
  const t = now();
  const text = writeUnreadableNotes({
    canvas: { id: canvas.id, name: canvas.name },
    rows,
    now: t,
    appVersion: __APP_VERSION__,
  });
  download(
    new Blob([text], { type: 'application/json' }),
    exportFileName(`${canvas.name} unreadable notes`, t, 'json'),
  );
}

/** Every canvas in one file: the backup. */
export async function exportAllJson(): Promise<void> {
  await refreshCanvasList();
  const live = Object.values(useNinefold.getState().canvases).filter((c) => c.trashedAt === null);
  if (live.length === 0) {
    showToast({ message: 'There are no canvases to back up yet.' });
    return;
  }
  const items = (await Promise.all(live.map((c) => canvasWithPhotos(c.id)))).flatMap((item) =>
    item ? [item] : [],
  );
  const t = now();
  const text = await writeExport(items, { now: t, appVersion: __APP_VERSION__ });
  download(
    new Blob([text], { type: 'application/json' }),
    exportFileName('Ninefold backup', t, 'ninefold.json'),
  );
  for (const item of items) markExported(item.doc.canvas.id, t);
  showToast({
    message: `Backed up ${items.length === 1 ? 'one canvas' : `${items.length} canvases`}.`,
  });
}

/** Imports a picked or dropped file; a refused file is explained in the import report dialog. */
export async function importFile(file: File): Promise<void> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) {
    report(failedTitle(file.name), tooBig);
    return;
  }
  // A large file takes a moment: say that something is happening.
  const busy =
    file.size > 2 * 1024 * 1024
      ? showToast({ message: `Importing “${file.name}”…`, duration: 60_000 })
      : null;
  try {
    await readAndImport(file);
  } finally {
    if (busy) useToasts.getState().dismiss(busy);
  }
}

async function readAndImport(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    report(failedTitle(file.name), {
      ok: false,
      reason: 'The file could not be read. Is it still there?',
      problems: [],
      moreProblems: 0,
    });
    return;
  }
  await importText(text, failedTitle(file.name));
}

const failedTitle = (fileName: string) => `“${fileName}” was not imported`;

function report(title: string, result: Refusal) {
  useImportReport.getState().show({ title, ...result });
}

/**
 * Imports export-file text (from a file or a share link), all or nothing; resolves to the
 * canvases imported. A refusal is explained under `failureTitle`.
 */
export async function importText(text: string, failureTitle: string): Promise<CanvasDoc[]> {
  const result = readExportText(text);
  if (!result.ok) {
    report(failureTitle, result);
    return [];
  }
  let docs: CanvasDoc[];
  try {
    const write = await importCanvases(requestedIds(result.canvases), (taken) => {
      const plan = planImport(result.canvases, taken, { newId, now: now() });
      return { docs: plan.docs, photos: plan.photos, snapshots: plan.snapshots };
    });
    docs = write.docs;
  } catch (error) {
    const full = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    report(failureTitle, {
      ok: false,
      reason: full
        ? 'There is not enough storage space left in this browser to import this file. Nothing was imported.'
        : 'The file could not be saved in this browser, so nothing was imported.',
      problems: [],
      moreProblems: 0,
    });
    return [];
  }
  announceImport(docs);
  return docs;
}

function announceImport(docs: CanvasDoc[]) {
  const first = docs[0];
  if (!first) return;
  const ids = docs.map((d) => d.canvas.id);
  const message =
    docs.length === 1 ? `Imported “${first.canvas.name}”.` : `Imported ${docs.length} canvases.`;
  if (docs.length === 1) navigate(canvasPath(first.canvas.id));
  showToast({
    message,
    action: {
      label: 'Undo',
      run: () => {
        const path = window.location.pathname;
        const route = matchRoute(path);
        const { actions } = useNinefold.getState();
        for (const id of ids) actions.trashCanvas(id);
        if (route.name === 'canvas' && ids.includes(route.canvasId)) navigate('/');
        // The toast's button has gone: the focus goes to the page, not its body.
        focusPage();
        // Deleted like any canvas, and as easily brought back: work may have gone into them since.
        showToast({
          message:
            docs.length === 1
              ? `Deleted the imported “${first.canvas.name}”.`
              : `Deleted the ${docs.length} imported canvases.`,
          action: {
            label: 'Bring back',
            run: () => {
              for (const id of ids) useNinefold.getState().actions.restoreCanvas(id);
              if (route.name === 'canvas' && ids.includes(route.canvasId)) navigate(path);
            },
          },
        });
      },
    },
  });
}

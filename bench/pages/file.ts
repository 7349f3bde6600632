// Benchmark page: writes a Ninefold export file of generated canvases (a backup), with the app's
// own writer, for the import benchmark to pick up from `window.__exportText`.
import { writeExport } from '../../src/export/envelope';
import { generateCanvasDoc } from './generate';

declare global {
  interface Window {
    __exportText?: string;
  }
}

async function write(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const canvases = Number(params.get('canvases') ?? 1);
  const notes = Number(params.get('notes') ?? 100);
  const items = Array.from({ length: canvases }, (_, i) => ({
    doc: generateCanvasDoc({ notes, segments: 10, seed: i + 1, canvasId: `canvas_file_${i}` }),
    photos: [],
  }));
  window.__exportText = await writeExport(items, { now: 1_750_000_000_000, appVersion: 'bench' });
  document.title = `ready:${window.__exportText.length}`;
}

write().catch((error: unknown) => {
  document.title = `failed:${String(error)}`;
});

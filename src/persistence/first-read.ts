// The first canvas, read with the browser's own IndexedDB API (first-rows.ts), then migrated and
// validated.
import { readFirstRows } from './first-rows';
import { parseCanvasRows, type LoadResult } from './rows';

export { readFirstRows, type RawFirstRead } from './first-rows';

/** The first canvas, migrated and validated; null when it could not be read this way. */
export async function takeFirstRead(canvasId: string): Promise<LoadResult | null> {
  if (typeof indexedDB === 'undefined') return null;
  const early = typeof window === 'undefined' ? undefined : window.__ninefoldFirstRead;
  if (early) window.__ninefoldFirstRead = undefined; // one use: later reads must be fresh
  let raw = early ? await early.catch(() => null) : null;
  if (raw?.canvasId !== canvasId) raw = await readFirstRows(canvasId);
  return raw ? parseCanvasRows(raw.canvasRow, raw.noteRows) : null;
}

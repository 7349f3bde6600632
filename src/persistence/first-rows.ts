// The first canvas, read with the browser's own IndexedDB API so that the first paint does not
// wait for Dexie (30 KB gzip, and about 16 ms to evaluate) to load.
//
// index.html starts this same read from an inline script while the app's code is still
// downloading, and leaves the promise in `window.__ninefoldFirstRead`; `takeFirstRead` picks it up
// (or reads itself when there is none). Both only ever read: a database that does not exist yet is
// not created here (Dexie creates it with its stores), and a blocked or failing open declines, so
// start-up takes the ordinary path through Dexie; so does a canvas with imported notes not yet
// unpacked (note-packs.ts). The store and index names are db.ts's.
import { DATABASE_NAME } from './names';

export interface RawFirstRead {
  canvasId: string;
  canvasRow: unknown;
  noteRows: unknown;
}

declare global {
  interface Window {
    __ninefoldFirstRead?: Promise<RawFirstRead | null>;
  }
}

/** The canvas row and its note rows, as stored; null when they cannot be read this way. */
export function readFirstRows(canvasId: string): Promise<RawFirstRead | null> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = indexedDB.open(DATABASE_NAME);
    } catch {
      resolve(null);
      return;
    }
    // No database yet: abandon the creation, which leaves nothing behind.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(null);
    open.onblocked = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      db.onversionchange = () => db.close();
      try {
        // Notes an import left packed (note-packs.ts) need merging: Dexie's read does that.
        const packed = db.objectStoreNames.contains('notePacks');
        const stores = packed ? ['canvases', 'notes', 'notePacks'] : ['canvases', 'notes'];
        const tx = db.transaction(stores, 'readonly');
        const canvas = tx.objectStore('canvases').get(canvasId);
        const notes = tx.objectStore('notes').index('canvasId').getAll(canvasId);
        const packs = packed ? tx.objectStore('notePacks').index('canvasId').count(canvasId) : null;
        tx.oncomplete = () => {
          db.close();
          if (packs && packs.result > 0) resolve(null);
          else resolve({ canvasId, canvasRow: canvas.result, noteRows: notes.result });
        };
        tx.onabort = () => {
          db.close();
          resolve(null);
        };
      } catch {
        db.close();
        resolve(null);
      }
    };
  });
}

/**
 * The rows index.html's inline script is reading, without taking them: for the first paint
 * (app/first-paint.ts), which draws them before the app's code has loaded. The app then takes the
 * same read (takeFirstRead). Null when there is none for `canvasId`.
 */
export function peekFirstRows(canvasId: string): Promise<RawFirstRead | null> {
  const early = typeof window === 'undefined' ? undefined : window.__ninefoldFirstRead;
  if (!early) return Promise.resolve(null);
  return early.then((raw) => (raw?.canvasId === canvasId ? raw : null)).catch(() => null);
}

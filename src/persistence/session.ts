// Starts persistence for the app, in two steps:
// 1. the canvas the page opens on is read with the browser's own IndexedDB API (first-read.ts)
//    and shown; edits made meanwhile are kept in order, and other tabs are already listened to;
// 2. once the app has shown that canvas, the database engine (engine.ts: Dexie, autosave, exit
//    journals) is loaded as a chunk of its own and takes over.
// The home screen, and any start that cannot take the quick read, goes straight to step 2.
import { CanvasSchema, NoteSchema, type CanvasDoc, type Note } from '../domain/canvas.schema';
import type { ChangeSet } from '../domain/changes';
import { onLocalChange } from '../store/change-feed';
import { useNinefold, type CanvasSummary, type UnsavedBases } from '../store/index';
import type { Autosave } from './autosave';
import type { NinefoldDb, PhotoRecord } from './db';
import { clearExitJournal, hasExitJournals, writeExitJournal } from './exit-journal';
import { newId } from '../domain/ids';
import { CURRENT_VERSION } from '../domain/migrations';
import { NEWER_TAB_MESSAGE } from './messages';
import { addToBatch, batchToWrites, emptyBatch } from './batch';
import type * as Engine from './engine';
import { takeFirstRead } from './first-read';
import type { LoadResult } from './rows';
import type { ImportWrite } from './canvas-repo';
import type { Snapshot } from '../domain/snapshot';
import type { TakenIds } from '../export/import-plan';
import { startTabSync, type RecordsMessage, type TabSync } from './tab-sync';

export const MEMORY_MODE_MESSAGE =
  'This browser is not letting Ninefold use its storage (a private window, or site data is blocked), so nothing is being saved. Your canvases live only in this tab until you close it.';

export interface Session {
  db: NinefoldDb | null;
  autosave: Autosave | null;
  /** Reads a canvas and its notes; null when there is no database (memory mode). */
  loadCanvas: (canvasId: string) => Promise<LoadResult | null>;
  /** Reads the list of canvases; null when there is no database (memory mode). */
  listCanvases: () => Promise<CanvasSummary[] | null>;
  /** Persona photos: stored once, read by id. */
  savePhoto: (photo: PhotoRecord) => Promise<void>;
  readPhoto: (id: string) => Promise<PhotoRecord | null>;
  /** Snapshots of a canvas: written once, listed newest first, deleted by hand. */
  saveSnapshot: (snapshot: Snapshot) => Promise<void>;
  listSnapshots: (canvasId: string) => Promise<SnapshotList>;
  deleteSnapshot: (id: string) => Promise<void>;
  /** Writes imported canvases in one transaction (canvas-repo.ts writeImport). */
  importCanvases: (
    ids: { canvases: string[]; notes: string[]; photos: string[] },
    place: (taken: TakenIds) => ImportWrite,
  ) => Promise<ImportWrite>;
  stop: () => void;
}

let session: Session | null = null;
let starting: Promise<Session> | null = null;
let firstScreen: Promise<void> | null = null;
let tabSync: TabSync | null = null;

const store = () => useNinefold.getState();

function applyRecords(message: Omit<RecordsMessage, 'type'>, unsaved?: UnsavedBases): void {
  // A canvas from a newer Ninefold (another tab already runs a newer build): this tab goes
  // read-only rather than write older-shaped data, and asks for a reload.
  const newer = message.canvases.some((c) => {
    const version = (c as { schemaVersion?: unknown } | null)?.schemaVersion;
    return typeof version === 'number' && version > CURRENT_VERSION;
  });
  if (newer) {
    store().actions.setStorage({ mode: 'read-only', problem: NEWER_TAB_MESSAGE });
    return;
  }
  const canvases = message.canvases.flatMap((c) => {
    const parsed = CanvasSchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
  const notes = message.notes.flatMap((n) => {
    const parsed = NoteSchema.safeParse(n);
    return parsed.success ? [parsed.data] : [];
  });
  // This tab's unsaved edits of a record are merged with theirs, not overwritten; those edits
  // then start from theirs.
  const autosave = session?.autosave;
  const absorbed = store().actions.applyRemote(
    { canvases, notes, removedNotes: message.removedNotes },
    unsaved ?? autosave?.unsavedBases,
  );
  autosave?.absorb(absorbed);
}

/** Shows records another window sent (validated first, newer ones win), e.g. a live edit. */
export function showRemoteRecords(message: {
  canvases: unknown[];
  notes: unknown[];
  removedNotes: unknown[];
}): void {
  const list = (v: unknown) => (Array.isArray(v) ? (v as unknown[]) : []);
  const removedNotes = list(message.removedNotes).flatMap((r) => {
    const { id, deletedAt } = (r ?? {}) as { id?: unknown; deletedAt?: unknown };
    return typeof id === 'string' && typeof deletedAt === 'number' ? [{ id, deletedAt }] : [];
  });
  // Every canvas and note is parsed with its schema in applyRecords before it is shown.
  applyRecords({
    canvases: list(message.canvases),
    notes: list(message.notes),
    removedNotes,
  } as Omit<RecordsMessage, 'type'>);
}

/**
 * Resolves once what the store holds now has been rendered and painted (two frames on), or after
 * half a second: a hidden tab runs no frames, and must not wait for them to save.
 */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 500);
    requestAnimationFrame(() =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          clearTimeout(timer);
          resolve();
        }, 0),
      ),
    );
  });
}

const ENGINE_LOAD_ATTEMPTS = 3;
export const ENGINE_FAILED_MESSAGE =
  'Ninefold could not finish starting, so your latest changes are not being saved yet. Reload the page; what you typed is kept until then.';

async function loadEngine(): Promise<typeof Engine> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await import('./engine');
    } catch (error) {
      if (attempt >= ENGINE_LOAD_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function start(firstCanvasId: string | null, showFirstScreen: () => void): Promise<Session> {
  // Edits made before the engine is up wait here, in order. Should the page go away (or be
  // hidden, and perhaps discarded) meanwhile, they go into an exit journal like any unsaved edit.
  let early: ChangeSet[] | null = [];
  // The same edits as records to write, stamped as autosave stamps them, for the exit journal.
  const earlyRecords = emptyBatch();
  const stopCollecting = onLocalChange((cs) => {
    early?.push(cs);
    addToBatch(earlyRecords, cs, Date.now());
  });
  const earlyPageId = newId('page');
  const journalEarly = () => {
    if (early?.length) writeExitJournal(earlyPageId, batchToWrites(earlyRecords));
  };
  const onEarlyVisibility = () => {
    if (document.visibilityState === 'hidden') journalEarly();
  };
  window.addEventListener('pagehide', journalEarly);
  document.addEventListener('visibilitychange', onEarlyVisibility);
  const takeEarlyChanges = () => {
    stopCollecting();
    window.removeEventListener('pagehide', journalEarly);
    document.removeEventListener('visibilitychange', onEarlyVisibility);
    // From here autosave has them; a journal written meanwhile must not be replayed later.
    clearExitJournal(earlyPageId);
    const changes = early ?? [];
    early = null;
    return changes;
  };
  // Listen to other tabs from the start, so that little written after the first read is missed
  // (the engine catches up with the rest: recheckFirstCanvas); what arrives before that read is
  // shown waits for it (last writer wins either way).
  let waiting: Omit<RecordsMessage, 'type'>[] | null = [];
  const sync = startTabSync((message) => (waiting ? waiting.push(message) : applyRecords(message)));
  tabSync = sync;
  const showWaiting = () => {
    for (const message of waiting ?? []) applyRecords(message);
    waiting = null;
  };

  let firstLoaded = false;
  // Unsaved records left by the last page must be written before anything is read: Dexie's job.
  if (firstCanvasId && !hasExitJournals()) {
    const first = await takeFirstRead(firstCanvasId).catch(() => null);
    if (first?.status === 'ok') {
      showLoaded(firstCanvasId, first);
      store().actions.setStorage({ phase: 'ready', mode: 'indexeddb' });
      firstLoaded = true;
      if (first.unreadableNotes.length === 0) {
        const { canvases, notesVersion } = store();
        shownAsRead = { canvasId: firstCanvasId, canvas: canvases[firstCanvasId], notesVersion };
      }
    }
  }
  showWaiting();
  showFirstScreen();
  if (firstLoaded) await afterPaint();

  let engine: typeof Engine;
  try {
    engine = await loadEngine();
  } catch (error) {
    // Edits go on in memory and into the exit journal on the way out; the banner says so.
    store().actions.setStorage({ phase: 'ready', problem: ENGINE_FAILED_MESSAGE });
    throw error;
  }
  return engine.startEngine({
    firstCanvasId: firstLoaded ? null : firstCanvasId,
    tabSync: sync,
    applyRecords,
    takeEarlyChanges,
    memoryModeMessage: MEMORY_MODE_MESSAGE,
    recheckFirstCanvas: firstLoaded,
  });
}

/** The first canvas as its first read showed it, every row read (see firstReadStillShown). */
let shownAsRead: { canvasId: string; canvas: unknown; notesVersion: number } | null = null;

/**
 * Whether the store still holds the canvas `canvasId` exactly as its quick first read gave it,
 * every row readable: nothing changed since (another tab's edit, say). The app hydrates the first
 * paint (app/first-paint.ts), drawn from those same rows, only then: React would keep any
 * attribute that differs, such as a note's colour, as drawn.
 */
export function firstReadStillShown(canvasId: string): boolean {
  const { canvases, notesVersion } = store();
  return (
    shownAsRead?.canvasId === canvasId &&
    shownAsRead.canvas === canvases[canvasId] &&
    shownAsRead.notesVersion === notesVersion
  );
}

/**
 * Starts persistence once; later calls (a StrictMode double mount, say) share the first.
 * `firstCanvasId`, when the page opens on a canvas, is loaded during start-up.
 */
export function startPersistence(firstCanvasId: string | null = null): Promise<Session> {
  if (!starting) {
    let showFirstScreen = () => {};
    firstScreen = new Promise<void>((resolve) => (showFirstScreen = resolve));
    starting = start(firstCanvasId, showFirstScreen).then((s) => (session = s));
    starting.catch(() => {}).finally(showFirstScreen);
  }
  return starting;
}

/**
 * Resolves when the first screen has what it needs to render: the canvas the page opens on has
 * been read (or could not be read quickly). Rendering then, not before, paints the canvas once.
 */
export function firstScreenReady(): Promise<void> {
  return firstScreen ?? Promise.resolve();
}

/** Re-reads the list of canvases (names, counts, last edits), e.g. when the home screen opens. */
export async function refreshCanvasList(): Promise<void> {
  const summaries = await (await startPersistence()).listCanvases();
  if (summaries) store().actions.hydrateCanvases(summaries);
}

export type OpenResult = LoadResult['status'];

/** A canvas as read from storage, into the store, with the count of notes that could not be. */
export function showLoaded(canvasId: string, result: Extract<LoadResult, { status: 'ok' }>): void {
  store().actions.hydrateCanvasDoc(result.doc);
  store().actions.setUnreadableNotes(canvasId, result.unreadableNotes.length);
}

/** Stored notes of a canvas that do not validate, as stored (migrated): for a copy to keep. */
export async function readUnreadableNotes(canvasId: string): Promise<unknown[]> {
  const result = await (await startPersistence()).loadCanvas(canvasId);
  return result?.status === 'ok' ? result.unreadableNotes : [];
}

const opening = new Map<string, Promise<OpenResult>>();

/** Loads a canvas's notes into the store, once; safe to call from effects that run twice. */
export function openCanvas(canvasId: string): Promise<OpenResult> {
  if (canvasId in store().blockIndex) return Promise.resolve('ok');
  let pending = opening.get(canvasId);
  if (!pending) {
    pending = (async (): Promise<OpenResult> => {
      const result = await (await startPersistence()).loadCanvas(canvasId);
      if (!result) return store().canvases[canvasId] ? 'ok' : 'missing';
      if (result.status === 'ok') showLoaded(canvasId, result);
      return result.status;
    })().finally(() => opening.delete(canvasId));
    opening.set(canvasId, pending);
  }
  return pending;
}

/** A canvas with all its notes, newest copy: from the store when loaded, else from the database. */
export async function readCanvasDoc(canvasId: string): Promise<CanvasDoc | null> {
  const state = store();
  const canvas = state.canvases[canvasId];
  if (canvasId in state.blockIndex && canvas) {
    const notes: Note[] = Object.values(state.notes).filter((n) => n.canvasId === canvasId);
    return { canvas, notes };
  }
  const result = await (await startPersistence()).loadCanvas(canvasId);
  return result?.status === 'ok' ? result.doc : null;
}

/** Stores a persona photo; resolves once it is durable (before the persona points at it). */
export async function savePhoto(photo: PhotoRecord): Promise<void> {
  await (await startPersistence()).savePhoto(photo);
}

/** A persona photo by id; null when it is not there (never uploaded here, or purged). */
export async function readPhoto(id: string): Promise<PhotoRecord | null> {
  return (await startPersistence()).readPhoto(id);
}

export type { PhotoRecord };

export async function saveSnapshot(snapshot: Snapshot): Promise<void> {
  await (await startPersistence()).saveSnapshot(snapshot);
}

/** A canvas's snapshots, newest first, and how many of its stored ones could not be read. */
export interface SnapshotList {
  snapshots: Snapshot[];
  /** Stored snapshots left out: damaged, or saved by a newer Ninefold. Kept, unchanged. */
  unreadable: number;
  /** Per listed snapshot (by id), its notes that could not be read, and so are not in it. */
  unreadableNotes: Record<string, number>;
}

export async function listSnapshots(canvasId: string): Promise<SnapshotList> {
  return (await startPersistence()).listSnapshots(canvasId);
}

export async function deleteSnapshot(id: string): Promise<void> {
  await (await startPersistence()).deleteSnapshot(id);
}

/**
 * Imports canvases, all or nothing, and shows them (here and in other tabs). `place` decides, from
 * the ids already taken, what is written (export/import-plan.ts).
 */
export async function importCanvases(
  ids: { canvases: string[]; notes: string[]; photos: string[] },
  place: (taken: TakenIds) => ImportWrite,
): Promise<ImportWrite> {
  const write = await (await startPersistence()).importCanvases(ids, place);
  for (const doc of write.docs) store().actions.hydrateCanvasDoc(doc);
  return write;
}

/** Writes everything pending now (tests, and the moment before a page goes away). */
export async function flushPendingWrites(): Promise<void> {
  await session?.autosave?.flush();
}

/** Stops persistence (tests). */
export function stopPersistence(): void {
  // A start still under way is stopped as soon as it finishes.
  if (!session) void starting?.then((s) => s.stop());
  session?.stop();
  tabSync?.close();
  tabSync = null;
  session = null;
  starting = null;
  firstScreen = null;
  shownAsRead = null;
  opening.clear();
}

// Starts persistence for the app: open the database, load, then autosave and keep tabs in step.
import { CanvasSchema, NoteSchema, type CanvasDoc, type Note } from '../domain/canvas.schema';
import { onLocalChange } from '../store/change-feed';
import { useNinefold } from '../store/index';
import { Autosave } from './autosave';
import { listCanvases, loadCanvasDoc, purgeTrash, type LoadResult } from './canvas-repo';
import { createDatabase, type NinefoldDb } from './db';
import {
  clearExitJournal,
  JOURNAL_PREFIX,
  replayExitJournals,
  writeExitJournal,
} from './exit-journal';
import { newId } from '../domain/ids';
import { startTabSync, type RecordsMessage, type TabSync } from './tab-sync';

export const MEMORY_MODE_MESSAGE =
  'This browser is not letting Ninefold use its storage (a private window, or site data is blocked), so nothing is being saved. Your canvases live only in this tab until you close it.';

interface Session {
  db: NinefoldDb | null;
  autosave: Autosave | null;
  tabSync: TabSync | null;
  stop: () => void;
}

let session: Session | null = null;
let starting: Promise<Session> | null = null;

const store = () => useNinefold.getState();

function applyRecords(message: Omit<RecordsMessage, 'type'>): void {
  const canvases = message.canvases.flatMap((c) => {
    const parsed = CanvasSchema.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
  const notes = message.notes.flatMap((n) => {
    const parsed = NoteSchema.safeParse(n);
    return parsed.success ? [parsed.data] : [];
  });
  store().actions.applyRemote({ canvases, notes, removedNotes: message.removedNotes });
}

async function openDatabase(): Promise<NinefoldDb | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const db = createDatabase();
    await db.open();
    return db;
  } catch {
    return null;
  }
}

async function start(firstCanvasId: string | null): Promise<Session> {
  const db = await openDatabase();
  const { actions } = store();
  if (!db) {
    actions.setStorage({ phase: 'ready', mode: 'memory', problem: MEMORY_MODE_MESSAGE });
    return { db: null, autosave: null, tabSync: null, stop: () => {} };
  }

  // What the last page left unsaved goes in before anything is read.
  const replayed = await replayExitJournals(db).catch(() => []);
  // A page that opens on a canvas needs that canvas first (read here, so it shows in the first
  // render rather than a render later); the list of canvases can follow. The home screen needs
  // the list first.
  const listing = listCanvases(db).then((summaries) => actions.hydrateCanvases(summaries));
  if (firstCanvasId) {
    const first = await loadCanvasDoc(db, firstCanvasId).catch(() => null);
    if (first?.status === 'ok') actions.hydrateCanvasDoc(first.doc);
    listing.catch(() => {});
  } else {
    await listing;
  }
  // Housekeeping, off the path to the first paint.
  void purgeTrash(db, Date.now()).catch(() => 0);

  const tabSync = startTabSync(applyRecords);
  for (const { written } of replayed) tabSync.publish(written);
  const pageId = newId('page');
  const autosave = new Autosave({
    db,
    onWritten: ({ written, newer }) => {
      tabSync.publish(written);
      // Another tab wrote these after us: show theirs.
      applyRecords(newer);
    },
    onProblem: (problem) => store().actions.setStorage({ problem }),
    saveOnExit: (writes) => writeExitJournal(pageId, writes),
  });
  const unsubscribe = onLocalChange((cs) => autosave.enqueue(cs));

  // Flush whenever the page may be going away; catch up when it comes back.
  const onHide = () => autosave.flushOnExit();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void autosave.flush();
    else void catchUp(db);
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (store().storage.problem && autosave.hasPending) event.preventDefault();
  };
  // Back from the back/forward cache: write what was journalled on exit, then drop the journal.
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted) void autosave.flush().then(() => clearExitJournal(pageId));
  };
  // Another tab closed with unsaved edits: write them now, and show them here.
  const onStorage = (event: StorageEvent) => {
    if (!event.key?.startsWith(JOURNAL_PREFIX) || event.newValue === null) return;
    void replayExitJournals(db).then((outcomes) => {
      for (const { written } of outcomes) {
        tabSync.publish(written);
        applyRecords(written);
      }
    });
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  window.addEventListener('pageshow', onShow);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibility);

  actions.setStorage({ phase: 'ready', mode: 'indexeddb' });
  return {
    db,
    autosave,
    tabSync,
    stop: () => {
      unsubscribe();
      autosave.dispose();
      tabSync.close();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      db.close();
    },
  };
}

/** Re-reads the list of canvases (names, counts, last edits), e.g. when the home screen opens. */
export async function refreshCanvasList(): Promise<void> {
  const { db } = await startPersistence();
  if (db) store().actions.hydrateCanvases(await listCanvases(db));
}

/** Re-reads what may have changed while this tab was hidden (a missed message, a frozen tab). */
async function catchUp(db: NinefoldDb): Promise<void> {
  const state = store();
  const summaries = await listCanvases(db);
  state.actions.hydrateCanvases(summaries);
  for (const canvasId of Object.keys(state.blockIndex)) {
    const result = await loadCanvasDoc(db, canvasId);
    if (result.status !== 'ok') continue;
    const loadedIds = new Set(result.doc.notes.map((n) => n.id));
    const current = store();
    const missing = Object.values(current.notes).filter(
      (n) => n.canvasId === canvasId && !loadedIds.has(n.id),
    );
    const tombstones = await db.tombstones.bulkGet(missing.map((n) => n.id));
    current.actions.applyRemote({
      canvases: [result.doc.canvas],
      notes: result.doc.notes,
      removedNotes: tombstones.flatMap((t) => (t ? [t] : [])),
    });
  }
}

/**
 * Starts persistence once; later calls (a StrictMode double mount, say) share the first.
 * `firstCanvasId`, when the page opens on a canvas, is loaded during start-up.
 */
export function startPersistence(firstCanvasId: string | null = null): Promise<Session> {
  starting ??= start(firstCanvasId).then((s) => (session = s));
  return starting;
}

export type OpenResult = LoadResult['status'];

const opening = new Map<string, Promise<OpenResult>>();

/** Loads a canvas's notes into the store, once; safe to call from effects that run twice. */
export function openCanvas(canvasId: string): Promise<OpenResult> {
  if (canvasId in store().blockIndex) return Promise.resolve('ok');
  let pending = opening.get(canvasId);
  if (!pending) {
    pending = (async (): Promise<OpenResult> => {
      const { db } = await startPersistence();
      if (!db) return store().canvases[canvasId] ? 'ok' : 'missing';
      const result = await loadCanvasDoc(db, canvasId);
      if (result.status === 'ok') store().actions.hydrateCanvasDoc(result.doc);
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
  const { db } = await startPersistence();
  if (!db) return null;
  const result = await loadCanvasDoc(db, canvasId);
  return result.status === 'ok' ? result.doc : null;
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
  session = null;
  starting = null;
  opening.clear();
}

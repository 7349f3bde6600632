// The database engine: Dexie, autosave, exit journals and catching up. Loaded by session.ts once
// the app has shown the canvas (a chunk of its own), so a canvas can show before any of this has
// loaded.
import type { ChangeSet } from '../domain/changes';
import { newId } from '../domain/ids';
import { onLocalChange } from '../store/change-feed';
import { useNinefold, type UnsavedBases } from '../store/index';
import { Autosave } from './autosave';
import { listCanvases, loadCanvasDoc, purgeTrash, writeImport, writeRecords } from './canvas-repo';
import {
  createDatabase,
  DATABASE_NAME,
  DATABASE_VERSION,
  type NinefoldDb,
  type PhotoRecord,
} from './db';
import {
  clearExitJournal,
  JOURNAL_PREFIX,
  replayExitJournals,
  writeExitJournal,
} from './exit-journal';
import type { Session, SnapshotList } from './session';
import { SnapshotSchema, type Snapshot } from '../domain/snapshot';
import { NEWER_TAB_MESSAGE } from './messages';
import { whenIdle } from './idle';
import { createUnpacker } from './note-packs';
import { parseCanvasRows } from './rows';
import type { RecordsMessage, TabSync } from './tab-sync';

const store = () => useNinefold.getState();

export const UPGRADED_ELSEWHERE_MESSAGE =
  'Ninefold was updated in another tab. Reload this tab to keep saving: what you type here until then is kept and saved after the reload.';

export interface EngineOptions {
  /** A canvas still to load during start-up (the page opens on it and it is not loaded yet). */
  firstCanvasId: string | null;
  tabSync: TabSync;
  /**
   * Shows records written by another tab, or found newer than ours; `unsaved` says what this
   * tab's edits not yet written started from (by default, all of its unsaved edits').
   */
  applyRecords: (message: Omit<RecordsMessage, 'type'>, unsaved?: UnsavedBases) => void;
  /** Hands over the edits made before the engine was up, and stops collecting them. */
  takeEarlyChanges: () => ChangeSet[];
  memoryModeMessage: string;
  /**
   * The page's canvas was shown from the quick first read: read it again once through Dexie,
   * tombstones included, for what another tab changed before tab sync was listening.
   */
  recheckFirstCanvas?: boolean;
}

export const NEWER_DATABASE_MESSAGE =
  "This browser's Ninefold data was saved by a newer version of Ninefold. Reload the page to use it: this tab changes nothing, so nothing is lost or overwritten.";

/** The database, 'newer' when a newer Ninefold has upgraded it past this build, or null. */
async function openDatabase(): Promise<NinefoldDb | 'newer' | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    // Checked before opening: Dexie would otherwise open a newer database and even add its own
    // indexes to it (a version bump). (IndexedDB's version number is Dexie's times ten.)
    const installed = (await indexedDB.databases?.())?.find((d) => d.name === DATABASE_NAME);
    if ((installed?.version ?? 0) > DATABASE_VERSION * 10) return 'newer';
    const db = createDatabase();
    await db.open();
    // Where databases() is missing: the same check once open.
    if (db.backendDB().version > DATABASE_VERSION * 10) {
      db.close();
      return 'newer';
    }
    return db;
  } catch (error) {
    // Never downgraded: a database at a higher version than this build knows is left alone.
    const name = (error as { name?: string; inner?: { name?: string } } | null)?.name;
    const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
    return name === 'VersionError' || inner === 'VersionError' ? 'newer' : null;
  }
}

export async function startEngine(options: EngineOptions): Promise<Session> {
  const { firstCanvasId, tabSync, applyRecords } = options;
  const opened = await openDatabase();
  const db = opened === 'newer' ? null : opened;
  const { actions } = store();
  if (!db) {
    options.takeEarlyChanges();
    actions.setStorage(
      opened === 'newer'
        ? { phase: 'ready', mode: 'read-only', problem: NEWER_DATABASE_MESSAGE }
        : { phase: 'ready', mode: 'memory', problem: options.memoryModeMessage },
    );
    // Nothing is saved in memory mode, but photos still show while the tab is open.
    const photos = new Map<string, PhotoRecord>();
    const snapshots = new Map<string, Snapshot>();
    return {
      db: null,
      autosave: null,
      loadCanvas: () => Promise.resolve(null),
      listCanvases: () => Promise.resolve(null),
      savePhoto: (photo) => {
        photos.set(photo.id, photo);
        return Promise.resolve();
      },
      readPhoto: (id) => Promise.resolve(photos.get(id) ?? null),
      saveSnapshot: (snapshot) => {
        snapshots.set(snapshot.id, snapshot);
        return Promise.resolve();
      },
      listSnapshots: (canvasId) =>
        Promise.resolve({
          snapshots: [...snapshots.values()]
            .filter((x) => x.canvasId === canvasId)
            .sort((a, b) => b.createdAt - a.createdAt),
          unreadable: 0,
          unreadableNotes: {},
        }),
      deleteSnapshot: (id) => {
        snapshots.delete(id);
        return Promise.resolve();
      },
      importCanvases: (ids, place) => {
        const { canvases, notes } = store();
        const names = Object.values(canvases).map((c) => c.name);
        const write = place({
          canvases: new Set(ids.canvases.filter((id) => id in canvases)),
          notes: new Set(ids.notes.filter((id) => id in notes)),
          photos: new Set(ids.photos.filter((id) => photos.has(id))),
          names,
        });
        for (const photo of write.photos) photos.set(photo.id, photo);
        for (const snapshot of write.snapshots) snapshots.set(snapshot.id, snapshot);
        return Promise.resolve(write);
      },
      stop: () => {},
    };
  }

  // What the last page left unsaved goes in before anything is read.
  const replayed = await replayExitJournals((writes) => writeRecords(db, writes)).catch(() => []);
  // A page that opens on a canvas needs that canvas first (read here, so it shows in the first
  // render rather than a render later); the list of canvases can follow. The home screen needs
  // the list first.
  const listing = listCanvases(db).then((summaries) => actions.hydrateCanvases(summaries));
  if (firstCanvasId) {
    const first = await loadCanvasDoc(db, firstCanvasId).catch(() => null);
    if (first?.status === 'ok') {
      actions.hydrateCanvasDoc(first.doc);
      actions.setUnreadableNotes(firstCanvasId, first.unreadableNotes.length);
    }
    listing.catch(() => {});
  } else {
    await listing;
  }
  // Housekeeping, off the path to the canvas shown: old trash, and notes an import left packed.
  void purgeTrash(db, Date.now()).catch(() => 0);
  const unpacker = createUnpacker(db);
  unpacker.kick();

  for (const { written } of replayed) tabSync.publish(written);
  const pageId = newId('page');
  let upgradedElsewhere = false;
  const autosave = new Autosave({
    db,
    onWritten: ({ written, newer }) => {
      tabSync.publish(written);
      // Another tab wrote these after us: show theirs, or ours merged with theirs (merged, in
      // turn, with what this tab has typed since the write began).
      applyRecords(newer);
    },
    // After another tab upgraded the database, that message stays: it says what to do.
    onProblem: (problem) => {
      if (!upgradedElsewhere) store().actions.setStorage({ problem });
    },
    saveOnExit: (writes) => writeExitJournal(pageId, writes),
  });
  // After the first edit, ask the browser to keep this site's data for good (it may refuse: then
  // it can clear it when space runs low, and the user is told to keep backups).
  let askedDurable = false;
  const askOnce = () => {
    if (askedDurable) return;
    askedDurable = true;
    void askForDurableStorage().then((durable) => store().actions.setStorage({ durable }));
  };
  // Another tab runs a newer Ninefold and must upgrade the database: this tab writes what is
  // pending, steps aside (closing its connection lets the upgrade go on) and asks for a reload.
  // Edits made meanwhile stay in memory and go into the exit journal when the page goes away,
  // for the reloaded page to write.
  db.on('versionchange', () => {
    upgradedElsewhere = true;
    unpacker.stop();
    store().actions.setStorage({ problem: UPGRADED_ELSEWHERE_MESSAGE });
    void autosave
      .flush()
      .catch(() => {})
      .finally(() => db.close({ disableAutoOpen: true }));
    return false;
  });
  const unsubscribe = onLocalChange((cs) => {
    autosave.enqueue(cs);
    askOnce();
  });
  for (const cs of options.takeEarlyChanges()) {
    autosave.enqueue(cs);
    askOnce();
  }

  // Flush whenever the page may be going away; catch up when it comes back.
  const onHide = () => autosave.flushOnExit();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void autosave.flush();
    else void autosave.flush().then(() => catchUp(db, autosave.unsavedBases));
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
    void replayExitJournals((writes) => writeRecords(db, writes)).then((outcomes) => {
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
  // After what is pending is written: a note deleted meanwhile must not be read back. When the
  // page is idle: the moments after the canvas is shown are busy (a canvas read and validated
  // again took 35 ms there, in the way of a segment opened at once), and this only looks for what
  // another tab did before tab sync was listening.
  if (options.recheckFirstCanvas)
    whenIdle(
      () =>
        void autosave
          .flush()
          .then(() => catchUp(db, autosave.unsavedBases))
          .catch(() => {}),
    );
  return {
    db,
    autosave,
    loadCanvas: (canvasId) => loadCanvasDoc(db, canvasId),
    listCanvases: () => listCanvases(db),
    savePhoto: async (photo) => {
      await db.photos.put(photo);
    },
    readPhoto: async (id) => {
      const row: unknown = await db.photos.get(id);
      return isPhotoRecord(row) ? row : null;
    },
    saveSnapshot: async (snapshot) => {
      await db.snapshots.add(snapshot);
    },
    listSnapshots: async (canvasId) => {
      const rows: unknown[] = await db.snapshots.where('canvasId').equals(canvasId).toArray();
      // A snapshot's canvas is loaded like any stored canvas: migrated (it may be older than
      // this build), then validated. A broken one is left out, not deleted, and counted, as are
      // the notes of a listed one that could not be read: the panel says so.
      const list: SnapshotList = { snapshots: [], unreadable: 0, unreadableNotes: {} };
      for (const row of rows) {
        const r = row as { doc?: { canvas?: unknown; notes?: unknown } };
        const loaded = parseCanvasRows(r.doc?.canvas, r.doc?.notes);
        const parsed =
          loaded.status === 'ok' ? SnapshotSchema.safeParse({ ...r, doc: loaded.doc }) : null;
        if (!parsed?.success) list.unreadable++;
        else {
          list.snapshots.push(parsed.data);
          const unreadableNotes = loaded.status === 'ok' ? loaded.unreadableNotes.length : 0;
          if (unreadableNotes > 0) list.unreadableNotes[parsed.data.id] = unreadableNotes;
        }
      }
      list.snapshots.sort((a, b) => b.createdAt - a.createdAt);
      return list;
    },
    deleteSnapshot: async (id) => {
      await db.snapshots.delete(id);
    },
    importCanvases: async (ids, place) => {
      const write = await writeImport(db, ids, place);
      unpacker.kick();
      tabSync.publish({
        canvases: write.docs.map((d) => d.canvas),
        notes: write.docs.flatMap((d) => d.notes),
        removedNotes: [],
      });
      return write;
    },
    stop: () => {
      unsubscribe();
      unpacker.stop();
      autosave.dispose();
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('pageshow', onShow);
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      db.close();
    },
  };
}

async function askForDurableStorage(): Promise<'granted' | 'refused' | 'unknown'> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'unknown';
  }
}

/** A stored photo row as written by savePhoto: anything else is ignored. */
function isPhotoRecord(row: unknown): row is PhotoRecord {
  const r = row as Partial<PhotoRecord> | null;
  return (
    typeof r?.id === 'string' &&
    typeof r.canvasId === 'string' &&
    r.blob instanceof Blob &&
    typeof r.width === 'number' &&
    typeof r.height === 'number'
  );
}

/** Re-reads what may have changed while this tab was hidden (a missed message, a frozen tab). */
async function catchUp(db: NinefoldDb, unsaved: UnsavedBases): Promise<void> {
  const state = store();
  const summaries = await listCanvases(db);
  state.actions.hydrateCanvases(summaries);
  for (const canvasId of Object.keys(state.blockIndex)) {
    const result = await loadCanvasDoc(db, canvasId);
    // Written meanwhile by a newer Ninefold: read-only until reloaded.
    if (result.status === 'newer')
      state.actions.setStorage({ mode: 'read-only', problem: NEWER_TAB_MESSAGE });
    if (result.status !== 'ok') continue;
    state.actions.setUnreadableNotes(canvasId, result.unreadableNotes.length);
    const loadedIds = new Set(result.doc.notes.map((n) => n.id));
    const current = store();
    const missing = Object.values(current.notes).filter(
      (n) => n.canvasId === canvasId && !loadedIds.has(n.id),
    );
    const tombstones = await db.tombstones.bulkGet(missing.map((n) => n.id));
    current.actions.applyRemote(
      {
        canvases: [result.doc.canvas],
        notes: result.doc.notes,
        removedNotes: tombstones.flatMap((t) => (t ? [t] : [])),
      },
      unsaved,
    );
  }
}

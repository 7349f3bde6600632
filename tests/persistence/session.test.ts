import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanvasDoc } from '../../src/domain/canvas.schema';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { createDatabase } from '../../src/persistence/db';
import {
  flushPendingWrites,
  MEMORY_MODE_MESSAGE,
  openCanvas,
  readCanvasDoc,
  refreshCanvasList,
  firstReadStillShown,
  firstScreenReady,
  startPersistence,
  stopPersistence,
} from '../../src/persistence/session';
import { readFirstRows } from '../../src/persistence/first-read';
import { DATABASE_NAME } from '../../src/persistence/db';
import { JOURNAL_PREFIX } from '../../src/persistence/exit-journal';
import { TAB_CHANNEL, type RecordsMessage } from '../../src/persistence/tab-sync';
import { resetStore } from '../../src/store/index';
import {
  actions,
  blockTexts,
  DAY,
  makeDoc,
  makeNote,
  store,
  useCurrentIndexedDb,
} from '../factories';

/**
 * Counts canvas loads: loadCanvasDoc reads a canvas and its notes in one read-only transaction.
 * (vi.mock cannot wrap canvas-repo here: tests/setup.ts imports session.ts before any mock.)
 */
function countLoads() {
  const spy = vi.spyOn(Dexie.prototype, 'transaction');
  return () => spy.mock.calls.filter(([mode]) => mode === 'r').length;
}

/** The app's database ("ninefold"), opened by the test to seed or inspect it. */
async function appDb() {
  const db = createDatabase();
  await db.open();
  return db;
}

/** Writes documents straight into the app's database, as a previous session would have. */
async function seed(...docs: CanvasDoc[]): Promise<void> {
  const db = await appDb();
  for (const doc of docs) {
    await db.canvases.put(doc.canvas);
    await db.notes.bulkPut(doc.notes);
  }
  db.close();
}

async function dump() {
  const db = await appDb();
  const rows = {
    canvases: await db.canvases.toArray(),
    notes: await db.notes.toArray(),
    tombstones: await db.tombstones.toArray(),
  };
  db.close();
  return rows;
}

beforeEach(() => {
  // session.ts always opens the database named "ninefold": give each test a fresh IndexedDB.
  useCurrentIndexedDb();
});

afterEach(() => {
  stopPersistence();
  vi.unstubAllGlobals();
});

describe('startPersistence', () => {
  it('hydrates the canvas list from the database and marks storage ready', async () => {
    const a = makeDoc({ canvas: { name: 'A' }, blocks: { channels: 2 } });
    const b = makeDoc({ canvas: { name: 'B' }, blocks: { channels: 1, 'cost-structure': 3 } });
    await seed(a, b);
    expect(store().storage.phase).toBe('loading');

    await startPersistence();

    expect(store().storage).toEqual({
      phase: 'ready',
      mode: 'indexeddb',
      problem: null,
      durable: 'unknown',
    });
    expect(store().canvases[a.canvas.id]).toEqual(a.canvas);
    expect(store().canvases[b.canvas.id]).toEqual(b.canvas);
    expect(store().noteCounts).toMatchObject({ [a.canvas.id]: 2, [b.canvas.id]: 4 });
    // Notes are loaded when a canvas is opened, not before.
    expect(store().blockIndex).toEqual({});
    expect(store().notes).toEqual({});
  });

  it('starts once, however often it is called (StrictMode mounts twice)', async () => {
    const first = startPersistence();
    const second = startPersistence();
    expect(second).toBe(first);
    expect(await first).toBe(await second);
  });

  it('purges canvases trashed more than a day ago, off the path to the first paint', async () => {
    const old = makeDoc({ canvas: { trashedAt: Date.now() - 2 * DAY }, blocks: { channels: 1 } });
    const recent = makeDoc({ canvas: { trashedAt: Date.now() - 1000 } });
    await seed(old, recent);
    await startPersistence();
    // Listed before the purge, but deleted canvases are never shown.
    expect(store().canvases[old.canvas.id]?.trashedAt).not.toBeNull();
    expect(store().canvases[recent.canvas.id]).toEqual(recent.canvas);
    await vi.waitFor(async () => {
      const rows = await dump();
      expect(rows.canvases.map((c) => c.id)).toEqual([recent.canvas.id]);
      expect(rows.notes).toEqual([]);
    });
  });

  it('loads the canvas the page opens on during start-up', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    await startPersistence(doc.canvas.id);
    expect(blockTexts(doc.canvas.id, 'channels')).toHaveLength(2);
  });

  it('says whether the store still holds the first canvas as read, for the first paint', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    const starting = startPersistence(doc.canvas.id);
    await firstScreenReady();
    expect(firstReadStillShown(doc.canvas.id)).toBe(true);
    expect(firstReadStillShown('canvas_other')).toBe(false);
    await starting;
    // Another tab's edit (or any edit) since: the first paint no longer shows what the store holds.
    actions().recolourNote(doc.notes[0]!.id, 'pink');
    expect(firstReadStillShown(doc.canvas.id)).toBe(false);
  });

  it('does not call a first canvas with unreadable notes as read', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed({
      ...doc,
      notes: [...doc.notes, { ...doc.notes[0]!, id: 'note_bad', text: 7 as never }],
    });
    await startPersistence(doc.canvas.id);
    expect(blockTexts(doc.canvas.id, 'channels')).toHaveLength(2);
    expect(firstReadStillShown(doc.canvas.id)).toBe(false);
  });

  it('writes nothing while loading: the store and the stored rows stay as they were', async () => {
    const doc = makeDoc({ canvas: { name: 'Untouched' }, blocks: { channels: 3 } });
    await seed(doc);
    const before = await dump();
    const transaction = vi.spyOn(Dexie.prototype, 'transaction');

    const session = await startPersistence();
    expect(await openCanvas(doc.canvas.id)).toBe('ok');
    await flushPendingWrites();

    expect(transaction.mock.calls.filter(([mode]) => mode !== 'r')).toEqual([]);
    expect(session.autosave?.hasPending).toBe(false);
    expect(await dump()).toEqual(before);
    expect(store().canvases[doc.canvas.id]).toEqual(doc.canvas);
    for (const note of doc.notes) expect(store().notes[note.id]).toEqual(note);
  });

  it('falls back to memory, and says so, when IndexedDB is not available', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const session = await startPersistence();
    expect(session.db).toBeNull();
    expect(store().storage).toEqual({
      phase: 'ready',
      mode: 'memory',
      problem: MEMORY_MODE_MESSAGE,
      durable: 'unknown',
    });
    const canvasId = actions().createCanvas('In memory');
    expect(await openCanvas(canvasId)).toBe('ok');
    expect(await openCanvas('canvas_unknown')).toBe('missing');
    await expect(flushPendingWrites()).resolves.toBeUndefined();
  });
});

describe('openCanvas', () => {
  it('loads a canvas’s notes into the store, in order', async () => {
    const doc = makeDoc({ blocks: { channels: 3 } });
    await seed(doc);
    expect(await openCanvas(doc.canvas.id)).toBe('ok');
    expect(blockTexts(doc.canvas.id, 'channels')).toEqual([
      'channels 1',
      'channels 2',
      'channels 3',
    ]);
  });

  it('loads once when called twice at the same time (StrictMode double mount)', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    await startPersistence();
    const hydrate = vi.spyOn(store().actions, 'hydrateCanvasDoc');
    const loads = countLoads();

    const [first, second] = await Promise.all([
      openCanvas(doc.canvas.id),
      openCanvas(doc.canvas.id),
    ]);

    expect([first, second]).toEqual(['ok', 'ok']);
    expect(loads()).toBe(1);
    expect(hydrate).toHaveBeenCalledTimes(1);
    // Once loaded, it is not loaded again.
    expect(await openCanvas(doc.canvas.id)).toBe('ok');
    expect(loads()).toBe(1);
    expect(hydrate).toHaveBeenCalledTimes(1);
  });

  it('also loads once when called before persistence has started', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    const loads = countLoads();
    const results = await Promise.all([openCanvas(doc.canvas.id), openCanvas(doc.canvas.id)]);
    expect(results).toEqual(['ok', 'ok']);
    expect(loads()).toBe(1);
    expect(blockTexts(doc.canvas.id, 'channels')).toEqual(['channels 1']);
  });

  it('does not reload a canvas created in this tab', async () => {
    await startPersistence();
    const loads = countLoads();
    const canvasId = actions().createCanvas();
    expect(await openCanvas(canvasId)).toBe('ok');
    expect(loads()).toBe(0);
  });

  it('reports an unknown canvas as missing', async () => {
    expect(await openCanvas('canvas_nowhere')).toBe('missing');
    expect('canvas_nowhere' in store().blockIndex).toBe(false);
  });

  it('reports a canvas from a newer version and does not load its notes', async () => {
    const doc = makeDoc({
      canvas: { schemaVersion: CURRENT_VERSION + 1 },
      blocks: { channels: 1 },
    });
    await seed(doc);
    expect(await openCanvas(doc.canvas.id)).toBe('newer');
    expect(doc.canvas.id in store().blockIndex).toBe(false);
    expect(store().notes).toEqual({});
  });
});

describe('saving', () => {
  it('puts a local store action in IndexedDB by flushPendingWrites()', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);

    const noteId = actions().addNote(doc.canvas.id, 'revenue-streams', { text: 'Subscriptions' });
    actions().setNoteText(doc.notes[0]!.id, 'edited');
    actions().deleteNote(doc.notes[1]!.id);
    actions().renameCanvas(doc.canvas.id, 'Renamed');
    await flushPendingWrites();

    const rows = await dump();
    const notes = new Map(rows.notes.map((n) => [n.id, n]));
    expect(notes.get(noteId)).toEqual(store().notes[noteId]);
    expect(notes.get(doc.notes[0]!.id)?.text).toBe('edited');
    expect(notes.has(doc.notes[1]!.id)).toBe(false);
    expect(rows.tombstones.map((t) => t.id)).toEqual([doc.notes[1]!.id]);
    expect(rows.canvases[0]?.name).toBe('Renamed');
  });

  it('saves a new canvas, which a later session lists and opens', async () => {
    await startPersistence();
    const canvasId = actions().createCanvas('Fresh');
    actions().addNote(canvasId, 'channels', { text: 'one' });
    await flushPendingWrites();
    stopPersistence();

    // A reload: an empty store, the same database.
    resetStore();
    await startPersistence();
    expect(store().canvases[canvasId]?.name).toBe('Fresh');
    expect(await openCanvas(canvasId)).toBe('ok');
    expect(blockTexts(canvasId, 'channels')).toEqual(['one']);
  });

  it('shows another tab’s newer row in place of a stale local write', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);
    const note = doc.notes[0]!;

    // Another tab writes the note, stamped later than anything this tab will write.
    const theirs = { ...note, text: 'written by the other tab', updatedAt: Date.now() + 60_000 };
    const db = await appDb();
    await db.notes.put(theirs);
    db.close();

    actions().setNoteText(note.id, 'typed here');
    await flushPendingWrites();

    expect(store().notes[note.id]).toEqual(theirs);
    expect((await dump()).notes).toEqual([theirs]);
  });

  it('keeps both tabs’ edits of one note: another tab’s write of other fields is merged into ours', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);
    const note = doc.notes[0]!;

    // Another tab recolours the note (stamped later) while this one types in it.
    const theirs = { ...note, colour: 'blue' as const, updatedAt: Date.now() + 60_000 };
    const db = await appDb();
    await db.notes.put(theirs);
    db.close();
    actions().setNoteText(note.id, 'typed here');
    await flushPendingWrites();

    const [row] = (await dump()).notes;
    expect(row).toMatchObject({ text: 'typed here', colour: 'blue' });
    expect(row!.updatedAt).toBeGreaterThan(theirs.updatedAt);
    expect(store().notes[note.id]).toEqual(row);
  });

  it('does not take back what was typed while a merged write was under way', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);
    const note = doc.notes[0]!;
    // Another tab recolours the note, stamped later than anything typed here.
    const db = await appDb();
    await db.notes.put({ ...note, colour: 'blue', updatedAt: Date.now() + 60_000 });
    db.close();

    actions().setNoteText(note.id, 'typed');
    const writing = flushPendingWrites(); // in flight: merged with the other tab's colour
    actions().setNoteText(note.id, 'typed more'); // typed meanwhile
    await writing;
    expect(store().notes[note.id]).toMatchObject({ text: 'typed more', colour: 'blue' });
    await flushPendingWrites();
    expect((await dump()).notes[0]).toMatchObject({ text: 'typed more', colour: 'blue' });
    expect(store().notes[note.id]).toMatchObject({ text: 'typed more', colour: 'blue' });
  });

  it('merges another tab’s edit into this tab’s edits not saved yet, and saves both', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);
    const note = doc.notes[0]!;
    const other = new BroadcastChannel(TAB_CHANNEL);
    try {
      actions().setNoteText(note.id, 'typed here');
      actions().renameCanvas(doc.canvas.id, 'Renamed here');
      // Their edits of other fields, written and sent, arrive before ours are written.
      const later = Date.now() + 1;
      const message: RecordsMessage = {
        type: 'records',
        canvases: [
          { ...doc.canvas, weights: { ...doc.canvas.weights, painDepth: 3 }, updatedAt: later },
        ],
        notes: [{ ...note, colour: 'pink', updatedAt: later }],
        removedNotes: [],
      };
      const db = await appDb();
      await db.canvases.bulkPut(message.canvases);
      await db.notes.bulkPut(message.notes);
      db.close();
      other.postMessage(message);
      await vi.waitFor(() => expect(store().notes[note.id]?.colour).toBe('pink'));
      expect(store().notes[note.id]?.text).toBe('typed here');
      expect(store().canvases[doc.canvas.id]).toMatchObject({ name: 'Renamed here' });
      expect(store().canvases[doc.canvas.id]?.weights.painDepth).toBe(3);

      await flushPendingWrites();
      const rows = await dump();
      expect(rows.notes[0]).toMatchObject({ text: 'typed here', colour: 'pink' });
      expect(rows.canvases[0]).toMatchObject({ name: 'Renamed here' });
      expect(rows.canvases[0]?.weights.painDepth).toBe(3);
    } finally {
      other.close();
    }
  });

  it('keeps unsaved edits in the exit journal as the page goes away; the next start writes them', async () => {
    await startPersistence();
    const canvasId = actions().createCanvas('Before leaving');
    window.dispatchEvent(new Event('pagehide'));
    const journals = () => Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX));
    expect(journals()).toHaveLength(1);
    expect((await dump()).canvases).toEqual([]);

    stopPersistence();
    resetStore();
    await startPersistence();
    expect((await dump()).canvases.map((c) => c.id)).toEqual([canvasId]);
    expect(store().canvases[canvasId]?.name).toBe('Before leaving');
    expect(journals()).toEqual([]);
  });

  it('flushes to the database when the page is hidden', async () => {
    await startPersistence();
    const canvasId = actions().createCanvas('Hidden');
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
      await vi.waitFor(async () => {
        expect((await dump()).canvases.map((c) => c.id)).toEqual([canvasId]);
      });
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });
});

describe('keeping tabs in step', () => {
  it('publishes what it wrote to other tabs', async () => {
    await startPersistence();
    const other = new BroadcastChannel(TAB_CHANNEL);
    const received: RecordsMessage[] = [];
    other.onmessage = (e: MessageEvent<RecordsMessage>) => received.push(e.data);
    try {
      const canvasId = actions().createCanvas('Shared');
      await flushPendingWrites();
      await vi.waitFor(() => expect(received).toHaveLength(1));
      expect(received[0]).toMatchObject({ type: 'records', notes: [], removedNotes: [] });
      expect(received[0]?.canvases.map((c) => c.id)).toEqual([canvasId]);
    } finally {
      other.close();
    }
  });

  it('applies records another tab wrote, skipping invalid ones', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);
    const other = new BroadcastChannel(TAB_CHANNEL);
    try {
      const added = makeNote({ canvasId: doc.canvas.id, block: 'channels', order: 'a5' });
      const message: RecordsMessage = {
        type: 'records',
        canvases: [{ ...doc.canvas, name: 'Renamed elsewhere', updatedAt: Date.now() + 1 }],
        notes: [added, { ...makeNote(), block: 'Partners' } as never],
        removedNotes: [{ id: doc.notes[0]!.id, canvasId: doc.canvas.id, deletedAt: Date.now() }],
      };
      other.postMessage(message);
      await vi.waitFor(() =>
        expect(store().canvases[doc.canvas.id]?.name).toBe('Renamed elsewhere'),
      );
      expect(blockTexts(doc.canvas.id, 'channels')).toEqual([added.text]);
      expect(Object.keys(store().notes)).toEqual([added.id]);
      // Remote records are not written back by this tab.
      await flushPendingWrites();
      expect((await dump()).notes.map((n) => n.id)).toEqual([doc.notes[0]!.id]);
    } finally {
      other.close();
    }
  });

  it('catches up with the database when the tab becomes visible again', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);

    // While this tab was hidden, another one edited a note and deleted the other.
    const db = await appDb();
    const edited = { ...doc.notes[0]!, text: 'edited while hidden', updatedAt: Date.now() + 1 };
    await db.notes.put(edited);
    await db.notes.delete(doc.notes[1]!.id);
    await db.tombstones.put({
      id: doc.notes[1]!.id,
      canvasId: doc.canvas.id,
      deletedAt: Date.now() + 1,
    });
    db.close();

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(blockTexts(doc.canvas.id, 'channels')).toEqual([edited.text]));
  });
});

describe('refreshCanvasList', () => {
  it('re-reads canvases and counts that another tab wrote', async () => {
    const mine = makeDoc({ canvas: { name: 'Mine' }, blocks: { channels: 1 } });
    await seed(mine);
    await startPersistence();

    const theirs = makeDoc({ canvas: { name: 'Theirs' }, blocks: { channels: 2 } });
    await seed(theirs);
    const db = await appDb();
    await db.notes.put(makeNote({ canvasId: mine.canvas.id, block: 'cost-structure' }));
    db.close();

    await refreshCanvasList();
    expect(store().canvases[theirs.canvas.id]).toEqual(theirs.canvas);
    expect(store().noteCounts).toMatchObject({ [mine.canvas.id]: 2, [theirs.canvas.id]: 2 });
  });
});

describe('readCanvasDoc', () => {
  it('reads a loaded canvas from the store, with unsaved edits', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    await openCanvas(doc.canvas.id);
    actions().setNoteText(doc.notes[0]!.id, 'not yet saved');
    const read = await readCanvasDoc(doc.canvas.id);
    expect(read?.notes.find((n) => n.id === doc.notes[0]!.id)?.text).toBe('not yet saved');
  });

  it('reads a canvas that is not loaded from the database', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    const read = await readCanvasDoc(doc.canvas.id);
    expect(read?.canvas).toEqual(doc.canvas);
    expect(read?.notes).toHaveLength(2);
    expect(await readCanvasDoc('canvas_unknown')).toBeNull();
  });
});

describe('the quick first read (before Dexie has loaded)', () => {
  it('shows the canvas the page opens on before the engine has started', async () => {
    const doc = makeDoc({ blocks: { channels: 2, 'cost-structure': 1 } });
    await seed(doc);
    const loads = countLoads();
    const started = startPersistence(doc.canvas.id);
    await firstScreenReady();
    expect(blockTexts(doc.canvas.id, 'channels')).toEqual(['channels 1', 'channels 2']);
    expect(store().storage.phase).toBe('ready');
    // Shown from the browser's own API, before Dexie read anything…
    expect(loads()).toBe(0);
    await started;
    // …then read once more through Dexie, tombstones included, off the path to the first paint.
    await vi.waitFor(() => expect(loads()).toBe(1));
  });

  it('picks up the read index.html started, for the same canvas only', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    window.__ninefoldFirstRead = readFirstRows(doc.canvas.id);
    await startPersistence(doc.canvas.id);
    expect(window.__ninefoldFirstRead).toBeUndefined();
    expect(blockTexts(doc.canvas.id, 'channels')).toEqual(['channels 1']);

    stopPersistence();
    resetStore();
    const other = makeDoc({ blocks: { 'key-partners': 1 } });
    await seed(other);
    window.__ninefoldFirstRead = readFirstRows(doc.canvas.id);
    await startPersistence(other.canvas.id);
    expect(blockTexts(other.canvas.id, 'key-partners')).toEqual(['key-partners 1']);
  });

  it('never creates the database: a first visit leaves it to Dexie', async () => {
    expect(await readFirstRows('canvas_anything')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
    await startPersistence('canvas_anything');
    expect(await openCanvas('canvas_anything')).toBe('missing');
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(DATABASE_NAME);
  });

  it('saves edits made before the engine is up, in order', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    const started = startPersistence(doc.canvas.id);
    await firstScreenReady();
    const note = doc.notes[0]!;
    actions().setNoteText(note.id, 'typed at once');
    const added = actions().addNote(doc.canvas.id, 'channels', { text: 'and added' });
    await started;
    await flushPendingWrites();
    const rows = await dump();
    expect(rows.notes.find((n) => n.id === note.id)?.text).toBe('typed at once');
    expect(rows.notes.find((n) => n.id === added)?.text).toBe('and added');
  });

  it('journals edits made before the engine is up if the page goes away meanwhile', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    const started = startPersistence(doc.canvas.id);
    await firstScreenReady();
    const note = doc.notes[0]!;
    actions().setNoteText(note.id, 'typed, then the tab closed');
    const journals = () => Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX));
    window.dispatchEvent(new Event('pagehide'));
    expect(journals()).toHaveLength(1);
    expect(localStorage.getItem(journals()[0]!)).toContain('typed, then the tab closed');
    // The page stayed after all (back/forward cache): the engine takes the edits over.
    await started;
    await flushPendingWrites();
    expect((await dump()).notes[0]?.text).toBe('typed, then the tab closed');
    expect(journals()).toEqual([]);
  });

  it('a note deleted before the engine is up stays deleted after the engine re-reads the canvas', async () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    await seed(doc);
    const started = startPersistence(doc.canvas.id);
    await firstScreenReady();
    const gone = doc.notes[0]!;
    actions().deleteNote(gone.id);
    await started;
    await flushPendingWrites();
    // The re-read (after the flush) must not bring it back.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await flushPendingWrites();
    expect(store().notes[gone.id]).toBeUndefined();
    const rows = await dump();
    expect(rows.notes.map((n) => n.id)).toEqual([doc.notes[1]!.id]);
    expect(rows.tombstones.map((t) => t.id)).toEqual([gone.id]);
  });

  it('takes the ordinary path when the last page left unsaved edits behind', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    const note = doc.notes[0]!;
    const unsaved = { ...note, text: 'from the journal', updatedAt: note.updatedAt + 1000 };
    localStorage.setItem(
      `${JOURNAL_PREFIX}page_old`,
      JSON.stringify({ canvases: [], notes: [unsaved], removedNotes: [] }),
    );
    await startPersistence(doc.canvas.id);
    expect(store().notes[note.id]?.text).toBe('from the journal');
    expect((await dump()).notes[0]?.text).toBe('from the journal');
  });

  it('shows another tab’s write that arrives while the first read is under way', async () => {
    const doc = makeDoc({ blocks: { channels: 1 } });
    await seed(doc);
    const note = doc.notes[0]!;
    const started = startPersistence(doc.canvas.id);
    const other = new BroadcastChannel(TAB_CHANNEL);
    const message: RecordsMessage = {
      type: 'records',
      canvases: [],
      notes: [{ ...note, text: 'from the other tab', updatedAt: note.updatedAt + 5000 }],
      removedNotes: [],
    };
    other.postMessage(message);
    await started;
    await vi.waitFor(() => expect(store().notes[note.id]?.text).toBe('from the other tab'));
    other.close();
  });
});

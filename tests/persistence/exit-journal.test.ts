import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clearExitJournal,
  JOURNAL_PREFIX,
  replayExitJournals,
  writeExitJournal,
} from '../../src/persistence/exit-journal';
import { writeRecords } from '../../src/persistence/canvas-repo';
import type { NinefoldDb } from '../../src/persistence/db';
import { makeCanvas, makeDb, makeNote, omit } from '../factories';

let db: NinefoldDb;

beforeEach(async () => {
  db = makeDb();
  await db.open();
});

afterEach(() => db.close());

const journalKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL_PREFIX));

describe('exit journal', () => {
  it('keeps a page’s unsaved records and writes them into the database on replay', async () => {
    const canvas = makeCanvas();
    const note = makeNote({ canvasId: canvas.id, text: 'typed just before closing' });
    expect(
      writeExitJournal('page_a', { canvases: [canvas], notes: [note], removedNotes: [] }),
    ).toBe(true);
    expect(journalKeys()).toEqual([`${JOURNAL_PREFIX}page_a`]);

    const outcomes = await replayExitJournals((w) => writeRecords(db, w));
    expect(outcomes).toHaveLength(1);
    expect(await db.canvases.get(canvas.id)).toEqual(canvas);
    expect((await db.notes.get(note.id))?.text).toBe('typed just before closing');
    expect(journalKeys()).toEqual([]);
  });

  it('replays through last-writer-wins: an older journalled copy never overwrites a newer row', async () => {
    const canvas = makeCanvas();
    const newer = makeNote({
      canvasId: canvas.id,
      text: 'newer, from another tab',
      updatedAt: 2000,
    });
    await db.notes.put(newer);
    writeExitJournal('page_b', {
      canvases: [],
      notes: [{ ...newer, text: 'older', updatedAt: 1000 }],
      removedNotes: [],
    });
    const [outcome] = await replayExitJournals((w) => writeRecords(db, w));
    expect(outcome?.newer.notes.map((n) => n.text)).toEqual(['newer, from another tab']);
    expect((await db.notes.get(newer.id))?.text).toBe('newer, from another tab');
  });

  // Found by an exploratory run: a tab closed mid-typing while another tab typed into another
  // field of the same segment; replayed without what its edits started from, the closed tab's
  // record lost whole to the other's later row, and its last letters with it.
  it('replays with what the edits started from: another tab’s later edit of another field merges', async () => {
    const canvas = makeCanvas();
    const base = makeNote({
      canvasId: canvas.id,
      text: 'Nurses',
      colour: 'yellow',
      updatedAt: 1000,
    });
    const theirs = { ...base, colour: 'pink' as const, updatedAt: 3000 };
    await db.notes.put(theirs);
    writeExitJournal('page_c', {
      canvases: [],
      notes: [{ ...base, text: 'Night nurses', updatedAt: 2000 }],
      removedNotes: [],
      bases: { canvases: new Map(), notes: new Map([[base.id, base]]) },
    });
    await replayExitJournals((w) => writeRecords(db, w));
    expect(await db.notes.get(base.id)).toMatchObject({ text: 'Night nurses', colour: 'pink' });
  });

  it('replays deletions as tombstones', async () => {
    const note = makeNote({ updatedAt: 1000 });
    await db.notes.put(note);
    writeExitJournal('page_c', {
      canvases: [],
      notes: [],
      removedNotes: [{ id: note.id, canvasId: note.canvasId, deletedAt: 1500 }],
    });
    await replayExitJournals((w) => writeRecords(db, w));
    expect(await db.notes.get(note.id)).toBeUndefined();
    expect(await db.tombstones.get(note.id)).toMatchObject({ deletedAt: 1500 });
  });

  it('drops a broken or hostile journal without writing anything', async () => {
    localStorage.setItem(`${JOURNAL_PREFIX}junk`, '{not json');
    localStorage.setItem(
      `${JOURNAL_PREFIX}hostile`,
      JSON.stringify({
        canvases: [{ id: 'x', name: '<img src=x onerror=alert(1)>' }],
        notes: [],
        removedNotes: [],
      }),
    );
    expect(await replayExitJournals((w) => writeRecords(db, w))).toEqual([]);
    expect(await db.canvases.count()).toBe(0);
    expect(journalKeys()).toEqual([]);
  });

  it('is cleared by the page that wrote it', () => {
    writeExitJournal('page_d', { canvases: [makeCanvas()], notes: [], removedNotes: [] });
    clearExitJournal('page_d');
    expect(journalKeys()).toEqual([]);
  });
});

describe('a journal written by an older build', () => {
  it('is upgraded and written, not thrown away', async () => {
    const canvas = {
      ...omit(makeCanvas({ name: 'Renamed before the update' }), 'weights'),
      schemaVersion: 1,
    };
    const note = makeNote({ canvasId: canvas.id, text: 'typed before the update' });
    localStorage.setItem(
      `${JOURNAL_PREFIX}page_old`,
      JSON.stringify({ canvases: [canvas], notes: [note], removedNotes: [] }),
    );
    const [outcome] = await replayExitJournals((w) => writeRecords(db, w));
    expect(outcome?.written.canvases[0]).toMatchObject({ name: 'Renamed before the update' });
    expect(await db.notes.get(note.id)).toMatchObject({ text: 'typed before the update' });
    expect(await db.canvases.get(canvas.id)).toMatchObject({ weights: { reach: 1 } });
  });
});

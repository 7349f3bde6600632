// index.html starts the first canvas read before the app's code has loaded (see
// src/persistence/first-read.ts). Its inline script is run here against the app's database, and
// must read what readFirstRows reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeImport } from '../../src/persistence/canvas-repo';
import { createDatabase, DATABASE_NAME } from '../../src/persistence/db';
import { readFirstRows, type RawFirstRead } from '../../src/persistence/first-read';
import html from '../../index.html?raw';
import { makeDoc, useCurrentIndexedDb } from '../factories';

const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

/** Runs the inline script as the page would at `path`, and returns what it hands over. */
async function runInline(path: string) {
  window.history.replaceState(null, '', path);
  window.__ninefoldFirstRead = undefined;
  new Function(inline)();
  // (Set by the script: TypeScript, seeing it cleared just above, would take it for undefined.)
  const read = window.__ninefoldFirstRead as Promise<RawFirstRead | null> | undefined;
  window.__ninefoldFirstRead = undefined;
  return read;
}

describe('the first read in index.html', () => {
  beforeEach(() => useCurrentIndexedDb());
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('reads the canvas in the address as readFirstRows does', async () => {
    const db = createDatabase();
    await db.open();
    const doc = makeDoc({ blocks: { channels: 2, 'key-partners': 1 } });
    await db.canvases.put(doc.canvas);
    await db.notes.bulkPut(doc.notes);
    db.close();

    const read = await runInline(`/canvas/${encodeURIComponent(doc.canvas.id)}`);
    const rows = await read;
    expect(rows).toEqual(await readFirstRows(doc.canvas.id));
    expect(rows).toMatchObject({ canvasId: doc.canvas.id, canvasRow: doc.canvas });
    expect(rows?.noteRows).toHaveLength(3);
  });

  it('declines a canvas whose imported notes are still packed, as readFirstRows does', async () => {
    const db = createDatabase();
    await db.open();
    const doc = makeDoc({ blocks: { channels: 2 } });
    await writeImport(db, { canvases: [], notes: [], photos: [] }, () => ({
      docs: [doc],
      photos: [],
      snapshots: [],
    }));
    db.close();
    expect(await await runInline(`/canvas/${doc.canvas.id}`)).toBeNull();
    expect(await readFirstRows(doc.canvas.id)).toBeNull();
  });

  it('never creates the database, and reads nothing off a canvas address', async () => {
    expect(await await runInline('/canvas/canvas_none')).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DATABASE_NAME);
    expect(await runInline('/')).toBeUndefined();
  });

  it('only reads: it abandons creating a database and never writes', () => {
    expect(inline).toContain('transaction.abort()');
    expect(inline).not.toMatch(/readwrite|\.put\(|\.add\(|\.delete\(/);
  });
});

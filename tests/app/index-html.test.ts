// index.html starts the first canvas read before the app's code has loaded (see
// src/persistence/first-read.ts). Its inline script must name the same database, stores and index.
import { describe, expect, it } from 'vitest';
import { createDatabase, DATABASE_NAME } from '../../src/persistence/db';
import html from '../../index.html?raw';

const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

describe('the first read in index.html', () => {
  it('reads the database, stores and index that db.ts declares', () => {
    const db = createDatabase();
    const notes = db.tables.find((t) => t.name === 'notes');
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['canvases', 'notes']));
    expect(notes?.schema.indexes.map((i) => i.name)).toContain('canvasId');
    expect(inline).toContain(`indexedDB.open('${DATABASE_NAME}')`);
    expect(inline).toContain(`transaction(['canvases', 'notes'], 'readonly')`);
    expect(inline).toContain(`.index('canvasId').getAll(id)`);
  });

  it('only reads: it abandons creating a database and never writes', () => {
    expect(inline).toContain('transaction.abort()');
    expect(inline).not.toMatch(/readwrite|\.put\(|\.add\(|\.delete\(/);
  });

  it('hands its promise to the app, which documents it', () => {
    expect(inline).toContain('window.__ninefoldFirstRead');
  });
});

import { describe, expect, it } from 'vitest';
import type { BlockId } from '../../src/domain/blocks';
import { CURRENT_VERSION } from '../../src/domain/migrations';
import { writeExport } from '../../src/export/envelope';
import {
  checkImportSize,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_NOTES,
  PROBLEMS_SHOWN,
  readExportText,
  type ReadResult,
} from '../../src/export/import-reader';
import { makeDoc } from '../factories';

const APP = { now: Date.UTC(2026, 10, 25), appVersion: '0.1.0' };

function refused(result: ReadResult): Extract<ReadResult, { ok: false }> {
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

/** A valid export of one canvas, as a plain object to break on purpose. */
async function validFile(
  blocks: Partial<Record<BlockId, number>> = { channels: 3 },
  name = 'Plan',
) {
  const doc = makeDoc({ canvas: { name }, blocks });
  return JSON.parse(await writeExport([{ doc, photos: [] }], APP)) as {
    format: unknown;
    formatVersion: unknown;
    canvases: {
      canvas: Record<string, unknown>;
      notes: Record<string, unknown>[];
      photos: unknown[];
    }[];
  };
}

const read = (value: unknown) => readExportText(JSON.stringify(value));

describe('files that are refused, with messages that say where', () => {
  it('refuses a file over 25 MB before reading it', () => {
    expect(checkImportSize(IMPORT_MAX_BYTES)).toBeNull();
    const result = checkImportSize(31 * 1024 * 1024)!;
    expect(result.reason).toBe('The file is 31.0 MB; Ninefold imports files up to 25 MB.');
  });

  it('refuses text that is not JSON', () => {
    const result = refused(readExportText('{"format": "ninefold", '));
    expect(result.reason).toBe('This file is not JSON, so it is not a Ninefold export.');
    expect(result.problems).toHaveLength(1);
  });

  it('refuses JSON that is not a Ninefold export', () => {
    for (const value of [{}, [], 'hello', 42, null, { format: 'excalidraw' }]) {
      expect(refused(read(value)).reason).toMatch(/^This is not a Ninefold export/);
    }
  });

  it('refuses a file from a newer version, naming the version', async () => {
    const file = await validFile();
    expect(refused(read({ ...file, formatVersion: 2 })).reason).toBe(
      'This file was made by a newer version of Ninefold (file format 2). Update Ninefold to import it.',
    );
    file.canvases[0]!.canvas['schemaVersion'] = 9;
    expect(refused(read(file)).problems).toEqual([
      `canvas.schemaVersion: made by a newer version of Ninefold (canvas version 9; this one reads up to ${CURRENT_VERSION})`,
    ]);
  });

  it('refuses keys that reach prototypes, wherever they are', async () => {
    const file = await validFile();
    const text = JSON.stringify(file).replace('"notes":[', '"notes":[{"__proto__":{"x":1}},');
    const result = refused(readExportText(text));
    expect(result.reason).toBe('This file contains parts Ninefold will not read.');
    expect(result.problems).toEqual([
      "canvases[0].notes[0].__proto__: a key named '__proto__' is not allowed",
    ]);
    const ctor = refused(readExportText('{"format":"ninefold","constructor":{"prototype":{}}}'));
    expect(ctor.problems[0]).toBe("constructor: a key named 'constructor' is not allowed");
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });

  it('refuses deeply nested junk without overflowing the stack', () => {
    const deep = `{"format":"ninefold","canvases":${'['.repeat(60)}${']'.repeat(60)}}`;
    expect(refused(readExportText(deep)).problems[0]).toMatch(/nested more than 40 levels deep$/);
    const deeper = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(() => readExportText(deeper)).not.toThrow();
    expect(readExportText(deeper).ok).toBe(false);
  });

  it('refuses a file with no canvases, or canvases that are not a list', async () => {
    const file = await validFile();
    expect(refused(read({ ...file, canvases: [] })).reason).toBe(
      'This file has no canvases in it.',
    );
    expect(refused(read({ ...file, canvases: 'all' })).problems).toEqual([
      'canvases: should be a list of canvases',
    ]);
  });

  it('refuses more than 20,000 notes', async () => {
    const file = await validFile({ channels: 1 });
    const note = file.canvases[0]!.notes[0]!;
    file.canvases[0]!.notes = Array.from({ length: IMPORT_MAX_NOTES + 1 }, (_, i) => ({
      ...note,
      id: `n${i}`,
    }));
    expect(refused(read(file)).reason).toBe(
      'This file has 20,001 notes; Ninefold imports up to 20,000 at a time.',
    );
  });

  it('names the field and what is wrong with it', async () => {
    const file = await validFile({ channels: 6 });
    const notes = file.canvases[0]!.notes;
    notes[0]!['block'] = 'Partners';
    notes[1]!['text'] = 'x'.repeat(2345);
    delete notes[2]!['colour'];
    notes[3]!['createdAt'] = 'yesterday';
    notes[4]!['colour'] = 'tartan';
    notes[5]!['segmentIds'] = 'all of them';
    file.canvases[0]!.canvas['name'] = 'n'.repeat(121);
    const result = refused(read(file));
    expect(result.reason).toBe('This file has problems, so nothing was imported.');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        "notes[0].block: 'Partners' is not one of the nine blocks",
        'notes[1].text: is longer than 2,000 characters (2,345)',
        'notes[2].colour: is missing',
        "notes[3].createdAt: should be a number, not 'yesterday'",
        "notes[4].colour: 'tartan' is not one of 'yellow', 'pink', 'blue', 'green', 'purple', 'orange'",
        "notes[5].segmentIds: should be a list, not 'all of them'",
        'canvas.name: is longer than 120 characters (121)',
      ]),
    );
  });

  it('names segment fields, photos and duplicate ids', async () => {
    const file = await validFile({ 'customer-segments': 2 });
    const [a, b] = file.canvases[0]!.notes as { id: string; segment: Record<string, unknown> }[];
    (a!.segment['size'] as Record<string, unknown>)['currency'] = 'euros';
    (a!.segment['scores'] as Record<string, unknown>)['reach'] = 7;
    b!.id = a!.id;
    file.canvases[0]!.photos = [
      { id: 'p', type: 'image/gif', width: 1, height: 1, createdAt: 0, data: 'AAAA' },
      { id: 'q', type: 'image/png', width: 0, height: 1, createdAt: 0, data: '<svg>' },
    ];
    const result = refused(read(file));
    expect(result.problems).toEqual(
      expect.arrayContaining([
        "notes[0].segment.size.currency: 'euros' is not a three-letter currency code",
        'notes[0].segment.scores.reach: is more than 5',
        "photos[0].type: 'image/gif' is not one of 'image/png', 'image/jpeg', 'image/webp'",
        'photos[1].width: should be more than 0',
        'photos[1].data: is not base64 image data',
      ]),
    );
    // Duplicate ids are found once the shapes are right.
    const dup = await validFile({ channels: 2 });
    dup.canvases[0]!.notes[1]!['id'] = dup.canvases[0]!.notes[0]!['id'];
    expect(refused(read(dup)).problems).toEqual(['notes[1].id: the same id as notes[0]']);
  });

  it('names the canvas when a file holds several', async () => {
    const one = await validFile({ channels: 1 }, 'Alpha');
    const two = await validFile({ channels: 1 }, 'Beta');
    two.canvases[0]!.notes[0]!['block'] = 'nowhere';
    const result = refused(read({ ...one, canvases: [...one.canvases, ...two.canvases] }));
    expect(result.problems).toEqual([
      "“Beta”, notes[0].block: 'nowhere' is not one of the nine blocks",
    ]);
  });

  it('shows the first ten problems and counts the rest', async () => {
    const file = await validFile({ channels: 25 });
    for (const note of file.canvases[0]!.notes) note['block'] = 'Partners';
    const result = refused(read(file));
    expect(result.problems).toHaveLength(PROBLEMS_SHOWN);
    expect(result.moreProblems).toBe(15);
    expect(result.problems[0]).toBe("notes[0].block: 'Partners' is not one of the nine blocks");
  });
});

describe('robustness', () => {
  it('never throws, whatever is cut from or put into a valid file', async () => {
    const text = JSON.stringify(await validFile({ channels: 3, 'customer-segments': 2 }));
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const junk = ['', '"', '{', '}', '[', ']', ',', ':', 'null', '1e999', '"\\ud800"', '-', 'true'];
    for (let i = 0; i < 500; i++) {
      const at = Math.floor(random() * text.length);
      const cut = Math.floor(random() * 20);
      const mutated =
        random() < 0.3
          ? text.slice(0, at)
          : text.slice(0, at) + junk[Math.floor(random() * junk.length)] + text.slice(at + cut);
      const result = readExportText(mutated);
      if (!result.ok) {
        expect(result.reason.length).toBeGreaterThan(0);
        expect(result.problems.length).toBeLessThanOrEqual(PROBLEMS_SHOWN);
      }
    }
  });
});

// The import fuzzer: 10,000 mutations of a valid export (wrong types, missing and extra fields,
// huge strings, deep nesting, prototype keys, invalid Unicode, truncation), seeded so that a
// failure can be replayed. None may throw; every refusal must say where; only valid files may
// reach the database.
import { describe, expect, it } from 'vitest';
import { writeExport } from '../../src/export/envelope';
import { readExportText } from '../../src/export/import-reader';
import { importText } from '../../src/features/transfer/transfer';
import { createDatabase, type NinefoldDb } from '../../src/persistence/db';
import { startPersistence } from '../../src/persistence/session';
import { makeDoc, makeNote, T0 } from '../factories';
import { emptySegment } from '../../src/domain/segment.schema';

const SEED = 20261125;
const FILES = 10_000;

/** A small, seeded PRNG (mulberry32): the same seed gives the same files. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function baseFile(): Promise<string> {
  const doc = makeDoc({ blocks: { channels: 3, 'value-propositions': 2 } });
  const segment = makeNote({
    canvasId: doc.canvas.id,
    block: 'customer-segments',
    text: 'Clinics',
    segment: {
      ...emptySegment('teal'),
      description: 'Family clinics',
      jobs: [
        { id: 'j1', text: 'Fill the week', importance: 4, frequency: 'often', kind: 'functional' },
      ],
    },
  });
  doc.notes.push(segment);
  doc.notes[0]!.segmentIds = [segment.id];
  return writeExport([{ doc, photos: [] }], { now: T0, appVersion: '0.1.0' });
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every container (object or array) in a value, with the ways to reach it. */
function containers(value: Json, out: (Json[] | { [k: string]: Json })[] = []) {
  if (value && typeof value === 'object') {
    out.push(value);
    for (const v of Array.isArray(value) ? value : Object.values(value)) containers(v, out);
  }
  return out;
}

function mutate(text: string, random: () => number): string {
  const pickOf = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const kind = Math.floor(random() * 8);
  if (kind === 0) return text.slice(0, Math.floor(random() * text.length)); // truncated
  if (kind === 1) {
    // invalid Unicode: a lone surrogate, escaped or raw, somewhere in a string
    const at = text.indexOf('"', Math.floor(random() * text.length));
    if (at < 0) return text;
    return `${text.slice(0, at + 1)}${random() < 0.5 ? '\\ud800' : '\ud800'}${text.slice(at + 1)}`;
  }
  const value = JSON.parse(text) as Json;
  const all = containers(value);
  const target = pickOf(all);
  const keys = Array.isArray(target) ? target.map((_, i) => String(i)) : Object.keys(target);
  const key = keys.length ? pickOf(keys) : '0';
  const set = (v: Json) => {
    if (Array.isArray(target)) target[Number(key)] = v;
    else target[key] = v;
  };
  switch (kind) {
    case 2: // wrong type
      set(pickOf<Json>([null, true, 42, -1.5, 'text', [], {}, '2026-13-45', 1e308]));
      break;
    case 3: // missing field
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      break;
    case 4: // extra field
      if (!Array.isArray(target)) target[`extra_${Math.floor(random() * 1000)}`] = 'surprise';
      else target.push({ unexpected: true });
      break;
    case 5: // huge string
      set('x'.repeat(pickOf([2_001, 20_000, 300_000])));
      break;
    case 6: {
      // deep nesting
      let deep: Json = 'bottom';
      for (let i = 0; i < pickOf([45, 200, 5_000]); i++) deep = [deep];
      set(deep);
      break;
    }
    case 7: // prototype keys, written into the text (JSON.stringify would not keep __proto__)
      return JSON.stringify(value).replace(
        '"notes":[',
        `"notes":[{"${pickOf(['__proto__', 'constructor', 'prototype'])}":{"polluted":true}},`,
      );
  }
  return JSON.stringify(value);
}

describe('the import fuzzer', () => {
  it(`reads ${FILES.toLocaleString('en')} mutated files without throwing; every refusal says where`, async () => {
    const base = await baseFile();
    const random = prng(SEED);
    let accepted = 0;
    for (let i = 0; i < FILES; i++) {
      const file = mutate(base, random);
      let result: ReturnType<typeof readExportText>;
      try {
        result = readExportText(file);
      } catch (error) {
        throw new Error(`file ${i} (seed ${SEED}) threw: ${String(error)}`);
      }
      if (result.ok) {
        accepted++;
        continue;
      }
      expect(result.reason, `file ${i}`).not.toBe('');
      // Where: a path ("notes[2].text: …"), the parser's position, or the part of the envelope.
      const where =
        result.problems.some((p) => /^[^\s:]+(?:, [^:]+)?: /.test(p) || /position|JSON/i.test(p)) ||
        /format|canvases|notes|MB|newer/.test(result.reason);
      expect(where, `file ${i}: ${result.reason} ${result.problems.join(' | ')}`).toBe(true);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Some mutations are harmless (an extra field, say): those files are still accepted.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(FILES);
  }, 60_000);

  /** Notes stored, as rows or packed (which the background unpacking moves between). */
  async function storedNotes(db: NinefoldDb): Promise<number> {
    return db.transaction('r', db.notes, db.notePacks, async () => {
      const packs = await db.notePacks.toArray();
      return (await db.notes.count()) + packs.reduce((sum, p) => sum + p.notes.length, 0);
    });
  }

  it('writes nothing for a refused file, and the valid ones only', async () => {
    await startPersistence();
    const db = createDatabase();
    await db.open();
    const base = await baseFile();
    const random = prng(SEED + 1);
    for (let i = 0; i < 200; i++) {
      const file = mutate(base, random);
      const before = await storedNotes(db);
      const canvasesBefore = await db.canvases.count();
      const valid = readExportText(file).ok;
      const imported = await importText(file, 'fuzz');
      expect(imported.length > 0, `file ${i}`).toBe(valid);
      if (!valid) {
        expect(await storedNotes(db)).toBe(before);
        expect(await db.canvases.count()).toBe(canvasesBefore);
      }
    }
    db.close();
  }, 60_000);
});

// The compiled parsers of a canvas row and a note row (src/domain/canvas-parsers.ts): generated
// from the schemas as they are now, and giving what the schemas' own safeParse gives, whether the
// row is valid, broken or junk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import generated from '../../src/domain/canvas-parsers.generated.ts?raw';
import { INVALID } from 'zod/mini';
import { safeParseCanvas, safeParseNote } from '../../src/domain/canvas-parsers';
import { canvasParser, plainNoteParser } from '../../src/domain/canvas-parsers.generated';
import { CanvasSchema, NoteSchema, type Canvas, type Note } from '../../src/domain/canvas.schema';
import { buildExample, EXAMPLES } from '../../src/domain/examples';
import { openRound, vote } from '../../src/domain/vote';
import { generateCanvasDoc } from '../../bench/pages/generate';
import { renderParsers } from '../../scripts/schema-parsers.ts';
import { makeCanvas, makeNote, T0 } from '../factories';

describe('the generated parsers', () => {
  it('are generated from the schemas as they are now', () => {
    // When this fails, a schema changed: `npm run parsers` rewrites the file from it.
    expect(
      generated === renderParsers(),
      'canvas-parsers.generated.ts is stale: npm run parsers',
    ).toBe(true);
  });
});

let ids = 0;
const docs = [
  ...EXAMPLES.map((e) =>
    buildExample(e.id, { canvasId: `canvas_${e.id}`, newNoteId: () => `note_${ids++}`, now: T0 }),
  ),
  generateCanvasDoc({ notes: 300, segments: 10 }),
];
const validNotes: unknown[] = [
  ...docs.flatMap((d) => d.notes),
  makeNote({ text: '' }),
  makeNote({ text: '😀'.repeat(1000), segmentIds: [] }),
];
const round = vote(vote(openRound('round_1', 'channels', 3, T0), 'note_1', 1), 'note_2', 1);
const validCanvases: unknown[] = [
  ...docs.map((d) => d.canvas),
  makeCanvas({ votes: [round, { ...round, id: 'round_2', block: null, closedAt: T0 + 1 }] }),
  makeCanvas({ trashedAt: T0, name: '' }),
];

/** The same answer as the schema's: success or not, and then the same value. */
function expectSameAsSchema(
  fast: { success: boolean; data?: unknown },
  slow: { success: boolean; data?: unknown },
): void {
  expect(fast.success).toBe(slow.success);
  if (slow.success) expect(fast.data).toStrictEqual(slow.data);
}

/** Every path into a value (objects and arrays), the value itself first. */
function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const paths = [at];
  if (Array.isArray(value)) value.forEach((v, i) => paths.push(...pathsOf(v, [...at, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths.push(...pathsOf(v, [...at, k]));
  return paths;
}

const DELETE = Symbol('delete');
/** Values that break a field one way or another (or happen to suit it). */
const breakers = fc.oneof(
  fc.constantFrom<unknown>(
    DELETE,
    undefined,
    null,
    -1,
    0,
    1.5,
    1e16,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '',
    'x'.repeat(65),
    'x'.repeat(2001),
    '2025-01-06T09:00:00.000Z',
    'teal',
    'channels',
    true,
    [],
    {},
    ['x'],
    { extra: 1 },
  ),
  fc.anything(),
);

/** A copy of `value` with the thing at `path` replaced (or deleted). */
function withChange(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next === DELETE ? undefined : next;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (next === DELETE) delete parent[last];
  else parent[last] = next;
  return copy;
}

function brokenCopies(valid: unknown[]) {
  return fc
    .record({
      which: fc.nat(valid.length - 1),
      where: fc.nat(),
      value: breakers,
      extraKey: fc.boolean(),
    })
    .map(({ which, where, value, extraKey }) => {
      const original = valid[which];
      const paths = pathsOf(original);
      const path = paths[where % paths.length]!;
      const changed = withChange(original, path, value);
      return extraKey && changed && typeof changed === 'object'
        ? { ...changed, unexpected: 'kept out' }
        : changed;
    });
}

describe.each([
  { name: 'safeParseNote', fast: safeParseNote, schema: NoteSchema, valid: validNotes },
  { name: 'safeParseCanvas', fast: safeParseCanvas, schema: CanvasSchema, valid: validCanvases },
])('$name', ({ fast, schema, valid }) => {
  it('gives what the schema’s safeParse gives on every valid row', () => {
    for (const row of valid) {
      const parsed = fast(row);
      expect(parsed.success).toBe(true);
      expectSameAsSchema(parsed, schema.safeParse(row));
    }
  });

  it('gives what the schema’s safeParse gives on broken rows and on junk', () => {
    fc.assert(
      fc.property(fc.oneof(brokenCopies(valid), fc.anything()), (row) =>
        expectSameAsSchema(fast(row), schema.safeParse(row)),
      ),
      { numRuns: 2000 },
    );
  });
});

describe('safeParseNote', () => {
  it('takes the compiled path for every valid note that is not a segment', () => {
    const plain = validNotes.filter((n) => !('segment' in (n as Note)));
    expect(plain.length).toBeGreaterThan(300);
    for (const note of plain) expect(plainNoteParser(note)).not.toBe(INVALID);
    for (const canvas of validCanvases) expect(canvasParser(canvas)).not.toBe(INVALID);
  });

  it('returns a copy without unknown keys, and a broken note with zod’s issues', () => {
    const note = { ...(validNotes[0] as Note), sneaky: '<img src=x onerror=alert(1)>' };
    const parsed = safeParseNote(note);
    expect(parsed.success && parsed.data).not.toBe(note);
    expect(parsed.success && 'sneaky' in parsed.data).toBe(false);
    const broken = safeParseNote({ ...note, colour: 'plaid' });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.path).toEqual(['colour']);
  });
});

describe('safeParseCanvas', () => {
  it('checks the votes’ note ids as the schema does', () => {
    const canvas = validCanvases.at(-2) as Canvas;
    const bad = { ...canvas, votes: [{ ...round, counts: { '': 1 } }] };
    expect(safeParseCanvas(bad).success).toBe(false);
    expect(CanvasSchema.safeParse(bad).success).toBe(false);
  });
});

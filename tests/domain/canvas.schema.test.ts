// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  CANVAS_NAME_MAX,
  CanvasDocSchema,
  CanvasSchema,
  NOTE_COLOUR_LABELS,
  NOTE_COLOURS,
  NOTE_TEXT_MAX,
  NoteSchema,
} from '../../src/domain/canvas.schema';
import { makeCanvas, makeDoc, makeNote, omit } from '../factories';

describe('CanvasSchema', () => {
  it('parses a valid canvas unchanged, live or trashed', () => {
    const live = makeCanvas();
    const trashed = makeCanvas({ trashedAt: live.createdAt + 1 });
    expect(CanvasSchema.parse(live)).toEqual(live);
    expect(CanvasSchema.parse(trashed)).toEqual(trashed);
  });

  it.each(['id', 'name', 'createdAt', 'updatedAt', 'schemaVersion', 'trashedAt'] as const)(
    'rejects a canvas without %s',
    (key) => {
      expect(CanvasSchema.safeParse(omit(makeCanvas(), key)).success).toBe(false);
    },
  );

  it('rejects a name longer than the maximum, and accepts one at it', () => {
    expect(CanvasSchema.safeParse(makeCanvas({ name: 'n'.repeat(CANVAS_NAME_MAX) })).success).toBe(
      true,
    );
    expect(
      CanvasSchema.safeParse(makeCanvas({ name: 'n'.repeat(CANVAS_NAME_MAX + 1) })).success,
    ).toBe(false);
  });

  it('rejects bad ids, timestamps and versions', () => {
    expect(CanvasSchema.safeParse(makeCanvas({ id: '' })).success).toBe(false);
    expect(CanvasSchema.safeParse(makeCanvas({ updatedAt: -1 })).success).toBe(false);
    expect(CanvasSchema.safeParse(makeCanvas({ createdAt: 1.5 })).success).toBe(false);
    expect(CanvasSchema.safeParse(makeCanvas({ schemaVersion: 0 })).success).toBe(false);
  });
});

describe('NoteSchema', () => {
  it('parses a valid note unchanged', () => {
    const note = makeNote({ segmentIds: ['note_x'], colour: 'purple' });
    expect(NoteSchema.parse(note)).toEqual(note);
  });

  it('accepts every note colour, each with a label', () => {
    for (const colour of NOTE_COLOURS) {
      expect(NoteSchema.safeParse(makeNote({ colour })).success).toBe(true);
      expect(NOTE_COLOUR_LABELS[colour]).toMatch(/^[A-Z][a-z]+$/);
    }
  });

  it('rejects a block that is not one of the nine, saying so', () => {
    const result = NoteSchema.safeParse({ ...makeNote(), block: 'Partners' });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path[0] === 'block');
    expect(issue?.message).toBe('"Partners" is not one of the nine blocks');
  });

  it('rejects a colour outside the palette', () => {
    const result = NoteSchema.safeParse({ ...makeNote(), colour: 'red' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['colour']);
  });

  it(`accepts text of exactly ${NOTE_TEXT_MAX} characters and rejects one more`, () => {
    expect(NoteSchema.safeParse(makeNote({ text: 'x'.repeat(NOTE_TEXT_MAX) })).success).toBe(true);
    const result = NoteSchema.safeParse(makeNote({ text: 'x'.repeat(NOTE_TEXT_MAX + 1) }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['text']);
  });

  it('accepts empty text (a note being typed)', () => {
    expect(NoteSchema.safeParse(makeNote({ text: '' })).success).toBe(true);
  });

  it.each([
    'id',
    'canvasId',
    'block',
    'text',
    'colour',
    'order',
    'segmentIds',
    'createdAt',
    'updatedAt',
  ] as const)('rejects a note without %s', (key) => {
    const result = NoteSchema.safeParse(omit(makeNote(), key));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([key]);
  });

  it('rejects an empty order key and non-string segment links', () => {
    expect(NoteSchema.safeParse(makeNote({ order: '' })).success).toBe(false);
    expect(NoteSchema.safeParse({ ...makeNote(), segmentIds: [42] }).success).toBe(false);
  });
});

describe('CanvasDocSchema', () => {
  it('parses a canvas with its notes', () => {
    const doc = makeDoc({ blocks: { channels: 2, 'customer-segments': 1 } });
    expect(CanvasDocSchema.parse(doc)).toEqual(doc);
  });

  it('rejects a document with one bad note', () => {
    const doc = makeDoc({ blocks: { channels: 2 } });
    const bad = { ...doc, notes: [...doc.notes, { ...makeNote(), block: 'Partners' }] };
    const result = CanvasDocSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['notes', 2, 'block']);
  });
});

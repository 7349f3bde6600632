// zod's parsers for a canvas row and a note row, on zod's compiled fast path where it pays.
//
// canvas-parsers.generated.ts holds zod's own compiled parsers of CanvasSchema and of NoteSchema
// without its `segment` key, written out as code by `npm run parsers` (scripts/schema-parsers.ts
// explains how). On a page that has just started, zod's interpreter is cold: opening the
// benchmark's 1,000-note canvas spent 30 ms validating notes, 14 with these parsers (medians of 25
// loads in Chromium on the benchmark machine).
//
// The contract is zod's (`withParser`): a compiled parser returns the parsed value, or INVALID,
// and then zod's interpreter parses the row again and says what is wrong with it. So the result is
// always the schema's own `safeParse`, which tests/domain/canvas-parsers.test.ts checks.
//
// Segments (a few notes per canvas, each with a hundred fields) go straight to the interpreter:
// their compiled parser would add 15 KB of code to every page to save about 4 ms at 1,000 notes.
import { INVALID, type ZodMiniType } from 'zod/mini';
import { CanvasSchema, NoteSchema } from './canvas.schema';
import { canvasParser, plainNoteParser } from './canvas-parsers.generated';
import { isRecord } from './migrations';

type SafeParse<S extends ZodMiniType> = (input: unknown) => ReturnType<S['safeParse']>;

function withFastPath<S extends ZodMiniType>(
  schema: S,
  parser: (input: unknown) => unknown,
): SafeParse<S> {
  return (input) => {
    const out = parser(input);
    if (out === INVALID) return schema.safeParse(input) as ReturnType<S['safeParse']>;
    return { success: true, data: out } as ReturnType<S['safeParse']>;
  };
}

/** CanvasSchema.safeParse, faster. */
export const safeParseCanvas = withFastPath(CanvasSchema, canvasParser);

// Without a `segment` key, NoteSchema and NoteSchema without it parse a row alike.
const safeParsePlainNote = withFastPath(NoteSchema, plainNoteParser);

/** NoteSchema.safeParse, faster for notes that are not segments. */
export const safeParseNote: SafeParse<typeof NoteSchema> = (input) =>
  isRecord(input) && !('segment' in input)
    ? safeParsePlainNote(input)
    : NoteSchema.safeParse(input);

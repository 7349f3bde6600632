// A copy of the notes a canvas could not read, for the person to keep: each stored row exactly as
// it is, with what is wrong with it in words. Not an export (an import would refuse it): the text
// of the notes is there to copy back by hand, or to send to whoever helps recover them.
import { NoteSchema } from '../domain/canvas.schema';
import { describeIssue, formatPath, valueAt } from './problems';

export const UNREADABLE_NOTES_FORMAT = 'ninefold-unreadable-notes';

/** What is wrong with one stored note row, in sentences. */
export function noteProblems(row: unknown): string[] {
  const parsed = NoteSchema.safeParse(row);
  if (parsed.success) return [];
  return parsed.error.issues.map(
    (issue) =>
      `${issue.path.length ? formatPath(issue.path) : 'the note'}: ${describeIssue(issue, valueAt(row, issue.path))}`,
  );
}

/**
 * JSON for any stored value: IndexedDB keeps what JSON cannot (a BigInt, a cycle, a Map), and a
 * damaged row may hold any of them. Those are written as words, rather than failing the copy.
 */
function jsonReplacer() {
  // The objects being written, outermost first: `holder` as JSON.stringify walks it (`this` in
  // the replacer), `source` as stored (they differ for a Map or a Set, written as plain values).
  const open: { holder: object; source: object }[] = [];
  return function (this: object, _key: string, value: unknown): unknown {
    while (open.length && open.at(-1)?.holder !== this) open.pop();
    if (typeof value === 'bigint') return value.toString();
    if (typeof value !== 'object' || value === null) return value;
    if (open.some((o) => o.source === value)) return '[a loop back to an enclosing value]';
    if (value instanceof Blob) return `[a file of ${value.size} bytes]`;
    const holder =
      value instanceof Map ? Object.fromEntries(value) : value instanceof Set ? [...value] : value;
    open.push({ holder, source: value });
    return holder;
  };
}

export function writeUnreadableNotes(params: {
  canvas: { id: string; name: string };
  rows: readonly unknown[];
  now: number;
  appVersion: string;
}): string {
  const file = {
    format: UNREADABLE_NOTES_FORMAT,
    app: params.appVersion,
    savedAt: new Date(params.now).toISOString(),
    about:
      'Notes of this canvas that Ninefold could not read, as stored in the browser. ' +
      'They are still stored there, unchanged; this is a copy.',
    canvas: params.canvas,
    notes: params.rows.map((row) => ({ problems: noteProblems(row), row })),
  };
  return `${JSON.stringify(file, jsonReplacer(), 2)}\n`;
}

// zod issues as sentences a person can act on: where the problem is, and what is wrong there.
import type * as z from 'zod/mini';

export type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

/** ["notes", 12, "block"] → "notes[12].block". */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'the file';
}

/** The value at a path in a parsed input; undefined when there is none. */
export const valueAt = (root: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (v, key) =>
      typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined,
    root,
  );

/** A value, briefly: strings quoted and cut, others by kind. */
export function showValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > 40 ? `'${value.slice(0, 37)}…'` : `'${value}'`;
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value;
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 6).map(showValue);
  return values.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** What is wrong at an issue's path; `input` is the value found there. */
export function describeIssue(issue: Issue, input: unknown): string {
  const field = issue.path[issue.path.length - 1];
  if (input === undefined) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${KIND_NAMES[issue.expected] ?? issue.expected}, not ${showValue(input)}`;
    case 'invalid_value':
      if (field === 'block') return `${showValue(input)} is not one of the nine blocks`;
      if (issue.values.length === 1) return `should be ${showValue(issue.values[0])}`;
      return `${showValue(input)} is not one of ${listOf(issue.values)}`;
    case 'too_big':
      if (issue.origin === 'string')
        return `is longer than ${Number(issue.maximum).toLocaleString('en')} characters (${typeof input === 'string' ? input.length.toLocaleString('en') : '?'})`;
      if (issue.origin === 'array')
        return `has more than ${Number(issue.maximum).toLocaleString('en')} items`;
      return `is more than ${Number(issue.maximum).toLocaleString('en')}`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `needs at least ${Number(issue.minimum)} items`;
      return issue.inclusive === false
        ? `should be more than ${Number(issue.minimum)}`
        : `is less than ${Number(issue.minimum)}`;
    case 'invalid_format':
      if (field === 'currency') return `${showValue(input)} is not a three-letter currency code`;
      if (field === 'data') return 'is not base64 image data';
      return `${showValue(input)} is not in the expected format`;
    default:
      return 'is not valid here';
  }
}

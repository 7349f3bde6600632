// Reads an export file: size, JSON, structure, envelope, migration, then the zod schemas.
// Nothing here writes anything; a file either comes out whole and valid or is refused with
// messages a person can act on, naming where each problem is.
import type { CanvasDoc, Note } from '../domain/canvas.schema';
import {
  completeSegments,
  CURRENT_VERSION,
  giveSegmentsProfiles,
  isRecord,
  migrateDocument,
} from '../domain/migrations';
import {
  EnvelopeSchema,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  fromBase64,
  type PhotoBlob,
} from './envelope';
import { describeIssue, formatPath, valueAt, type Path } from './problems';
import type { Snapshot } from '../domain/snapshot';

export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;
export const IMPORT_MAX_NOTES = 20_000;
/** Real exports nest about ten levels; anything far deeper is junk (or an attack on a parser). */
export const IMPORT_MAX_DEPTH = 40;
/** A person reads the first few problems; the rest are counted. */
export const PROBLEMS_SHOWN = 10;

/** Keys that could reach an object's prototype if some code copied them carelessly. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ImportedCanvas {
  doc: CanvasDoc;
  photos: PhotoBlob[];
  snapshots: Snapshot[];
}

export type ReadResult = { ok: true; canvases: ImportedCanvas[]; noteCount: number } | Refusal;

export interface Refusal {
  ok: false;
  reason: string;
  problems: string[];
  moreProblems: number;
}

const refuse = (reason: string, problems: string[] = []): Refusal => ({
  ok: false,
  reason,
  problems: problems.slice(0, PROBLEMS_SHOWN),
  moreProblems: Math.max(0, problems.length - PROBLEMS_SHOWN),
});

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Checked before a file is read at all: a huge file is refused without loading it. */
export function checkImportSize(bytes: number): Refusal | null {
  if (bytes <= IMPORT_MAX_BYTES) return null;
  return refuse(
    `The file is ${megabytes(bytes)}; Ninefold imports files up to ${IMPORT_MAX_BYTES / 1024 / 1024} MB.`,
  );
}

/**
 * Walks the parsed value without recursion: refuses keys that name prototypes and nesting
 * deeper than any real export has. Returns the problems found (at most a few).
 */
function checkStructure(value: unknown): string[] {
  const problems: string[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  while (stack.length > 0 && problems.length < PROBLEMS_SHOWN) {
    const { value: v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (path.length > IMPORT_MAX_DEPTH) {
      problems.push(`${formatPath(path)}: nested more than ${IMPORT_MAX_DEPTH} levels deep`);
      continue;
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push(`${formatPath([...path, key])}: a key named '${key}' is not allowed`);
        continue;
      }
      stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Where a problem is: "notes[12].block" in a one-canvas file, "“Plan”, notes[12].block" else. */
function placeOf(envelope: Record<string, unknown>, path: Path): string {
  const canvases = envelope['canvases'];
  if (path[0] !== 'canvases' || typeof path[1] !== 'number' || !Array.isArray(canvases))
    return formatPath(path);
  const rest = path.slice(2);
  if (canvases.length === 1) return rest.length ? formatPath(rest) : `canvases[${path[1]}]`;
  const entry: unknown = canvases[path[1]];
  const name = isRecord(entry) && isRecord(entry['canvas']) ? entry['canvas']['name'] : undefined;
  const where =
    typeof name === 'string' && name ? `“${name.slice(0, 40)}”` : `canvases[${path[1]}]`;
  return rest.length ? `${where}, ${formatPath(rest)}` : where;
}

/** Links to notes that are not in the file (or not segments) are dropped, not fatal. */
function dropDanglingLinks(notes: Note[]): Note[] {
  const segments = new Set(notes.filter((n) => n.segment).map((n) => n.id));
  const keep = (ids: string[]) => ids.filter((id) => segments.has(id));
  return notes.map((n) => {
    const segmentIds = keep(n.segmentIds);
    const dependsOn = n.segment && keep(n.segment.dependsOn);
    const same =
      segmentIds.length === n.segmentIds.length &&
      (!n.segment || dependsOn!.length === n.segment.dependsOn.length);
    return same
      ? n
      : {
          ...n,
          segmentIds,
          ...(n.segment ? { segment: { ...n.segment, dependsOn: dependsOn! } } : {}),
        };
  });
}

/** A snapshot's canvas brought to the current shape (validated with the rest of the file). */
function upgradeSnapshot(snapshot: unknown): unknown {
  if (!isRecord(snapshot) || !isRecord(snapshot['doc'])) return snapshot;
  const { canvas, notes } = snapshot['doc'];
  if (!isRecord(canvas) || !Array.isArray(notes) || !notes.every(isRecord)) return snapshot;
  const result = migrateDocument({ canvas, notes });
  if (!result.ok) return snapshot;
  return { ...snapshot, doc: completeSegments(giveSegmentsProfiles(result.doc)) };
}

/** The text of an export file to canvases ready to import, or the reasons it is refused. */
export function readExportText(text: string): ReadResult {
  const sizeProblem = checkImportSize(text.length);
  if (sizeProblem) return sizeProblem;
  const parsed = parseJson(text);
  if (!parsed.ok)
    return refuse('This file is not JSON, so it is not a Ninefold export.', [parsed.error]);
  const structure = checkStructure(parsed.value);
  if (structure.length)
    return refuse('This file contains parts Ninefold will not read.', structure);

  const envelope = parsed.value;
  if (!isRecord(envelope) || envelope['format'] !== EXPORT_FORMAT)
    return refuse(
      `This is not a Ninefold export: Ninefold files start with "format": "${EXPORT_FORMAT}".`,
    );
  const formatVersion = envelope['formatVersion'];
  if (typeof formatVersion === 'number' && formatVersion > EXPORT_FORMAT_VERSION)
    return refuse(
      `This file was made by a newer version of Ninefold (file format ${formatVersion}). Update Ninefold to import it.`,
    );
  const entries = envelope['canvases'];
  if (!Array.isArray(entries))
    return refuse('This file has problems, so nothing was imported.', [
      'canvases: should be a list of canvases',
    ]);
  if (entries.length === 0) return refuse('This file has no canvases in it.');
  const noteCount = entries.reduce<number>(
    (sum, e) => sum + (isRecord(e) && Array.isArray(e['notes']) ? e['notes'].length : 0),
    0,
  );
  if (noteCount > IMPORT_MAX_NOTES)
    return refuse(
      `This file has ${noteCount.toLocaleString('en')} notes; Ninefold imports up to ${IMPORT_MAX_NOTES.toLocaleString('en')} at a time.`,
    );

  // Older canvases are brought up to date first, each by its own schemaVersion.
  const problems: string[] = [];
  const migrated = entries.map((entry: unknown, i) => {
    if (!isRecord(entry) || !isRecord(entry['canvas']) || !Array.isArray(entry['notes']))
      return entry;
    const notes = entry['notes'] as unknown[];
    if (!notes.every(isRecord)) return entry;
    const result = migrateDocument({ canvas: entry['canvas'], notes });
    if (!result.ok) {
      problems.push(
        `${placeOf(envelope, ['canvases', i, 'canvas', 'schemaVersion'])}: made by a newer version of Ninefold (canvas version ${result.version}; this one reads up to ${CURRENT_VERSION})`,
      );
      return entry;
    }
    const doc = completeSegments(giveSegmentsProfiles(result.doc));
    return {
      ...entry,
      canvas: doc.canvas,
      notes: doc.notes,
      photos: entry['photos'] ?? [],
      // Files written before snapshots existed have none; each snapshot's canvas is migrated too.
      snapshots: Array.isArray(entry['snapshots']) ? entry['snapshots'].map(upgradeSnapshot) : [],
    };
  });
  if (problems.length) return refuse('This file has problems, so nothing was imported.', problems);

  const candidate = { ...envelope, canvases: migrated };
  const checked = EnvelopeSchema.safeParse(candidate);
  if (!checked.success) {
    const messages = checked.error.issues.map(
      (issue) =>
        `${placeOf(envelope, issue.path)}: ${describeIssue(issue, valueAt(candidate, issue.path))}`,
    );
    return refuse('This file has problems, so nothing was imported.', messages);
  }

  const canvases: ImportedCanvas[] = [];
  for (const [i, entry] of checked.data.canvases.entries()) {
    const seen = new Map<string, number>();
    entry.notes.forEach((n, j) => {
      const first = seen.get(n.id);
      if (first !== undefined)
        problems.push(
          `${placeOf(envelope, ['canvases', i, 'notes', j, 'id'])}: the same id as notes[${first}]`,
        );
      else seen.set(n.id, j);
    });
    const canvas = { ...entry.canvas, schemaVersion: CURRENT_VERSION, trashedAt: null };
    const notes = dropDanglingLinks(entry.notes.map((n) => ({ ...n, canvasId: canvas.id })));
    const photos = entry.photos.map((p): PhotoBlob => ({
      id: p.id,
      blob: fromBase64(p.data, p.type),
      width: p.width,
      height: p.height,
      createdAt: p.createdAt,
    }));
    canvases.push({ doc: { canvas, notes }, photos, snapshots: entry.snapshots });
  }
  if (problems.length) return refuse('This file has problems, so nothing was imported.', problems);
  return { ok: true, canvases, noteCount };
}

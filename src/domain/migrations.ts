// The document version and the named steps that upgrade older stored or imported canvases.

/** Version of the canvas document shape written by this build. */
export const CURRENT_VERSION = 1;

/** A stored canvas before validation: whatever shape an older version wrote. */
export interface RawCanvasDoc {
  canvas: Record<string, unknown>;
  notes: Record<string, unknown>[];
}

export interface Migration {
  /** Human-readable name, e.g. "add segment links to notes". */
  name: string;
  /** The version this step upgrades from; it produces `from + 1`. */
  from: number;
  up: (doc: RawCanvasDoc) => RawCanvasDoc;
}

/**
 * Every upgrade step, oldest first. Version 1 is the first shape, so there are none yet.
 * Each step added here needs a fixture and a test in tests/domain/migrations.test.ts.
 */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; doc: RawCanvasDoc; from: number; applied: string[] }
  | { ok: false; reason: 'newer'; version: number };

export function documentVersion(doc: RawCanvasDoc): number {
  const v = doc.canvas['schemaVersion'];
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
}

/** Upgrades a raw document to CURRENT_VERSION. A newer document is refused, never downgraded. */
export function migrateDocument(
  doc: RawCanvasDoc,
  steps: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  const from = documentVersion(doc);
  if (from > target) return { ok: false, reason: 'newer', version: from };
  let current = doc;
  const applied: string[] = [];
  for (let v = from; v < target; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) throw new Error(`No migration from version ${v}`);
    current = step.up(current);
    current = { ...current, canvas: { ...current.canvas, schemaVersion: v + 1 } };
    applied.push(step.name);
  }
  return { ok: true, doc: current, from, applied };
}

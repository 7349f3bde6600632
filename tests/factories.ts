// Small factories for canvases, notes and documents, so that tests state only what matters to them.
import { Dexie } from 'dexie';
import type { BlockId } from '../src/domain/blocks';
import type { Canvas, CanvasDoc, Note } from '../src/domain/canvas.schema';
import { CURRENT_VERSION } from '../src/domain/migrations';
import { DEFAULT_WEIGHTS, emptySegment } from '../src/domain/segment.schema';
import { initialOrderKeys } from '../src/domain/order';
import { createDatabase, type NinefoldDb } from '../src/persistence/db';
import { useNinefold, type NinefoldState } from '../src/store/index';

/** A fixed, readable point in time that tests build their timestamps on. */
export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

let sequence = 0;
const nextSeq = () => ++sequence;

export function makeCanvas(overrides: Partial<Canvas> = {}): Canvas {
  const n = nextSeq();
  return {
    id: `canvas_${n}`,
    name: `Canvas ${n}`,
    createdAt: T0,
    updatedAt: T0,
    schemaVersion: CURRENT_VERSION,
    trashedAt: null,
    weights: { ...DEFAULT_WEIGHTS },
    differences: [],
    votes: [],
    ...overrides,
  };
}

export function makeNote(overrides: Partial<Note> = {}): Note {
  const n = nextSeq();
  const segment = overrides.block === 'customer-segments' ? { segment: emptySegment('teal') } : {};
  return {
    ...segment,
    id: `note_${n}`,
    canvasId: 'canvas_default',
    block: 'key-partners',
    text: `Note ${n}`,
    colour: 'yellow',
    order: 'a0',
    segmentIds: [],
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/** `count` notes in one block, in order (their order keys ascend), texts "<prefix> 1", "<prefix> 2" … */
export function makeBlockNotes(
  canvasId: string,
  block: BlockId,
  count: number,
  overrides: Partial<Note> = {},
): Note[] {
  return initialOrderKeys(count).map((order, i) =>
    makeNote({ canvasId, block, order, text: `${block} ${i + 1}`, ...overrides }),
  );
}

/** A canvas with notes: `blocks` says how many notes each named block gets. */
export function makeDoc(
  options: {
    canvas?: Partial<Canvas>;
    blocks?: Partial<Record<BlockId, number>>;
    notes?: Partial<Note>[];
  } = {},
): CanvasDoc {
  const canvas = makeCanvas(options.canvas);
  const notes: Note[] = [];
  for (const [block, count] of Object.entries(options.blocks ?? {}))
    notes.push(...makeBlockNotes(canvas.id, block as BlockId, count));
  for (const n of options.notes ?? []) notes.push(makeNote({ canvasId: canvas.id, ...n }));
  return { canvas, notes };
}

/** A raw stored document (before migration and validation), as an older version might write it. */
export function makeRawDoc(
  canvas: Record<string, unknown> = {},
  notes: Record<string, unknown>[] = [],
) {
  return { canvas: { ...makeCanvas(), ...canvas }, notes };
}

/** A copy of `record` without `key`: a row as an older version, or a broken one, would store it. */
export function omit<T extends object, K extends keyof T>(record: T, key: K): Omit<T, K> {
  const copy: Partial<T> = { ...record };
  delete copy[key];
  return copy as Omit<T, K>;
}

// ---- store helpers ----

export const store = (): NinefoldState => useNinefold.getState();
export const actions = () => useNinefold.getState().actions;

/** Puts a document in the store as if it had been loaded from IndexedDB. */
export function loadDoc(doc: CanvasDoc): CanvasDoc {
  actions().hydrateCanvasDoc(doc);
  return doc;
}

/** Texts of a block's notes in display order, read through the store's block index. */
export function blockTexts(canvasId: string, block: BlockId): string[] {
  const s = store();
  return (s.blockIndex[canvasId]?.[block] ?? []).map((id) => s.notes[id]!.text);
}

// ---- database helpers ----

let dbSequence = 0;

/** A database under a name no other test uses. */
export function makeDb(): NinefoldDb {
  return createDatabase(`ninefold-test-${Date.now()}-${++dbSequence}`);
}

/**
 * Dexie captures the IndexedDB factory when it is first imported, so the fresh factory that
 * tests/setup.ts installs per test never reaches it. Point Dexie at the current one.
 */
export function useCurrentIndexedDb(): void {
  Dexie.dependencies.indexedDB = globalThis.indexedDB;
  Dexie.dependencies.IDBKeyRange = globalThis.IDBKeyRange;
}

/** jsdom has no media queries; the app asks whether it is printing. Matches none. */
export function stubMatchMedia(): void {
  window.matchMedia ??= ((query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList) as typeof window.matchMedia;
}

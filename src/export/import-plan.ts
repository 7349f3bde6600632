// Where imported canvases land: never over anything already stored. A canvas whose id (or any of
// whose note ids) is taken comes in as a copy under new ids, named "… (imported)".
import type { CanvasDoc } from '../domain/canvas.schema';
import { duplicateCanvas, importedName } from '../domain/canvas-ops';
import type { PhotoBlob } from './envelope';
import type { Snapshot } from '../domain/snapshot';
import type { ImportedCanvas } from './import-reader';

/** Ids and names already in use where the import is written. */
export interface TakenIds {
  canvases: ReadonlySet<string>;
  /** Note ids in use, deleted ones (tombstones) included. */
  notes: ReadonlySet<string>;
  photos: ReadonlySet<string>;
  names: readonly string[];
}

export interface ImportPlan {
  docs: CanvasDoc[];
  /** Photos to store, each with the canvas that shows it; ones already stored are left out. */
  photos: (PhotoBlob & { canvasId: string })[];
  /** Snapshots, under new ids, attached to where their canvas landed. */
  snapshots: Snapshot[];
  /** How many canvases came in as copies. */
  copies: number;
}

/** The ids every imported canvas asks for, to look up before planning. */
export function requestedIds(canvases: readonly ImportedCanvas[]) {
  return {
    canvases: canvases.map((c) => c.doc.canvas.id),
    notes: canvases.flatMap((c) => c.doc.notes.map((n) => n.id)),
    photos: canvases.flatMap((c) => c.photos.map((p) => p.id)),
  };
}

export function planImport(
  canvases: readonly ImportedCanvas[],
  taken: TakenIds,
  params: { newId: (prefix: string) => string; now: number },
): ImportPlan {
  const canvasIds = new Set(taken.canvases);
  const noteIds = new Set(taken.notes);
  const photoIds = new Set(taken.photos);
  const names = [...taken.names];
  const plan: ImportPlan = { docs: [], photos: [], snapshots: [], copies: 0 };
  for (const { doc, photos, snapshots } of canvases) {
    const clash = canvasIds.has(doc.canvas.id) || doc.notes.some((n) => noteIds.has(n.id));
    let placed = doc;
    if (clash) {
      const copy = duplicateCanvas(doc, {
        canvasId: params.newId('canvas'),
        name: importedName(doc.canvas.name, names),
        newNoteId: () => params.newId('note'),
        now: params.now,
      });
      placed = { ...copy, canvas: { ...copy.canvas, createdAt: doc.canvas.createdAt } };
      plan.copies++;
    }
    canvasIds.add(placed.canvas.id);
    // A snapshot is self-contained: a fresh id, and the canvas it belongs to now.
    for (const s of snapshots)
      plan.snapshots.push({ ...s, id: params.newId('snapshot'), canvasId: placed.canvas.id });
    for (const n of placed.notes) noteIds.add(n.id);
    names.push(placed.canvas.name);
    plan.docs.push(placed);
    // Photos never change once stored, so one already here (same id) is the same photo.
    for (const p of photos) {
      if (photoIds.has(p.id)) continue;
      photoIds.add(p.id);
      plan.photos.push({ ...p, canvasId: placed.canvas.id });
    }
  }
  return plan;
}

// The one zustand store: canvases and notes as records, with named actions and per-canvas undo.
import { useSyncExternalStore } from 'react';
import { createStore, type StoreApi, type UseBoundStore } from 'zustand';
import type { BlockId } from '../domain/blocks';
import type { Canvas, CanvasDoc, Note, NoteColour } from '../domain/canvas.schema';
import {
  addNote as addNoteOp,
  createCanvas as createCanvasOp,
  editNoteText,
  moveNote as moveNoteOp,
  nextTimestamp,
  recolourNote as recolourNoteOp,
  renameCanvas as renameCanvasOp,
  restoreCanvas as restoreCanvasOp,
  trashCanvas as trashCanvasOp,
} from '../domain/canvas-ops';
import {
  changeCanvas,
  changeNote,
  emptyChangeSet,
  incomingVersion,
  isEmptyChangeSet,
  mergesIntoUnsaved,
  rebaseChange,
  type ChangeSet,
} from '../domain/changes';
import { newId } from '../domain/ids';
import {
  addPersona as addPersonaOp,
  addProfileItem as addProfileItemOp,
  forgetSegment,
  isSegment,
  segmentHasContent,
  linkToSegment,
  moveProfileItem as moveProfileItemOp,
  newPersona,
  newProfileItem,
  patchSegment,
  removePersona as removePersonaOp,
  removeProfileItem as removeProfileItemOp,
  setPricing,
  updatePersona as updatePersonaOp,
  updateProfileItem as updateProfileItemOp,
  type ProfileItemPatch,
  type SegmentPatch,
} from '../domain/segment-ops';
import type { Persona, PricingModel, ProfileList, Weights } from '../domain/segment.schema';
import { applyChangeSet, buildBlockIndex, type RecordsState } from './apply';
import { emitLocalChange, emitRemoteChange } from './change-feed';
import { EMPTY_HISTORY, pushHistory, type CanvasHistory } from './history';
import { segmentOperationalActions, type SegmentOperationalActions } from './segment-actions';
import { workshopActions, type WorkshopActions } from './workshop-actions';
import { forgetPairs } from '../domain/difference';

export interface StorageState {
  phase: 'loading' | 'ready';
  /**
   * 'memory' when IndexedDB cannot be used: edits live only in this tab. 'read-only' when a newer
   * Ninefold owns the data (a newer database, or a newer canvas from another tab): this tab
   * changes nothing until it is reloaded.
   */
  mode: 'indexeddb' | 'memory' | 'read-only';
  /** A plain-language problem with saving, shown in a banner; null when all is well. */
  problem: string | null;
  /**
   * Whether the browser promised to keep this site's data (navigator.storage.persist), asked
   * after the first edit: 'refused' means it may clear it when space runs low.
   */
  durable: 'unknown' | 'granted' | 'refused';
}

export interface CanvasSummary {
  canvas: Canvas;
  lastEditedAt: number;
  noteCount: number;
}

/** Records written by another tab (or read back from IndexedDB); newer ones replace ours. */
export interface RemoteRecords {
  canvases?: Canvas[];
  notes?: Note[];
  removedNotes?: { id: string; deletedAt: number }[];
}

/**
 * For a record with edits in this tab not yet saved, what they started from (null: created here);
 * undefined for one with none. Persistence knows (persistence/batch.ts).
 */
/** Records another tab wrote that were merged into this tab's unsaved edits, and the result. */
export interface Absorbed {
  canvases: { theirs: Canvas; shown: Canvas }[];
  notes: { theirs: Note; shown: Note }[];
}

export interface UnsavedBases {
  canvas: (id: string) => Canvas | null | undefined;
  note: (id: string) => Note | null | undefined;
}

interface CommitOptions {
  /** The canvas whose undo history records this change; none for app-level changes. */
  undoCanvasId?: string;
  label?: string;
  coalesceKey?: string | null;
}

export interface Actions extends SegmentOperationalActions, WorkshopActions {
  setStorage: (patch: Partial<StorageState>) => void;
  hydrateCanvases: (summaries: CanvasSummary[]) => void;
  hydrateCanvasDoc: (doc: CanvasDoc) => void;
  /** How many of a canvas's stored notes could not be read when it was last loaded. */
  setUnreadableNotes: (canvasId: string, count: number) => void;
  /**
   * Shows records written elsewhere (another tab, or this tab's write merged with one): newer
   * ones win, and this tab's unsaved edits of a record are merged with theirs, both kept.
   */
  applyRemote: (records: RemoteRecords, unsaved?: UnsavedBases) => Absorbed;

  createCanvas: (name?: string) => string;
  addCanvasDoc: (doc: CanvasDoc) => string;
  /** Renames a canvas; `coalesceKey` makes one typing session in its name a single undo step. */
  renameCanvas: (canvasId: string, name: string, coalesceKey?: string) => void;
  trashCanvas: (canvasId: string) => void;
  restoreCanvas: (canvasId: string) => void;

  addNote: (
    canvasId: string,
    block: BlockId,
    options?: {
      text?: string;
      colour?: NoteColour;
      index?: number;
      coalesceKey?: string;
      /** Segments the new note serves (e.g. added from the coverage matrix). */
      segmentIds?: string[];
    },
  ) => string;
  /** Live text while typing; `coalesceKey` makes one typing session a single undo step. */
  setNoteText: (noteId: string, text: string, coalesceKey?: string) => { cut: boolean };
  /** Ends a typing session: a note left empty is removed (an added-then-abandoned note leaves no trace). */
  finishNoteEdit: (noteId: string, coalesceKey?: string) => void;
  recolourNote: (noteId: string, colour: NoteColour) => void;
  /** Returns how many other notes were unlinked from it (a segment moved out of its block). */
  moveNote: (noteId: string, toBlock: BlockId, index: number) => number;
  /** Returns how many other notes were unlinked from it (a segment deleted). */
  deleteNote: (noteId: string, coalesceKey?: string) => number;

  // Segments (notes in Customer Segments). Text edits take a coalesceKey, like note text.
  updateSegment: (noteId: string, patch: SegmentPatch, coalesceKey?: string) => void;
  addProfileItem: (noteId: string, list: ProfileList, text?: string) => string | null;
  updateProfileItem: (
    noteId: string,
    list: ProfileList,
    itemId: string,
    patch: ProfileItemPatch,
    coalesceKey?: string,
  ) => void;
  removeProfileItem: (noteId: string, list: ProfileList, itemId: string) => void;
  moveProfileItem: (noteId: string, list: ProfileList, itemId: string, toIndex: number) => void;
  addPersona: (noteId: string) => string | null;
  updatePersona: (
    noteId: string,
    personaId: string,
    patch: Partial<Omit<Persona, 'id'>>,
    coalesceKey?: string,
  ) => void;
  removePersona: (noteId: string, personaId: string) => void;
  /** Links (or unlinks) a note in another block to a segment it serves. */
  linkNoteToSegment: (noteId: string, segmentId: string, linked: boolean) => void;
  setNotePricing: (noteId: string, pricing: PricingModel | null) => void;
  setSegmentWeights: (canvasId: string, weights: Partial<Weights>) => void;

  /** Brings back a note deleted elsewhere (as it was here), as a new, undoable change. */
  restoreNote: (note: Note) => void;

  undo: (canvasId: string) => boolean;
  redo: (canvasId: string) => boolean;
}

export interface NinefoldState extends RecordsState {
  storage: StorageState;
  /**
   * Per canvas, stored notes that did not validate when it was loaded: left out of the canvas and
   * left in storage (see persistence/rows.ts); the canvas says so.
   */
  unreadableNotes: Record<string, number>;
  history: Record<string, CanvasHistory>;
  actions: Actions;
}

const initialRecords = (): RecordsState => ({
  canvases: {},
  notes: {},
  notesVersion: 0,
  blockIndex: {},
  noteCounts: {},
  lastEdited: {},
});

/** Told when a change is refused because the tab is read-only (the UI says so). */
let onRefusedInReadOnly: (() => void) | null = null;
export function whenRefusedInReadOnly(listener: (() => void) | null): void {
  onRefusedInReadOnly = listener;
}

export const initialStorage: StorageState = {
  phase: 'loading',
  mode: 'indexeddb',
  problem: null,
  durable: 'unknown',
};

const store = createStore<NinefoldState>()((set, get) => {
  const now = () => Date.now();

  function commit(
    cs: ChangeSet,
    options: CommitOptions = {},
    origin: 'local' | 'remote' = 'local',
  ) {
    if (isEmptyChangeSet(cs)) return;
    // A read-only tab writes nothing: no old-shaped data over a newer Ninefold's.
    if (origin === 'local' && get().storage.mode === 'read-only') {
      onRefusedInReadOnly?.();
      return;
    }
    set((state) => {
      const records = applyChangeSet(state, cs);
      const { undoCanvasId } = options;
      if (origin === 'remote' || !undoCanvasId) return records;
      const history = pushHistory(state.history[undoCanvasId] ?? EMPTY_HISTORY, {
        label: options.label ?? 'Edit',
        changes: cs,
        coalesceKey: options.coalesceKey ?? null,
      });
      return { ...records, history: { ...state.history, [undoCanvasId]: history } };
    });
    if (origin === 'local') emitLocalChange(cs);
    else emitRemoteChange(cs);
  }

  /** A change that brings every record in `entry` to its `side` value, stamped now. */
  function restoreSide(changes: ChangeSet, side: 'before' | 'after'): ChangeSet {
    const state = get();
    const cs = emptyChangeSet();
    const t = now();
    // A record brought back must be newer than its deletion, even within the same millisecond.
    const restamp = <T extends { updatedAt: number }>(target: T | null, current: T | null) =>
      target && {
        ...target,
        updatedAt: current
          ? nextTimestamp(current.updatedAt, t)
          : Math.max(t + 1, target.updatedAt + 2),
      };
    // Only what the entry changed is stepped back (or forward): newer edits to other fields of
    // the same record, from another tab say, stay. A record deleted or created meanwhile is
    // restored whole.
    const target = <T>(c: { before: T | null; after: T | null }, current: T | null): T | null => {
      const from = side === 'before' ? c.after : c.before;
      const to = c[side];
      return current && from && to ? rebaseChange(current, from, to) : to;
    };
    for (const [id, c] of Object.entries(changes.canvases)) {
      const current = state.canvases[id] ?? null;
      const next = restamp(target(c, current), current);
      if (current || next) changeCanvas(cs, current, next);
    }
    for (const [id, c] of Object.entries(changes.notes)) {
      const current = state.notes[id] ?? null;
      const next = restamp(target(c, current), current);
      if (current || next) changeNote(cs, current, next);
    }
    return cs;
  }

  function travel(canvasId: string, direction: 'undo' | 'redo'): boolean {
    const history = get().history[canvasId];
    const stack = direction === 'undo' ? history?.undo : history?.redo;
    const entry = stack?.[stack.length - 1];
    if (!history || !entry) return false;
    if (get().storage.mode === 'read-only') {
      onRefusedInReadOnly?.();
      return false;
    }
    const cs = restoreSide(entry.changes, direction === 'undo' ? 'before' : 'after');
    set((state) => {
      const records = applyChangeSet(state, cs);
      const next: CanvasHistory =
        direction === 'undo'
          ? { undo: history.undo.slice(0, -1), redo: [...history.redo, entry] }
          : { undo: [...history.undo, entry], redo: history.redo.slice(0, -1) };
      return { ...records, history: { ...state.history, [canvasId]: next } };
    });
    if (!isEmptyChangeSet(cs)) emitLocalChange(cs);
    return true;
  }

  function blockNotes(canvasId: string, block: BlockId, excludeId?: string): Note[] {
    const state = get();
    const ids = state.blockIndex[canvasId]?.[block] ?? [];
    const notes: Note[] = [];
    for (const id of ids) if (id !== excludeId) notes.push(state.notes[id]!);
    return notes;
  }

  function sameApartFromStamp(a: Note, b: Note): boolean {
    return JSON.stringify({ ...a, updatedAt: 0 }) === JSON.stringify({ ...b, updatedAt: 0 });
  }

  /** Commits one note's edit as an undo step; false when the note does not exist. */
  function editNote(
    noteId: string,
    edit: (note: Note, now: number) => Note,
    label: string,
    coalesceKey?: string,
  ): boolean {
    const note = get().notes[noteId];
    if (!note) return false;
    const next = edit(note, now());
    // An edit that changes nothing (the same choice picked again) is not an undo step.
    if (next !== note && !sameApartFromStamp(note, next)) {
      commit(changeNote(emptyChangeSet(), note, next), {
        undoCanvasId: note.canvasId,
        label,
        coalesceKey: coalesceKey ?? null,
      });
    }
    return true;
  }

  /**
   * Adds to `cs` the unlinking of every note of the segment's canvas from it. Returns how many
   * notes that unlinks.
   */
  function forgetEverywhere(cs: ChangeSet, segment: Note): number {
    const state = get();
    const canvasNotes: Note[] = [];
    for (const ids of Object.values(state.blockIndex[segment.canvasId] ?? {}))
      for (const id of ids) canvasNotes.push(state.notes[id]!);
    const unlinked = forgetSegment(canvasNotes, segment.id, now());
    for (const changed of unlinked) changeNote(cs, state.notes[changed.id]!, changed);
    // Its answers in the difference test go with it.
    const canvas = state.canvases[segment.canvasId];
    if (canvas?.differences.some((p) => p.a === segment.id || p.b === segment.id))
      changeCanvas(cs, canvas, {
        ...canvas,
        differences: forgetPairs(canvas.differences, segment.id),
        updatedAt: nextTimestamp(canvas.updatedAt, now()),
      });
    return unlinked.length;
  }

  function canvasNotesOf(canvasId: string): Note[] {
    const state = get();
    const notes: Note[] = [];
    for (const ids of Object.values(state.blockIndex[canvasId] ?? {}))
      for (const id of ids) notes.push(state.notes[id]!);
    return notes;
  }

  const actions: Actions = {
    ...segmentOperationalActions({
      notes: () => get().notes,
      canvases: () => get().canvases,
      canvasNotes: canvasNotesOf,
      editNote,
      commit: (cs, options) => commit(cs, options),
      now,
    }),

    ...workshopActions({
      canvases: () => get().canvases,
      commit: (cs, options) => commit(cs, options),
      now,
    }),

    setStorage: (patch) => set((s) => ({ storage: { ...s.storage, ...patch } })),

    setUnreadableNotes: (canvasId, count) =>
      set((s) =>
        (s.unreadableNotes[canvasId] ?? 0) === count
          ? s
          : { unreadableNotes: { ...s.unreadableNotes, [canvasId]: count } },
      ),

    hydrateCanvases: (summaries) =>
      set((state) => {
        const canvases = { ...state.canvases };
        const noteCounts = { ...state.noteCounts };
        const lastEdited = { ...state.lastEdited };
        for (const { canvas, lastEditedAt, noteCount } of summaries) {
          const mine = canvases[canvas.id];
          if (!mine || mine.updatedAt <= canvas.updatedAt) canvases[canvas.id] = canvas;
          // A loaded canvas counts its own notes; the summary would be stale.
          if (!state.blockIndex[canvas.id]) noteCounts[canvas.id] = noteCount;
          lastEdited[canvas.id] = Math.max(lastEdited[canvas.id] ?? 0, lastEditedAt);
        }
        return { canvases, noteCounts, lastEdited };
      }),

    hydrateCanvasDoc: ({ canvas, notes }) =>
      set((state) => {
        const merged = state.notes; // updated in place: see RecordsState
        for (const n of notes) {
          const mine = merged[n.id];
          if (!mine || mine.updatedAt <= n.updatedAt) merged[n.id] = n;
        }
        const canvasNotes = Object.values(merged).filter((n) => n.canvasId === canvas.id);
        const mine = state.canvases[canvas.id];
        return {
          canvases: {
            ...state.canvases,
            [canvas.id]: mine && mine.updatedAt > canvas.updatedAt ? mine : canvas,
          },
          notes: merged,
          notesVersion: state.notesVersion + 1,
          blockIndex: { ...state.blockIndex, [canvas.id]: buildBlockIndex(canvasNotes) },
          noteCounts: { ...state.noteCounts, [canvas.id]: canvasNotes.length },
        };
      }),

    applyRemote: ({ canvases = [], notes = [], removedNotes = [] }, unsaved) => {
      const state = get();
      const cs = emptyChangeSet();
      const absorbed: Absorbed = { canvases: [], notes: [] };
      // Merged into unsaved edits: persistence then counts theirs as what those edits start from.
      for (const c of canvases) {
        const mine = state.canvases[c.id] ?? null;
        const base = unsaved?.canvas(c.id);
        const shown = incomingVersion(mine, c, base);
        if (shown) changeCanvas(cs, mine, shown);
        if (mergesIntoUnsaved(mine, c, base))
          absorbed.canvases.push({ theirs: c, shown: shown ?? mine! });
      }
      for (const n of notes) {
        // Kept even for canvases not open here: a canvas being opened right now merges them in.
        const mine = state.notes[n.id] ?? null;
        const base = unsaved?.note(n.id);
        const shown = incomingVersion(mine, n, base);
        if (shown) changeNote(cs, mine, shown);
        if (mergesIntoUnsaved(mine, n, base))
          absorbed.notes.push({ theirs: n, shown: shown ?? mine! });
      }
      for (const r of removedNotes) {
        const mine = state.notes[r.id];
        if (mine && mine.updatedAt <= r.deletedAt) changeNote(cs, mine, null);
      }
      commit(cs, {}, 'remote');
      return absorbed;
    },

    createCanvas: (name) => {
      const canvas = createCanvasOp({ id: newId('canvas'), name, now: now() });
      set((s) => ({ blockIndex: { ...s.blockIndex, [canvas.id]: {} } }));
      commit(changeCanvas(emptyChangeSet(), null, canvas));
      return canvas.id;
    },

    addCanvasDoc: ({ canvas, notes }) => {
      set((s) => ({ blockIndex: { ...s.blockIndex, [canvas.id]: {} } }));
      const cs = changeCanvas(emptyChangeSet(), null, canvas);
      for (const n of notes) changeNote(cs, null, n);
      commit(cs);
      return canvas.id;
    },

    renameCanvas: (canvasId, name, coalesceKey) => {
      const canvas = get().canvases[canvasId];
      if (!canvas) return;
      const renamed = renameCanvasOp(canvas, name, now());
      if (renamed.name === canvas.name) return;
      commit(changeCanvas(emptyChangeSet(), canvas, renamed), {
        undoCanvasId: canvasId,
        label: 'Rename canvas',
        coalesceKey: coalesceKey ?? null,
      });
    },

    trashCanvas: (canvasId) => {
      const canvas = get().canvases[canvasId];
      if (!canvas || canvas.trashedAt !== null) return;
      commit(changeCanvas(emptyChangeSet(), canvas, trashCanvasOp(canvas, now())));
    },

    restoreCanvas: (canvasId) => {
      const canvas = get().canvases[canvasId];
      if (!canvas || canvas.trashedAt === null) return;
      commit(changeCanvas(emptyChangeSet(), canvas, restoreCanvasOp(canvas, now())));
    },

    addNote: (canvasId, block, options = {}) => {
      const note = addNoteOp(blockNotes(canvasId, block), {
        id: newId('note'),
        canvasId,
        block,
        text: options.text,
        colour: options.colour,
        index: options.index,
        now: now(),
      });
      if (options.segmentIds?.length) note.segmentIds = [...options.segmentIds];
      commit(changeNote(emptyChangeSet(), null, note), {
        undoCanvasId: canvasId,
        label: 'Add note',
        coalesceKey: options.coalesceKey ?? null,
      });
      return note.id;
    },

    setNoteText: (noteId, text, coalesceKey) => {
      const note = get().notes[noteId];
      if (!note) return { cut: false };
      const edited = editNoteText(note, text, now());
      if (edited.note.text !== note.text) {
        commit(changeNote(emptyChangeSet(), note, edited.note), {
          undoCanvasId: note.canvasId,
          label: 'Edit note',
          coalesceKey: coalesceKey ?? null,
        });
      }
      return { cut: edited.cut };
    },

    finishNoteEdit: (noteId, coalesceKey) => {
      const note = get().notes[noteId];
      if (!note || note.text.trim() !== '') return;
      // A segment with a profile or links is kept, unnamed: emptying its name is not deleting it.
      if (isSegment(note) && segmentHasContent(note, Object.values(get().notes))) return;
      actions.deleteNote(noteId, coalesceKey);
    },

    recolourNote: (noteId, colour) => {
      const note = get().notes[noteId];
      if (!note || note.colour === colour) return;
      commit(changeNote(emptyChangeSet(), note, recolourNoteOp(note, colour, now())), {
        undoCanvasId: note.canvasId,
        label: 'Recolour note',
      });
    },

    moveNote: (noteId, toBlock, index) => {
      const note = get().notes[noteId];
      if (!note) return 0;
      const target = blockNotes(note.canvasId, toBlock, noteId);
      const currentIndex =
        note.block === toBlock
          ? blockNotes(note.canvasId, toBlock).findIndex((n) => n.id === noteId)
          : -1;
      if (currentIndex === index) return 0;
      const moved = moveNoteOp(note, toBlock, target, index, now());
      const cs = changeNote(emptyChangeSet(), note, moved);
      // A segment moved out of Customer Segments is no longer one: nothing links to it any more.
      const unlinked = isSegment(note) && !isSegment(moved) ? forgetEverywhere(cs, note) : 0;
      commit(cs, { undoCanvasId: note.canvasId, label: 'Move note' });
      return unlinked;
    },

    deleteNote: (noteId, coalesceKey) => {
      const note = get().notes[noteId];
      if (!note) return 0;
      const cs = changeNote(emptyChangeSet(), note, null);
      const unlinked = isSegment(note) ? forgetEverywhere(cs, note) : 0;
      commit(cs, {
        undoCanvasId: note.canvasId,
        label: isSegment(note) ? 'Delete segment' : 'Delete note',
        coalesceKey: coalesceKey ?? null,
      });
      return unlinked;
    },

    updateSegment: (noteId, patch, coalesceKey) =>
      editNote(noteId, (note, t) => patchSegment(note, patch, t), 'Edit segment', coalesceKey),

    addProfileItem: (noteId, list, text = '') => {
      const id = newId('item');
      const added = editNote(
        noteId,
        (note, t) => addProfileItemOp(note, list, newProfileItem(list, id, text), t),
        'Add to profile',
      );
      return added ? id : null;
    },

    updateProfileItem: (noteId, list, itemId, patch, coalesceKey) =>
      editNote(
        noteId,
        (note, t) => updateProfileItemOp(note, list, itemId, patch, t),
        'Edit profile',
        coalesceKey,
      ),

    removeProfileItem: (noteId, list, itemId) =>
      editNote(
        noteId,
        (note, t) => removeProfileItemOp(note, list, itemId, t),
        'Remove from profile',
      ),

    moveProfileItem: (noteId, list, itemId, toIndex) =>
      editNote(
        noteId,
        (note, t) => moveProfileItemOp(note, list, itemId, toIndex, t),
        'Rank profile',
      ),

    addPersona: (noteId) => {
      const id = newId('persona');
      const added = editNote(
        noteId,
        (note, t) => addPersonaOp(note, newPersona(id), t),
        'Add persona',
      );
      return added ? id : null;
    },

    updatePersona: (noteId, personaId, patch, coalesceKey) =>
      editNote(
        noteId,
        (note, t) => updatePersonaOp(note, personaId, patch, t),
        'Edit persona',
        coalesceKey,
      ),

    removePersona: (noteId, personaId) =>
      editNote(noteId, (note, t) => removePersonaOp(note, personaId, t), 'Remove persona'),

    linkNoteToSegment: (noteId, segmentId, linked) =>
      editNote(
        noteId,
        (note, t) => linkToSegment(note, segmentId, linked, t),
        linked ? 'Link to segment' : 'Unlink from segment',
      ),

    setNotePricing: (noteId, pricing) =>
      editNote(
        noteId,
        (note, t) => ((note.pricing ?? null) === pricing ? note : setPricing(note, pricing, t)),
        'Set pricing model',
      ),

    setSegmentWeights: (canvasId, weights) => {
      const canvas = get().canvases[canvasId];
      if (!canvas) return;
      const next = { ...canvas.weights, ...weights };
      if (Object.entries(next).every(([k, v]) => canvas.weights[k as keyof Weights] === v)) return;
      commit(
        changeCanvas(emptyChangeSet(), canvas, {
          ...canvas,
          weights: next,
          updatedAt: nextTimestamp(canvas.updatedAt, now()),
        }),
        { undoCanvasId: canvasId, label: 'Change weights' },
      );
    },

    restoreNote: (note) => {
      if (get().notes[note.id] || !(note.canvasId in get().blockIndex)) return;
      // Newer than the deletion, so that it wins everywhere (last writer wins).
      const restored = { ...note, updatedAt: Math.max(now(), note.updatedAt + 1) };
      commit(changeNote(emptyChangeSet(), null, restored), {
        undoCanvasId: note.canvasId,
        label: 'Restore note',
      });
    },

    undo: (canvasId) => travel(canvasId, 'undo'),
    redo: (canvasId) => travel(canvasId, 'redo'),
  };

  return {
    ...initialRecords(),
    storage: initialStorage,
    unreadableNotes: {},
    history: {},
    actions,
  };
});

/**
 * The store's hook, as zustand's `create` makes it but for one thing: while React hydrates the
 * first paint (app/first-paint.ts, drawn from the canvas as loaded), it reads the store as it is.
 * zustand's own hook would read the store's initial, empty state then, as for a page rendered on
 * a server, and the first render would not match the drawing.
 */
function useNinefoldStore<T = NinefoldState>(
  selector: (state: NinefoldState) => T = (state) => state as T,
): T {
  const snapshot = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}
export const useNinefold: UseBoundStore<StoreApi<NinefoldState>> = Object.assign(
  useNinefoldStore,
  store,
);

/** Back to an empty store (tests, and nothing else). */
export function resetStore(): void {
  useNinefold.setState({
    ...initialRecords(),
    storage: initialStorage,
    unreadableNotes: {},
    history: {},
  });
}

// The exit journal: what a page had not yet written when it went away, kept in localStorage.
//
// IndexedDB is asynchronous, and a transaction that is still waiting when a page unloads may never
// run (measured here: about one reload in twenty lost the last edit). localStorage writes are
// synchronous, so on `pagehide` the unsaved records go there, and the next page of this origin
// (or another open tab, told by a `storage` event) writes them into IndexedDB through the same
// last-writer-wins checks as every other write.
import * as z from 'zod/mini';
import { CanvasSchema, NoteSchema } from '../domain/canvas.schema';
import { upgradeCanvasRow } from './rows';
// Types only: this module stays free of Dexie, so the first paint can ask whether a journal waits.
import type { PendingWrites, WriteOutcome } from './canvas-repo';

import {
  hasExitJournals,
  journalKeys,
  journalStorage as storage,
  JOURNAL_PREFIX,
} from './exit-journal-keys';

export { hasExitJournals, JOURNAL_PREFIX };

type Journal = { canvases: unknown[]; bases?: { canvases?: Record<string, unknown> } };

// Built on first use: most pages never find a journal.
let journalSchema: ReturnType<typeof buildJournalSchema> | null = null;
function buildJournalSchema() {
  return z.object({
    canvases: z.array(CanvasSchema),
    notes: z.array(NoteSchema),
    removedNotes: z.array(
      z.object({ id: z.string(), canvasId: z.string(), deletedAt: z.int().check(z.nonnegative()) }),
    ),
    // What each record's unsaved edits started from: replayed, they merge with what another tab
    // wrote since rather than lose to it (or overwrite it) whole. Absent in older journals.
    bases: z.optional(
      z.object({
        canvases: z.record(z.string(), z.nullable(CanvasSchema)),
        notes: z.record(z.string(), z.nullable(NoteSchema)),
      }),
    ),
  });
}

/** Saves a page's unsaved records synchronously. False when it could not (full, or blocked). */
export function writeExitJournal(pageId: string, writes: PendingWrites): boolean {
  const store = storage();
  if (!store) return false;
  try {
    const { canvases, notes, removedNotes, bases } = writes;
    const journal = {
      canvases,
      notes,
      removedNotes,
      bases: bases && {
        canvases: Object.fromEntries(bases.canvases),
        notes: Object.fromEntries(bases.notes),
      },
    };
    store.setItem(JOURNAL_PREFIX + pageId, JSON.stringify(journal));
    return true;
  } catch {
    return false;
  }
}

export function clearExitJournal(pageId: string): void {
  storage()?.removeItem(JOURNAL_PREFIX + pageId);
}

/**
 * Writes every journal found into the database through `write` (last writer wins: see
 * canvas-repo's writeRecords), then removes it.
 */
export async function replayExitJournals(
  write: (writes: PendingWrites) => Promise<WriteOutcome>,
): Promise<WriteOutcome[]> {
  const store = storage();
  if (!store) return [];
  const keys = journalKeys(store);
  const outcomes: WriteOutcome[] = [];
  for (const key of keys) {
    const raw = store.getItem(key);
    let parsed: unknown = null;
    try {
      parsed = raw === null ? null : JSON.parse(raw);
    } catch {
      parsed = null;
    }
    // A journal written by an older build holds canvas rows of an older shape: upgrade them.
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      Array.isArray((parsed as Journal).canvases)
    ) {
      const old = parsed as Journal;
      old.canvases = old.canvases.map(upgradeCanvasRow);
      const bases = old.bases?.canvases;
      if (bases && typeof bases === 'object')
        for (const id of Object.keys(bases))
          if (bases[id] !== null) bases[id] = upgradeCanvasRow(bases[id]);
    }
    const journal = (journalSchema ??= buildJournalSchema()).safeParse(parsed);
    if (journal.success) {
      const { bases, ...records } = journal.data;
      outcomes.push(
        await write({
          ...records,
          bases: bases && {
            canvases: new Map(Object.entries(bases.canvases)),
            notes: new Map(Object.entries(bases.notes)),
          },
        }),
      );
    }
    // Written (or unreadable, and so of no use): either way it must not be replayed again.
    store.removeItem(key);
  }
  return outcomes;
}

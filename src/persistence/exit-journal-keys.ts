// Where exit journals (exit-journal.ts) are kept, and whether one waits: free of zod, so that the
// first paint (app/first-paint.ts) can ask before the app's code has loaded.

export const JOURNAL_PREFIX = 'ninefold:unsaved:';

export function journalStorage(): Storage | null {
  try {
    // The only sanctioned use of localStorage: the exit journals (exit-journal.ts).
    // eslint-disable-next-line no-restricted-globals
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // blocked by the browser's settings
  }
}

export function journalKeys(store: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(JOURNAL_PREFIX)) keys.push(key);
  }
  return keys;
}

/** Whether a page left unsaved records behind (they must be written before anything is read). */
export function hasExitJournals(): boolean {
  const store = journalStorage();
  return store !== null && journalKeys(store).length > 0;
}

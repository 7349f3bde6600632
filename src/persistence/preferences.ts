// Small preferences of this browser (the presentation theme, say). They are settings of the
// device, not data of a canvas, and must be there synchronously on the first render: so they live
// in localStorage, next to the exit journal, and nowhere else. Reading never throws: a blocked
// storage gives the default.
const PREFIX = 'ninefold:pref:';

function storage(): Storage | null {
  try {
    // The second sanctioned use of localStorage (see the file comment and exit-journal.ts).
    // eslint-disable-next-line no-restricted-globals
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readPreference(key: string): string | null {
  try {
    return storage()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

export function writePreference(key: string, value: string): void {
  try {
    storage()?.setItem(PREFIX + key, value);
  } catch {
    // Not remembered, but still used in this tab.
  }
}

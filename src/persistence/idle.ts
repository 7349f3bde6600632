// Work that can wait for a quiet moment: when the page is idle, and within `timeout` at most
// (where the browser cannot say when it is idle, after `fallbackDelay`). Returns a cancel.
export function whenIdle(
  run: () => void,
  { timeout = 1000, fallbackDelay = 0 }: { timeout?: number; fallbackDelay?: number } = {},
): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, fallbackDelay);
  return () => clearTimeout(timer);
}

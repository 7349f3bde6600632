// Work that must not hold up a frame: run in a task after the next frame has been painted.

/**
 * Calls `fn` in a task after the next frame has been painted (or within a second in a hidden tab,
 * which paints nothing). The task is a posted message, as a paint probe's would be: posted from
 * the frame's own animation callbacks, it runs after the frame, behind anything queued before it.
 * Returns a function that cancels the call.
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (cancelled) return;
    cancelled = true;
    clearTimeout(fallback);
    cancelAnimationFrame(frame);
    fn();
  };
  const frame = requestAnimationFrame(() => {
    clearTimeout(fallback);
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    channel.port2.postMessage(null);
  });
  // A tab opened in the background paints nothing; its timers still run (slowly).
  const fallback = setTimeout(run, 1000);
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

// Where the keyboard focus is, for code that moves it after a change: only when it has been lost.

/**
 * Whether the keyboard focus has been lost: on the page's body (its element was removed, or
 * disabled) or nowhere. Code that puts the focus somewhere after a change asks this first, so
 * that where the person put it on purpose wins.
 */
export function focusIsLost(): boolean {
  const focused = document.activeElement;
  return !focused || focused === document.body || !focused.isConnected;
}

/**
 * In the next frame, once React has shown a change (an entry added, a row removed, a dialog
 * closed), puts the focus on what `target` finds then. With `ifLost`, only when the focus has
 * been lost meanwhile: where the person put it on purpose wins.
 */
export function focusNextFrame(
  target: () => HTMLElement | null | undefined,
  { ifLost = false }: { ifLost?: boolean } = {},
): void {
  requestAnimationFrame(() => {
    if (ifLost && !focusIsLost()) return;
    target()?.focus();
  });
}

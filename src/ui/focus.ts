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

/**
 * For a button that removes the list item it is in (a job, a piece of evidence, a persona): runs
 * `remove`, then, if the focus went with the item, puts it on the same button of the next item
 * (or the one before), found by the button's `data-removes`; when no item is left, on `fallback`,
 * or else the title of the section around it.
 */
export function removeKeepingFocus(
  button: HTMLElement,
  /** Removes the item; if it returns a promise, the focus moves once that has settled. */
  remove: () => unknown,
  fallback?: () => HTMLElement | null | undefined,
): void {
  const kind = button.dataset['removes'];
  const item = button.closest('li');
  const near = [item?.nextElementSibling, item?.previousElementSibling];
  const section = button.closest('section');
  const target = () => {
    for (const other of near) {
      if (!other?.isConnected || !kind) continue;
      const same = other.querySelector<HTMLElement>(`[data-removes="${kind}"]`);
      if (same) return same;
    }
    const title = section?.isConnected
      ? section.querySelector<HTMLElement>(':scope > h2, :scope > h3')
      : null;
    return fallback?.() ?? title;
  };
  const removing = remove();
  if (!(removing instanceof Promise)) focusNextFrame(target, { ifLost: true });
  else
    void removing.then(
      () => focusNextFrame(target, { ifLost: true }),
      () => {},
    );
}

/**
 * For an element a change may remove: finds, after the change, the nearest place around where it
 * was that takes the focus: a list or group with tabindex -1, else the title of a section,
 * panel or dialog. (The places are noted now, while the element is still in them.)
 */
export function placeAround(from: Element | null): () => HTMLElement | null {
  const around: Element[] = [];
  for (let el = from?.parentElement; el; el = el.parentElement)
    if (el.matches('[tabindex="-1"], section, aside, dialog')) around.push(el);
  return () => {
    for (const place of around) {
      if (!place.isConnected) continue;
      if (place.matches('[tabindex="-1"]')) return place as HTMLElement;
      const title = place.querySelector<HTMLElement>('h2[tabindex], h3[tabindex]');
      if (title) return title;
    }
    return null;
  };
}

/** The page's own landmark (`main`) takes the focus in the next frame, if it was lost. */
export function focusPage(): void {
  focusNextFrame(() => document.getElementById('main'), { ifLost: true });
}

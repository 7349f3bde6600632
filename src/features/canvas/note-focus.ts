// Where keyboard focus goes as notes come and go: a note's body, or its block's "Add note".

/** The focusable body of the note `noteId` under `root`. */
export function noteBody(root: ParentNode | null | undefined, noteId: string): HTMLElement | null {
  return (
    root?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"] [role="button"]`) ??
    null
  );
}

/** The "Add note" button of the block that holds `element`. */
export function addNoteButton(element: Element | null | undefined): HTMLElement | null {
  return element?.closest('.block')?.querySelector<HTMLElement>('[data-add-note]') ?? null;
}

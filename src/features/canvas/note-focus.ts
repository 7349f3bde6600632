// Where keyboard focus goes as notes come and go: a note's body, or its block's "Add note".

/** The list item of the note `noteId` under `root`. */
export function noteSlot(root: ParentNode | null | undefined, noteId: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(noteId)}"]`) ?? null;
}

/** The focusable body of the note `noteId` under `root` (none while it is being edited). */
export function noteBody(root: ParentNode | null | undefined, noteId: string): HTMLElement | null {
  return noteSlot(root, noteId)?.querySelector<HTMLElement>('[role="button"]') ?? null;
}

/** The "Add note" button of the block that holds `element`. */
export function addNoteButton(element: Element | null | undefined): HTMLElement | null {
  return element?.closest('.block')?.querySelector<HTMLElement>('[data-add-note]') ?? null;
}

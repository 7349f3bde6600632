// A note deleted in another tab while this tab is editing it: the editor closes, and the user is
// told, with a one-click restore of the note as it is here (the text typed so far included).
import { useEffect } from 'react';
import { onRemoteChange } from '../../store/change-feed';
import { useNinefold } from '../../store/index';
import { showToast } from '../../ui/toast-store';
import { useCanvasUi } from './canvas-ui-store';

export function useDeletedElsewhere(): void {
  useEffect(
    () =>
      onRemoteChange((cs) => {
        const editing = useCanvasUi.getState().editing;
        const change = editing && cs.notes[editing.noteId];
        if (!change || change.after !== null || !change.before) return;
        const lost = change.before;
        useCanvasUi.getState().stopEditing();
        const text = lost.text.trim() || 'A note';
        const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
        showToast({
          message: `“${shown}” was deleted in another tab while you were editing it.`,
          action: { label: 'Restore', run: () => useNinefold.getState().actions.restoreNote(lost) },
        });
      }),
    [],
  );
}

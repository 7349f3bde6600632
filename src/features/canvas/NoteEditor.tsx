// Inline note editing: every keystroke is saved; Esc restores the text from before; blur or Ctrl+Enter finish.
import { useRef, useState, type KeyboardEvent } from 'react';
import { NOTE_TEXT_MAX, type Note } from '../../domain/canvas.schema';
import { useActions } from '../../store/selectors';
import { formatCount } from '../../ui/format';
import { addNoteButton, noteBody } from './note-focus';
import { showToast } from '../../ui/toast-store';
import { useCanvasUi } from './canvas-ui-store';
import { focusNextFrame } from '../../ui/focus';
import { TextInput } from '../../ui/TextInput';

const COUNTER_FROM = NOTE_TEXT_MAX - 200;

export function NoteEditor({ note }: { note: Note }) {
  const actions = useActions();
  const sessionKey = useCanvasUi((s) => s.editing?.sessionKey);
  const stopEditing = useCanvasUi((s) => s.stopEditing);
  const original = useRef(note.text);
  const finished = useRef(false);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [cut, setCut] = useState(false);

  const finish = (cancel: boolean) => {
    if (finished.current) return;
    finished.current = true;
    if (cancel) actions.setNoteText(note.id, original.current, sessionKey);
    const finalText = cancel ? original.current : (textarea.current?.value ?? '');
    // Keyboard users keep their place: on the note once the editor closes, or, when the note is
    // about to disappear (left empty), on its block's "Add note".
    const block = textarea.current?.closest('.block');
    const stays = finalText.trim() !== '';
    focusNextFrame(() => (stays ? noteBody(block, note.id) : null) ?? addNoteButton(block), {
      ifLost: true, // not when the person clicked elsewhere
    });
    actions.finishNoteEdit(note.id, sessionKey);
    stopEditing();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      finish(true);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <div className="note__editor">
      <TextInput
        multiline
        ref={textarea}
        className="note__textarea"
        dir="auto"
        aria-label="Note text"
        aria-describedby={`note-hint-${note.id}`}
        value={note.text}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to edit this note
        autoFocus
        onFocus={(e) => {
          const end = e.currentTarget.value.length;
          e.currentTarget.setSelectionRange(end, end);
        }}
        onValueChange={(text) => {
          const result = actions.setNoteText(note.id, text, sessionKey);
          // The notice stays while the text is the one that was cut, not once it is edited down.
          if (result.cut !== cut) setCut(result.cut);
          if (result.cut && !cut) {
            showToast({
              message: `The text was cut to ${formatCount(NOTE_TEXT_MAX)} characters, the most a note can hold.`,
            });
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => finish(false)}
      />
      <p className="note__hint" id={`note-hint-${note.id}`}>
        {cut ? (
          <span className="note__notice" role="status">
            Cut to {formatCount(NOTE_TEXT_MAX)} characters.
          </span>
        ) : note.text.length >= COUNTER_FROM ? (
          `${formatCount(note.text.length)} / ${formatCount(NOTE_TEXT_MAX)}`
        ) : (
          'Ctrl+Enter to save, Esc to cancel'
        )}
      </p>
    </div>
  );
}

// One block of the canvas: title, icon, count, guidance questions, its notes and "Add note".
import { memo, useCallback, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { BLOCKS, type BlockId } from '../../domain/blocks';
import { newId } from '../../domain/ids';
import { useActions, useBlockNoteIds, useBlockNotes } from '../../store/selectors';
import { BlockIcon } from '../../ui/BlockIcon';
import { plural } from '../../ui/format';
import { useCanvasUi, useGuidanceOpen } from './canvas-ui-store';
import type { DragBinding } from './drag-registry';
import { NoteCard } from './NoteCard';

interface BlockPanelProps {
  canvasId: string;
  block: BlockId;
  /** While a drag aims at this block: the drop goes before the note at this index (or at the end). */
  dropInsertion?: number;
}

export const BlockPanel = memo(function BlockPanel({
  canvasId,
  block,
  dropInsertion,
}: BlockPanelProps) {
  const info = BLOCKS[block];
  const ids = useBlockNoteIds(canvasId, block);
  const actions = useActions();
  const startEditing = useCanvasUi((s) => s.startEditing);
  // One subscription per block, not one per note: only the notes whose flag changes re-render.
  const editingId = useCanvasUi((s) => s.editing?.noteId ?? null);
  const guidanceOpen = useGuidanceOpen(block);
  const toggleGuidance = useCanvasUi((s) => s.toggleGuidance);
  const titleId = `block-title-${block}`;
  const guidanceId = `block-guidance-${block}`;

  const addNote = () => {
    const sessionKey = newId('edit');
    const noteId = actions.addNote(canvasId, block, { coalesceKey: sessionKey });
    startEditing(noteId, sessionKey);
  };

  return (
    <section
      className="block"
      style={{ gridArea: info.area }}
      aria-labelledby={titleId}
      data-block={block}
      data-drop-target={dropInsertion !== undefined || undefined}
    >
      <header className="block__header">
        <BlockIcon block={block} />
        <h2 className="block__title" id={titleId}>
          {info.title}
        </h2>
        <span className="block__count" title={plural(ids.length, 'note')}>
          {ids.length}
          <span className="visually-hidden"> {ids.length === 1 ? 'note' : 'notes'}</span>
        </span>
        <button
          type="button"
          className="icon-button block__guidance-toggle"
          aria-expanded={guidanceOpen}
          aria-controls={guidanceId}
          aria-label={`Guidance for ${info.title}`}
          title={guidanceOpen ? 'Hide guidance questions' : 'Show guidance questions'}
          onClick={() => toggleGuidance(block)}
        >
          ?
        </button>
      </header>
      <div className="block__guidance" id={guidanceId} hidden={!guidanceOpen}>
        {guidanceOpen && (
          <>
            <p className="block__description">{info.description}</p>
            <ul className="block__questions">
              {info.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <BlockNotes
        canvasId={canvasId}
        block={block}
        editingId={editingId}
        dropInsertion={dropInsertion}
      />
      <button
        type="button"
        className="button button--quiet block__add"
        aria-label={`Add note to ${info.title}`}
        data-add-note={block}
        onClick={addNote}
      >
        + Add note
      </button>
    </section>
  );
});

interface BlockNotesProps {
  canvasId: string;
  block: BlockId;
  editingId: string | null;
  dropInsertion: number | undefined;
}

type Bindings = Readonly<Record<string, DragBinding>>;

/** The id of the note of `list` that holds `target`, if any. */
function noteIn(list: HTMLUListElement | null, target: EventTarget | null): string | null {
  if (!list || !(target instanceof Element)) return null;
  const slot = target.closest<HTMLElement>('[data-note-id]');
  return slot?.parentElement === list ? (slot.dataset.noteId ?? null) : null;
}

/**
 * A block's list of notes. It holds the block's one subscription to its notes (a card has none
 * of its own): typing in a note re-renders this list and that note's card, not the other cards,
 * which keep their props, nor the block's header.
 *
 * It also knows which of its notes are armed (see NoteCard): the one under the pointer, the one
 * with focus in it and the one being dragged, from events on the list itself, and keeps the drag
 * bindings the drag layer hands them.
 */
const BlockNotes = memo(function BlockNotes({
  canvasId,
  block,
  editingId,
  dropInsertion,
}: BlockNotesProps) {
  const notes = useBlockNotes(canvasId, block);
  const list = useRef<HTMLUListElement>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [bindings, setBindings] = useState<Bindings>({});
  const onBind = useCallback(
    (noteId: string, binding: DragBinding | null) =>
      setBindings((current) => {
        if (binding) return { ...current, [noteId]: binding };
        if (!(noteId in current)) return current;
        const rest = { ...current };
        delete rest[noteId];
        return rest;
      }),
    [],
  );
  // A note that leaves the list (deleted, moved away) takes its hover and focus with it: no
  // pointerout or blur arrives when a node is removed, and undo must not bring it back armed.
  const inList = (id: string | null) => id !== null && notes.some((n) => n.id === id);
  if (hoveredId !== null && !inList(hoveredId)) setHoveredId(null);
  if (focusedId !== null && !inList(focusedId)) setFocusedId(null);
  const isArmed = (id: string) =>
    id === hoveredId || id === focusedId || (bindings[id]?.isDragging ?? false);

  return (
    <ul
      ref={list}
      className="block__notes"
      aria-label={`${BLOCKS[block].title} notes`}
      // The drag layer registers this list as the block's drop zone.
      data-drop-zone={block}
      onPointerOver={(e) => setHoveredId(noteIn(list.current, e.target))}
      onPointerLeave={() => setHoveredId(null)}
      // The mouse and touch sensors start on mousedown / touchstart, which follow pointerdown:
      // arming here, synchronously, guarantees the listeners are in place for them.
      onPointerDownCapture={(e) => {
        const id = noteIn(list.current, e.target);
        if (id && !isArmed(id)) flushSync(() => setHoveredId(id));
      }}
      onFocus={(e) => setFocusedId(noteIn(list.current, e.target))}
      onBlur={(e) => {
        if (noteIn(list.current, e.relatedTarget) !== noteIn(list.current, e.target))
          setFocusedId(null);
      }}
    >
      {notes.map((note, i) => (
        <NoteCard
          key={note.id}
          note={note}
          canvasId={canvasId}
          editing={note.id === editingId}
          dropEdge={
            dropInsertion === i
              ? 'before'
              : dropInsertion === notes.length && i === notes.length - 1
                ? 'after'
                : undefined
          }
          armed={isArmed(note.id)}
          binding={bindings[note.id] ?? null}
          onBind={onBind}
          list={list}
        />
      ))}
    </ul>
  );
});

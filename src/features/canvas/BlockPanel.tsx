// One block of the canvas: title, icon, count, guidance questions, its notes and "Add note".
import { memo } from 'react';
import { BLOCKS, type BlockId } from '../../domain/blocks';
import { newId } from '../../domain/ids';
import { useActions, useBlockNoteIds } from '../../store/selectors';
import { BlockIcon } from '../../ui/BlockIcon';
import { plural } from '../../ui/format';
import { useCanvasUi, useGuidanceOpen } from './canvas-ui-store';
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
      <ul
        className="block__notes"
        aria-label={`${info.title} notes`}
        // The drag layer registers this list as the block's drop zone.
        data-drop-zone={block}
      >
        {ids.map((id, i) => (
          <NoteCard
            key={id}
            noteId={id}
            canvasId={canvasId}
            block={block}
            editing={id === editingId}
            dropEdge={
              dropInsertion === i
                ? 'before'
                : dropInsertion === ids.length && i === ids.length - 1
                  ? 'after'
                  : undefined
            }
          />
        ))}
      </ul>
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

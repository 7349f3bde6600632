// The canvas header: back to the list, the editable name, undo / redo and guidance.
import { useState } from 'react';
import { CANVAS_NAME_MAX, type Canvas } from '../../domain/canvas.schema';
import { newId } from '../../domain/ids';
import { useActions, useCanRedo, useCanUndo } from '../../store/selectors';
import { onLinkClick } from '../../ui/router';
import { TextInput } from '../../ui/TextInput';
import { useCanvasUi } from './canvas-ui-store';
import { commandByName } from './commands';

/**
 * The canvas's name, saved as it is typed (like a note): a reload, a closed tab or the Back button
 * mid-word keeps what was typed, and the tab's title follows. One stay in the field is one undo
 * step. Enter shows the name as saved (spaces tidied, or "Untitled canvas" for none); Escape puts
 * back the name it had when the field was entered. Either way the focus stays in the field.
 */
function CanvasNameField({ canvas }: { canvas: Canvas }) {
  const actions = useActions();
  // While the name is being typed: the text as typed, the name before, and the undo step's key.
  const [typing, setTyping] = useState<{ draft: string; before: string; key: string } | null>(null);
  const rename = (draft: string) => {
    const session = typing ?? { draft, before: canvas.name, key: newId('rename') };
    setTyping({ ...session, draft });
    actions.renameCanvas(canvas.id, draft, session.key);
  };
  return (
    <TextInput
      className="canvas-name"
      dir="auto"
      aria-label="Canvas name"
      value={typing?.draft ?? canvas.name}
      maxLength={CANVAS_NAME_MAX}
      onValueChange={rename}
      onBlur={() => setTyping(null)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') setTyping(null);
        if (e.key === 'Escape' && typing) {
          actions.renameCanvas(canvas.id, typing.before, typing.key);
          setTyping(null);
        }
      }}
    />
  );
}

export function CanvasHeader({ canvas, tools }: { canvas: Canvas; tools?: React.ReactNode }) {
  const canUndo = useCanUndo(canvas.id);
  const canRedo = useCanRedo(canvas.id);
  const showAll = useCanvasUi((s) => s.showAllGuidance);
  const toggleAll = useCanvasUi((s) => s.toggleAllGuidance);
  const ctx = { canvasId: canvas.id };
  const undo = commandByName('undo');
  const redo = commandByName('redo');

  return (
    <header className="canvas-header">
      <a className="canvas-header__back" href="/" onClick={(e) => onLinkClick(e, '/')}>
        <span aria-hidden="true">←</span> All canvases
      </a>
      <h1 className="canvas-header__title">
        <CanvasNameField key={canvas.id} canvas={canvas} />
      </h1>
      <div className="canvas-header__tools" role="toolbar" aria-label="Canvas tools">
        {/* aria-disabled, not disabled: pressing Undo until there is nothing left to undo must
            not drop the keyboard focus out of the toolbar (a disabled button loses it). */}
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={!canUndo}
          title={`${undo.label} (${undo.keys[0]})`}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={() => canUndo && undo.perform(ctx)}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={!canRedo}
          title={`${redo.label} (${redo.keys[0]})`}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          onClick={() => canRedo && redo.perform(ctx)}
        >
          Redo
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-pressed={showAll}
          title="Show or hide every block's guidance questions (G)"
          onClick={toggleAll}
        >
          Guidance
        </button>
      </div>
      {/* One group, so that on a narrower screen it moves under the name as a whole. */}
      {tools && <div className="canvas-header__more">{tools}</div>}
    </header>
  );
}

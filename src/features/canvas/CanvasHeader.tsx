// The canvas header: back to the list, the editable name, undo / redo and guidance.
import { useState } from 'react';
import { CANVAS_NAME_MAX, type Canvas } from '../../domain/canvas.schema';
import { useActions, useCanRedo, useCanUndo } from '../../store/selectors';
import { onLinkClick } from '../../ui/router';
import { useCanvasUi } from './canvas-ui-store';
import { commandByName } from './commands';

function CanvasNameField({ canvas }: { canvas: Canvas }) {
  const actions = useActions();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null) actions.renameCanvas(canvas.id, draft);
    setDraft(null);
  };
  return (
    <input
      className="canvas-name"
      aria-label="Canvas name"
      value={draft ?? canvas.name}
      maxLength={CANVAS_NAME_MAX}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(null);
          requestAnimationFrame(() => e.currentTarget?.blur());
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
        <button
          type="button"
          className="button button--quiet"
          disabled={!canUndo}
          title={`${undo.label} (${undo.keys[0]})`}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={() => undo.perform(ctx)}
        >
          Undo
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={!canRedo}
          title={`${redo.label} (${redo.keys[0]})`}
          aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
          onClick={() => redo.perform(ctx)}
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
      {tools}
    </header>
  );
}

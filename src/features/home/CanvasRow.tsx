import { memo } from 'react';
import type { CanvasListItem } from '../../store/selectors';
import { plural } from '../../ui/format';
import { RelativeTime } from '../../ui/RelativeTime';
import { canvasPath, onLinkClick } from '../../ui/router';

interface CanvasRowProps {
  item: CanvasListItem;
  onRename: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

export const CanvasRow = memo(function CanvasRow({
  item,
  onRename,
  onDuplicate,
  onDelete,
}: CanvasRowProps) {
  const { canvas, lastEditedAt, noteCount } = item;
  const path = canvasPath(canvas.id);
  return (
    <li className="canvas-row">
      <div className="canvas-row__main">
        <a
          className="canvas-row__name"
          dir="auto"
          href={path}
          onClick={(e) => onLinkClick(e, path)}
        >
          {canvas.name}
        </a>
        <span className="canvas-row__meta">
          Edited <RelativeTime at={lastEditedAt} /> · {plural(noteCount, 'note')}
        </span>
      </div>
      <div className="canvas-row__actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={onRename}
          aria-label={`Rename ${canvas.name}`}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={onDuplicate}
          aria-label={`Duplicate ${canvas.name}`}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="button button--quiet button--danger"
          onClick={onDelete}
          aria-label={`Delete ${canvas.name}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
});

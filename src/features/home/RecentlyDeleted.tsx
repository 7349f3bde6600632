// Home's "Recently deleted": canvases deleted in the last day, each with Restore, so that a
// delete whose Undo toast has gone (or was pushed out by later ones) can still be taken back.
import type { CanvasListItem } from '../../store/selectors';
import { plural } from '../../ui/format';
import { RelativeTime } from '../../ui/RelativeTime';

interface RecentlyDeletedProps {
  items: CanvasListItem[];
  onRestore: (canvasId: string, name: string) => void;
}

export function RecentlyDeleted({ items, onRestore }: RecentlyDeletedProps) {
  if (items.length === 0) return null;
  return (
    <details className="trash">
      <summary className="trash__summary">Recently deleted ({items.length})</summary>
      <p className="trash__lead">
        A deleted canvas stays here for a day, then is removed for good.
      </p>
      <ul className="canvas-list" aria-label="Recently deleted canvases">
        {items.map(({ canvas, noteCount }) => (
          <li key={canvas.id} className="canvas-row canvas-row--trashed">
            <div className="canvas-row__main">
              <span className="canvas-row__name" dir="auto">
                {canvas.name}
              </span>
              <span className="canvas-row__meta">
                Deleted <RelativeTime at={canvas.trashedAt!} /> · {plural(noteCount, 'note')}
              </span>
            </div>
            <div className="canvas-row__actions">
              <button
                type="button"
                className="button"
                onClick={() => onRestore(canvas.id, canvas.name)}
                aria-label={`Restore ${canvas.name}`}
              >
                Restore
              </button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

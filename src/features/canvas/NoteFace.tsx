// A note as it looks, without controls: used in the drag overlay.
import { memo } from 'react';
import { useNote } from '../../store/selectors';

export const NoteFace = memo(function NoteFace({
  noteId,
  overlay,
}: {
  noteId: string;
  overlay?: boolean;
}) {
  const note = useNote(noteId);
  if (!note) return null;
  return (
    <div className={`note note--${note.colour}${overlay ? ' note--overlay' : ''}`}>
      <div className="note__body">{note.text}</div>
    </div>
  );
});

// Six note colours in a small popover; each swatch is a named, pressable button.
import { useEffect, useRef, useState } from 'react';
import { NOTE_COLOUR_LABELS, NOTE_COLOURS, type NoteColour } from '../../domain/canvas.schema';

export function ColourPicker({
  colour,
  onChange,
}: {
  colour: NoteColour;
  onChange: (c: NoteColour) => void;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const closeOnEscape = (e: React.KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <div className="colour-picker" ref={root}>
      <button
        ref={trigger}
        type="button"
        className="icon-button"
        aria-label={`Colour: ${NOTE_COLOUR_LABELS[colour]}`}
        title="Change colour"
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={closeOnEscape}
      >
        <span className={`swatch swatch--${colour}`} aria-hidden="true" />
      </button>
      {open && (
        <div className="popover colour-picker__menu" role="group" aria-label="Note colour">
          {NOTE_COLOURS.map((c) => (
            <button
              key={c}
              type="button"
              className="colour-picker__option"
              aria-label={NOTE_COLOUR_LABELS[c]}
              aria-pressed={c === colour}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- focus the current colour when the menu opens
              autoFocus={c === colour}
              onKeyDown={closeOnEscape}
              onClick={() => {
                onChange(c);
                setOpen(false);
                trigger.current?.focus();
              }}
            >
              <span className={`swatch swatch--${c}`} aria-hidden="true" />
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

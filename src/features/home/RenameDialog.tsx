import { useId, useState } from 'react';
import { CANVAS_NAME_MAX, type Canvas } from '../../domain/canvas.schema';
import { Dialog } from '../../ui/Dialog';
import { TextInput } from '../../ui/TextInput';

interface RenameDialogProps {
  canvas: Canvas | undefined;
  onClose: () => void;
  onRename: (name: string) => void;
}

export function RenameDialog({ canvas, onClose, onRename }: RenameDialogProps) {
  return (
    <Dialog title="Rename canvas" open={canvas !== undefined} onClose={onClose}>
      {canvas && (
        <RenameForm key={canvas.id} initial={canvas.name} onCancel={onClose} onRename={onRename} />
      )}
    </Dialog>
  );
}

function RenameForm(props: {
  initial: string;
  onCancel: () => void;
  onRename: (name: string) => void;
}) {
  const [name, setName] = useState(props.initial);
  const fieldId = useId();
  return (
    <form
      className="dialog__form"
      onSubmit={(e) => {
        e.preventDefault();
        props.onRename(name);
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={fieldId}>
          Canvas name
        </label>
        <TextInput
          id={fieldId}
          className="field__input"
          value={name}
          maxLength={CANVAS_NAME_MAX}
          onValueChange={setName}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the dialog exists to type this name
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Save
        </button>
      </div>
    </form>
  );
}

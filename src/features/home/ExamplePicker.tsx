// "New from example": a dialog of example canvases, each with fully profiled customer segments.
// The examples (about 30 KB) load when the dialog opens, not with the home screen.
import { useEffect, useRef, useState } from 'react';
import type * as Examples from '../../domain/examples';
import { distinctName } from '../../domain/canvas-ops';
import { newId } from '../../domain/ids';
import { useActions } from '../../store/selectors';
import { Dialog } from '../../ui/Dialog';
import { LoadFailed } from '../../ui/LoadFailed';
import { canvasPath, navigate } from '../../ui/router';

type ExamplesModule = typeof Examples;

const now = () => Date.now();

export function ExamplePicker({
  open,
  onClose,
  takenNames,
}: {
  open: boolean;
  onClose: () => void;
  /** Names of the canvases here: an example started twice is told apart ("… (2)"). */
  takenNames: readonly string[];
}) {
  const actions = useActions();
  const [examples, setExamples] = useState<ExamplesModule | null>(null);
  const [failed, setFailed] = useState(false);

  // Fetches the examples' code while the dialog is open and neither loaded nor failed: clearing
  // `failed` ("Try again", or closing the dialog) fetches again (the browser retries a failed
  // dynamic import).
  useEffect(() => {
    if (!open || examples || failed) return;
    let live = true;
    import('../../domain/examples').then(
      (module) => live && setExamples(module),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, examples, failed]);

  const retry = () => setFailed(false);
  // While the examples load, Cancel is the dialog's only control and takes the focus: once they
  // are in, the first example takes it (Enter then picks it, rather than closing the dialog).
  const list = useRef<HTMLUListElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (examples && open && document.activeElement === cancel.current)
      list.current?.querySelector<HTMLElement>('button')?.focus();
  }, [examples, open]);

  // Opened again, it starts afresh: "Loading…", not the last time's failure.
  const close = () => {
    setFailed(false);
    onClose();
  };

  const create = (id: Parameters<ExamplesModule['buildExample']>[0]) => {
    if (!examples) return;
    const doc = examples.buildExample(id, {
      canvasId: newId('canvas'),
      newNoteId: () => newId('note'),
      now: now(),
    });
    const name = distinctName(doc.canvas.name, takenNames);
    onClose();
    navigate(canvasPath(actions.addCanvasDoc({ ...doc, canvas: { ...doc.canvas, name } })));
  };

  return (
    <Dialog title="Start from an example" open={open} onClose={close} wide>
      <p className="dialog__text">
        Each example is a complete canvas with fully worked customer segments: profiles, personas,
        scores, and the notes that serve each one. Change anything; it is your copy.
      </p>
      {/* The examples first: a failure reported earlier must not hide them once they are in. */}
      {!examples ? (
        failed ? (
          <LoadFailed what="The examples" retry={retry} />
        ) : (
          <p aria-busy="true">Loading examples…</p>
        )
      ) : (
        <ul className="example-list" ref={list}>
          {examples.EXAMPLES.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                className="example"
                aria-describedby={`example-${example.id}`}
                onClick={() => create(example.id)}
              >
                <span className="example__name">{example.name.replace(/^Example: /, '')}</span>
              </button>
              <p className="example__summary" id={`example-${example.id}`}>
                {example.summary}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={close} ref={cancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

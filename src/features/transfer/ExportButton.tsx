// "Export" in the canvas header: JSON, PDF, PNG, print and a share link, in one dialog.
import { useId, useState } from 'react';
import { Dialog } from '../../ui/Dialog';

const loadTransfer = () => import('./transfer');
const loadRender = () => import('./render');

type Paper = 'a4' | 'a3';

function PdfSection({ canvasId }: { canvasId: string }) {
  const name = useId();
  const [paper, setPaper] = useState<Paper>('a4');
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const run = async () => {
    setNotice(null);
    setProgress(0);
    try {
      const { exportCanvasPdf } = await loadRender();
      const result = await exportCanvasPdf(canvasId, paper, setProgress);
      setNotice(result);
    } catch {
      setNotice('The PDF could not be made. Try again, or print the canvas instead.');
    } finally {
      setProgress(null);
    }
  };
  return (
    <section className="export-section" aria-labelledby={`${name}-title`}>
      <h3 id={`${name}-title`} className="export-section__title">
        PDF for printing
      </h3>
      <p className="export-section__hint">
        The canvas on one landscape page, then a page for each customer segment. Text stays text:
        selectable and searchable.
      </p>
      <fieldset className="export-paper">
        <legend>Paper size</legend>
        {(['a4', 'a3'] as const).map((size) => (
          <label key={size}>
            <input
              type="radio"
              name={name}
              value={size}
              checked={paper === size}
              onChange={() => setPaper(size)}
            />{' '}
            {size.toUpperCase()} landscape
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        className="button button--primary"
        // aria-disabled, not disabled: the focus stays on it while the PDF is made.
        aria-disabled={progress !== null}
        onClick={() => progress === null && void run()}
      >
        {progress === null ? 'Download PDF' : `Making the PDF… ${Math.round(progress * 100)}%`}
      </button>
      <p className="export-section__status" role="status">
        {notice}
      </p>
    </section>
  );
}

function ShareSection({ canvasId }: { canvasId: string }) {
  const id = useId();
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const make = async () => {
    setStatus(null);
    const { makeShareLink } = await loadRender();
    const made = await makeShareLink(canvasId);
    if (made.link === null) {
      setLink(null);
      setTooLarge(true);
      setStatus(
        `This canvas is too large for a link (${made.length.toLocaleString()} characters, the limit is ${made.limit.toLocaleString()}). Send the JSON file instead.`,
      );
      return;
    }
    setTooLarge(false);
    setLink(made.link);
    try {
      await navigator.clipboard.writeText(made.link);
      setStatus(
        `Link copied.${made.withoutPhotos ? ' Persona photos are not included in links.' : ''}`,
      );
    } catch {
      setStatus('Copy the link below.');
    }
  };
  return (
    <section className="export-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="export-section__title">
        Share as a link
      </h3>
      <p className="export-section__hint">
        The whole canvas is packed into the link itself; nothing is uploaded. Whoever opens it can
        import it as a new canvas.
      </p>
      <button type="button" className="button" onClick={() => void make()}>
        Copy share link
      </button>
      {tooLarge && (
        <button
          type="button"
          className="button"
          onClick={() => void loadTransfer().then((m) => m.exportCanvasJson(canvasId))}
        >
          Download JSON instead
        </button>
      )}
      <p className="export-section__status" role="status">
        {status}
      </p>
      {link && (
        <label className="field">
          <span className="field__label">Share link</span>
          <input
            className="field__input"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </section>
  );
}

export function ExportButton({ canvasId }: { canvasId: string }) {
  const [open, setOpen] = useState(false);
  const [pngBusy, setPngBusy] = useState(false);
  const [pngNotice, setPngNotice] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button--quiet export-button"
        onClick={() => setOpen(true)}
      >
        Export
      </button>
      <Dialog title="Export and share" open={open} onClose={() => setOpen(false)} wide>
        <div className="export-grid">
          <section className="export-section" aria-labelledby={`${canvasId}-json`}>
            <h3 id={`${canvasId}-json`} className="export-section__title">
              Ninefold file
            </h3>
            <p className="export-section__hint">
              Everything in this canvas, persona photos included, as a JSON file that imports back
              into Ninefold: a backup, or a copy for a co-founder.
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => void loadTransfer().then((m) => m.exportCanvasJson(canvasId))}
            >
              Download JSON
            </button>
          </section>
          <PdfSection canvasId={canvasId} />
          <section className="export-section" aria-labelledby={`${canvasId}-image`}>
            <h3 id={`${canvasId}-image`} className="export-section__title">
              Image and print
            </h3>
            <p className="export-section__hint">
              A PNG at twice screen resolution for slides, or the browser&rsquo;s print dialog
              (every script prints, on one landscape page).
            </p>
            <div className="export-section__buttons">
              <button
                type="button"
                className="button"
                aria-disabled={pngBusy}
                onClick={() => {
                  if (pngBusy) return;
                  setPngBusy(true);
                  setPngNotice(null);
                  void loadRender()
                    .then((m) => m.exportCanvasPng(canvasId))
                    .then(setPngNotice, () =>
                      setPngNotice('The PNG could not be made. Try again, or print the canvas.'),
                    )
                    .finally(() => setPngBusy(false));
                }}
              >
                {pngBusy ? 'Making the PNG…' : 'Download PNG'}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setOpen(false);
                  // After the dialog has closed, so that it is not printed.
                  requestAnimationFrame(() => window.print());
                }}
              >
                Print…
              </button>
            </div>
            <p className="export-section__status" role="status">
              {pngNotice}
            </p>
          </section>
          <ShareSection canvasId={canvasId} />
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </Dialog>
    </>
  );
}

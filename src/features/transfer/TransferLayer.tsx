// App-wide import: drop a file anywhere to import it, and the dialog that explains a refused file.
import { useEffect, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { useImportReport } from './import-report-store';
import { startPrintFit } from './print-fit';
import { ShareLinkOffer } from './ShareLinkOffer';

const loadTransfer = () => import('./transfer');

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
// A file input takes its own drops (a persona photo, say).
const onFileInput = (event: DragEvent) =>
  event.target instanceof HTMLInputElement && event.target.type === 'file';

function FileDrop() {
  const [over, setOver] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when it left.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event) || onFileInput(event)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event) || onFileInput(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || onFileInput(event)) return;
      event.preventDefault();
      depth = 0;
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      void loadTransfer().then(async ({ importFile }) => {
        for (const file of files) await importFile(file);
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="file-drop" aria-hidden="true">
      <p className="file-drop__message">Drop a Ninefold file to import it as a new canvas</p>
    </div>
  );
}

function ImportReportDialog() {
  const report = useImportReport((s) => s.report);
  const waiting = useImportReport((s) => s.waiting.length);
  const close = useImportReport((s) => s.close);
  return (
    <Dialog title={report?.title ?? 'Import'} open={report !== null} onClose={close}>
      {report && (
        <>
          <p className="dialog__text">{report.reason}</p>
          {report.problems.length > 0 && (
            <>
              <p className="dialog__text">
                {report.problems.length + report.moreProblems === 1
                  ? 'The problem:'
                  : `The first ${report.problems.length === 1 ? 'problem' : `${report.problems.length} problems`}:`}
              </p>
              <ul className="import-problems" aria-label="Problems in the file">
                {report.problems.map((problem, i) => (
                  <li key={i}>{problem}</li>
                ))}
              </ul>
              {report.moreProblems > 0 && (
                <p className="dialog__text">
                  …and {report.moreProblems} more{' '}
                  {report.moreProblems === 1 ? 'problem' : 'problems'}.
                </p>
              )}
            </>
          )}
          <p className="dialog__text">Your canvases are unchanged.</p>
          {waiting > 0 && (
            <p className="dialog__text">
              {plural(waiting, 'more file')} {waiting === 1 ? 'was' : 'were'} not imported either:{' '}
              {waiting === 1 ? 'it comes' : 'they come'} next.
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={close}>
              {waiting > 0 ? 'Next' : 'Close'}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

export function TransferLayer() {
  useEffect(() => startPrintFit(), []);
  return (
    <>
      <FileDrop />
      <ImportReportDialog />
      <ShareLinkOffer />
    </>
  );
}

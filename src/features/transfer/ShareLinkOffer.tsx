// Opening a share link: offers to import the canvas it carries as a new canvas.
import { useEffect, useState } from 'react';
import { isShareHash } from '../../export/share-fragment';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../../ui/format';
import { useImportReport } from './import-report-store';

interface Offer {
  text: string;
  name: string;
  noteCount: number;
}

const FAILED = 'The shared link was not imported';

function clearHash() {
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
}

export function ShareLinkOffer() {
  const [offer, setOffer] = useState<Offer | null>(null);
  useEffect(() => {
    const check = async () => {
      const hash = window.location.hash;
      if (!isShareHash(hash)) return;
      const [{ readShareFragment }, { readExportText }] = await Promise.all([
        import('../../export/share-link'),
        import('../../export/import-reader'),
      ]);
      const text = await readShareFragment(hash);
      const result = text === null ? null : readExportText(text);
      if (!text || !result?.ok) {
        clearHash();
        useImportReport.getState().show({
          title: FAILED,
          ...(result && !result.ok
            ? result
            : {
                reason: 'This link is broken or cut short: it does not hold a canvas.',
                problems: [],
                moreProblems: 0,
              }),
        });
        return;
      }
      const first = result.canvases[0]!.doc;
      setOffer({ text, name: first.canvas.name, noteCount: first.notes.length });
    };
    void check();
    const onHash = () => void check();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const close = () => {
    clearHash();
    setOffer(null);
  };
  return (
    <Dialog title="Import a shared canvas?" open={offer !== null} onClose={close}>
      {offer && (
        <>
          <p className="dialog__text">
            This link holds the canvas “{offer.name}” ({plural(offer.noteCount, 'note')}). Import it
            to open and edit it here; it becomes a new canvas in this browser.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={close}>
              Not now
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                const { text } = offer;
                close();
                void import('./transfer').then(({ importText }) => importText(text, FAILED));
              }}
            >
              Import as a new canvas
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

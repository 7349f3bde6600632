// The home screen's import and backup buttons.
import { useRef } from 'react';

const loadTransfer = () => import('./transfer');

export function HomeTransferTools() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import a file…
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple
        hidden
        aria-label="Ninefold file to import"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          void loadTransfer().then(async ({ importFile }) => {
            for (const file of files) await importFile(file);
          });
        }}
      />
      <button
        type="button"
        className="button"
        onClick={() => void loadTransfer().then(({ exportAllJson }) => exportAllJson())}
      >
        Back up all canvases
      </button>
    </>
  );
}

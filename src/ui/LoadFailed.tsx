// What a part of the app in a chunk of its own says when its code could not be fetched (offline
// after an update was deployed, say), with a way to fetch it again: see chunk-component.ts.

export function LoadFailed({ what, retry }: { what: string; retry: () => void }) {
  return (
    <>
      <p role="alert">{what} could not be loaded. Check your connection and try again.</p>
      <button type="button" className="button" onClick={retry}>
        Try again
      </button>
    </>
  );
}

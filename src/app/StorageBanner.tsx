// Says plainly when edits are not being saved, so nobody trusts storage that is not there.
import { useStorage } from '../store/selectors';

export function StorageBanner() {
  const storage = useStorage();
  if (!storage.problem) return null;
  return (
    <div className="storage-banner" role="alert">
      <strong>{storage.mode === 'memory' ? 'Not saving: ' : 'Not saved yet: '}</strong>
      {storage.problem}
    </div>
  );
}

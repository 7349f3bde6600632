// Merging two segments: where both have a different value for a field, the user picks one;
// everything else is combined (lists joined, links moved). One undo step.
import { useState } from 'react';
import type { Note } from '../../domain/canvas.schema';
import { currenciesApart, mergeConflicts, type MergeChoices } from '../../domain/segment-merge';
import { segmentName } from '../../domain/segment-ops';
import { useNinefold } from '../../store/index';
import { Dialog } from '../../ui/Dialog';
import { snapshotTitle } from '../../domain/snapshot';
import { takeSnapshot } from './snapshots';

export function MergeDialog({
  keep,
  other,
  onClose,
  onMerged,
}: {
  keep: Note;
  other: Note;
  onClose: () => void;
  onMerged: (name: string, otherName: string) => void;
}) {
  const conflicts = mergeConflicts(keep, other);
  const [choices, setChoices] = useState<MergeChoices>({});
  const keepName = segmentName(keep.text);
  const otherName = segmentName(other.text);
  const currencies = currenciesApart(keep, other, choices);
  const merge = () => {
    // The canvas as it was, kept before the merge changes it (it is read at once).
    void takeSnapshot(
      keep.canvasId,
      'merge',
      snapshotTitle('merge', `${otherName} into ${keepName}`),
    );
    const ok = useNinefold.getState().actions.mergeSegments(keep.id, other.id, choices);
    if (!ok) return onClose();
    const name = choices['name'] === 'other' ? otherName : keepName;
    onMerged(name, choices['name'] === 'other' ? keepName : otherName);
  };
  return (
    <Dialog title={`Merge “${otherName}” into “${keepName}”`} open onClose={onClose} wide>
      <p className="dialog__text">
        One segment remains. Jobs, pains, gains, personas, evidence, metrics and onboarding steps of
        both are kept (duplicates once), and every note that served either now serves the merged
        segment. A metric both track gets one value per date, each segment counting with its latest
        value: customers and revenue added up, rates averaged (weighted by customers); your own
        metrics keep the values of “{keepName}”. Undo takes it all back, and a snapshot keeps both
        as they were.
      </p>
      {currencies && (
        <p className="dialog__text" role="status">
          The merged segment counts money in {currencies.merged}, and the other segment’s revenue is
          in {currencies.apart}: it is kept apart, as “Revenue in {currencies.apart}”, not added up.
        </p>
      )}
      {conflicts.length === 0 ? (
        <p className="dialog__text">They do not disagree on any field: nothing to choose.</p>
      ) : (
        <>
          <p className="dialog__text">Where they disagree, choose what the merged segment keeps:</p>
          <div className="merge-choices">
            {conflicts.map((field) => (
              <fieldset key={field.id} className="merge-choice">
                <legend>{field.label}</legend>
                {(['keep', 'other'] as const).map((side) => {
                  const note = side === 'keep' ? keep : other;
                  return (
                    <label key={side}>
                      <input
                        type="radio"
                        name={`merge-${field.id}`}
                        checked={(choices[field.id] ?? 'keep') === side}
                        onChange={() => setChoices({ ...choices, [field.id]: side })}
                      />{' '}
                      <span className="merge-choice__value">
                        {field.show(field.get(note)) || '—'}
                      </span>{' '}
                      <span className="merge-choice__from">
                        (from {side === 'keep' ? keepName : otherName})
                      </span>
                    </label>
                  );
                })}
              </fieldset>
            ))}
          </div>
        </>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={merge}>
          Merge segments
        </button>
      </div>
    </Dialog>
  );
}

// Splitting a segment that is really two: a copy under a new name, and the user says which
// linked notes, personas and evidence go to the new one. One undo step.
import { useState } from 'react';
import { BLOCKS } from '../../domain/blocks';
import type { Note } from '../../domain/canvas.schema';
import { sortByOrder } from '../../domain/order';
import { splitName, type SplitSide } from '../../domain/segment-merge';
import { segmentName, segmentOf } from '../../domain/segment-ops';
import { NOTE_TEXT_MAX } from '../../domain/canvas.schema';
import { formatDay } from '../../ui/format';
import { useNinefold } from '../../store/index';
import { useCanvasNotes } from '../../store/selectors';
import { Dialog } from '../../ui/Dialog';
import { snapshotTitle } from '../../domain/snapshot';
import { takeSnapshot } from './snapshots';
import { navigate, segmentPath } from '../../ui/router';
import { showUndoToast } from '../../ui/undo-toast';
import { SelectField, TextField } from './fields';

const SIDES: { id: SplitSide; label: string }[] = [
  { id: 'stay', label: 'Stays' },
  { id: 'move', label: 'Moves to the new segment' },
  { id: 'both', label: 'Serves both' },
];

/** Checkboxes for the items (personas, evidence) that go with the new segment. */
function MovingItems({
  legend,
  items,
  chosen,
  onChange,
}: {
  legend: string;
  items: { id: string; label: string }[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  if (items.length === 0) return null;
  return (
    <fieldset className="split__group">
      <legend className="split__title">{legend}</legend>
      {items.map((item) => (
        <label key={item.id} className="checkbox-field">
          <input
            type="checkbox"
            checked={chosen.includes(item.id)}
            onChange={(e) =>
              onChange(
                e.target.checked ? [...chosen, item.id] : chosen.filter((x) => x !== item.id),
              )
            }
          />{' '}
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}

export function SplitDialog({ note, onClose }: { note: Note; onClose: () => void }) {
  const canvasNotes = useCanvasNotes(note.canvasId);
  const segment = segmentOf(note);
  const taken = canvasNotes.filter((n) => n.segment).map((n) => segmentName(n.text));
  const [name, setName] = useState(() => splitName(note, taken));
  const [unnamed, setUnnamed] = useState(false);
  const [links, setLinks] = useState<Record<string, SplitSide>>({});
  const [personas, setPersonas] = useState<string[]>([]);
  const [evidence, setEvidence] = useState<string[]>([]);
  const linked = sortByOrder(canvasNotes.filter((n) => n.segmentIds.includes(note.id)));
  const source = segmentName(note.text);
  const split = () => {
    const { actions } = useNinefold.getState();
    void takeSnapshot(note.canvasId, 'split', snapshotTitle('split', source));
    const newId = actions.splitSegment(note.id, { name: name.trim(), links, personas, evidence });
    onClose();
    if (!newId) return;
    navigate(segmentPath(note.canvasId, newId));
    showUndoToast(
      note.canvasId,
      `Split “${source}”: “${segmentName(name)}” is a segment of its own.`,
    );
  };
  return (
    <Dialog title={`Split “${source}”`} open onClose={onClose} wide>
      <p className="dialog__text">
        The new segment starts as a copy of this one&rsquo;s profile (jobs, pains, gains, template,
        playbook). Choose what goes with it; everything else stays.
      </p>
      <TextField
        label="Name of the new segment"
        hint={unnamed ? 'Give the new segment a name, then split.' : undefined}
        value={name}
        maxLength={NOTE_TEXT_MAX}
        onChange={(v) => {
          setName(v);
          if (v.trim() !== '') setUnnamed(false);
        }}
      />
      <h3 className="split__title">Linked notes</h3>
      {linked.length === 0 ? (
        <p className="field__hint">No notes serve this segment yet.</p>
      ) : (
        <ul className="split__list">
          {linked.map((n) => (
            <li key={n.id}>
              <SelectField
                label={`${BLOCKS[n.block].title}: ${n.text.trim() || 'empty note'}`}
                value={links[n.id] ?? 'stay'}
                options={SIDES}
                onChange={(side) => setLinks({ ...links, [n.id]: side ?? 'stay' })}
              />
            </li>
          ))}
        </ul>
      )}
      <MovingItems
        legend="Personas that move to the new segment"
        items={segment.personas.map((p) => ({ id: p.id, label: p.name || 'Unnamed persona' }))}
        chosen={personas}
        onChange={setPersonas}
      />
      <MovingItems
        legend="Evidence that moves to the new segment"
        items={segment.evidence.map((e) => ({
          id: e.id,
          label: `${formatDay(e.date)}: ${e.summary.trim() || 'no summary'}`,
        }))}
        chosen={evidence}
        onChange={setEvidence}
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        {/* Not disabled with no name: pressed, it says what is missing and goes to it. */}
        <button
          type="button"
          className="button button--primary"
          onClick={(e) => {
            if (name.trim() !== '') return split();
            setUnnamed(true);
            e.currentTarget.closest('dialog')?.querySelector<HTMLElement>('input')?.focus();
          }}
        >
          Split segment
        </button>
      </div>
    </Dialog>
  );
}

// Jobs, pains or gains: a ranked list (most important first), reordered by drag and drop with the
// mouse, touch or keyboard (Space to pick up, arrow keys, Space to drop), each item with its kind,
// importance, how often it occurs, and severity (pains) or relevance (gains).
import type { Note } from '../../domain/canvas.schema';
import { segmentOf } from '../../domain/segment-ops';
import {
  FREQUENCIES,
  GAIN_KINDS,
  JOB_KINDS,
  PAIN_KINDS,
  PROFILE_LIMIT,
  RELEVANCES,
  SEGMENT_LINE_MAX,
  type Frequency,
  type ProfileItem,
  type ProfileList as ListName,
  type Relevance,
} from '../../domain/segment.schema';
import { useNinefold } from '../../store/index';
import { SelectField, TextField, type Option } from './fields';
import { SortableList } from './SortableList';
import { focusNextFrame, removeKeepingFocus } from '../../ui/focus';

const LISTS: Record<
  ListName,
  { title: string; singular: string; kinds: readonly Option<string>[]; hint: string }
> = {
  jobs: {
    title: 'Jobs',
    singular: 'job',
    kinds: JOB_KINDS,
    hint: 'What they are trying to get done: tasks, feelings they seek, how they want to be seen.',
  },
  pains: {
    title: 'Pains',
    singular: 'pain',
    kinds: PAIN_KINDS,
    hint: 'Obstacles, risks and undesired outcomes, with how severe each is.',
  },
  gains: {
    title: 'Gains',
    singular: 'gain',
    kinds: GAIN_KINDS,
    hint: 'Outcomes and benefits they want, from required to unexpected.',
  },
};

const RATINGS: Option<string>[] = [1, 2, 3, 4, 5].map((n) => ({
  id: String(n),
  label: `${n} of 5`,
}));

const itemLabel = (item: ProfileItem | undefined, singular: string) =>
  item?.text.trim() ? item.text.trim() : `Unnamed ${singular}`;

function ItemRow({
  noteId,
  list,
  item,
  rank,
}: {
  noteId: string;
  list: ListName;
  item: ProfileItem;
  rank: number;
}) {
  const { actions } = useNinefold.getState();
  const { singular, kinds } = LISTS[list];
  const name = itemLabel(item, singular);
  const update = (patch: Parameters<typeof actions.updateProfileItem>[3], key?: string) =>
    actions.updateProfileItem(noteId, list, item.id, patch, key);
  return (
    <>
      <div className="profile-item__fields">
        <TextField
          label={`${singular[0]!.toUpperCase()}${singular.slice(1)} ${rank}`}
          value={item.text}
          maxLength={SEGMENT_LINE_MAX}
          onChange={(text, key) => update({ text }, key)}
        />
        <div className="profile-item__ratings">
          <SelectField
            label={`Kind of ${singular} ${rank}`}
            hideLabel
            value={item.kind}
            options={kinds}
            onChange={(kind) => kind && update({ kind })}
          />
          <SelectField
            label={`Importance of ${singular} ${rank}`}
            hideLabel
            value={String(item.importance)}
            options={RATINGS.map((r) => ({ ...r, label: `Importance ${r.id}/5` }))}
            onChange={(v) => v && update({ importance: Number(v) })}
          />
          <SelectField<Frequency>
            label={`How often ${singular} ${rank} occurs`}
            hideLabel
            value={item.frequency}
            options={FREQUENCIES}
            onChange={(frequency) => frequency && update({ frequency })}
          />
          {'severity' in item && (
            <SelectField
              label={`Severity of pain ${rank}`}
              hideLabel
              value={String(item.severity)}
              options={RATINGS.map((r) => ({ ...r, label: `Severity ${r.id}/5` }))}
              onChange={(v) => v && update({ severity: Number(v) })}
            />
          )}
          {'relevance' in item && (
            <SelectField<Relevance>
              label={`Relevance of gain ${rank}`}
              hideLabel
              value={item.relevance}
              options={RELEVANCES}
              onChange={(relevance) => relevance && update({ relevance })}
            />
          )}
        </div>
      </div>
      <button
        type="button"
        className="icon-button profile-item__remove"
        aria-label={`Remove ${name}`}
        title={`Remove this ${singular}`}
        data-removes={list}
        onClick={(e) => {
          // The focus goes to the next item's Remove (or the one before's), else to the list.
          const listElement = e.currentTarget.closest<HTMLElement>('.profile-list');
          removeKeepingFocus(
            e.currentTarget,
            () => actions.removeProfileItem(noteId, list, item.id),
            () => listElement,
          );
        }}
      >
        ×
      </button>
    </>
  );
}

export function ProfileList({ note, list }: { note: Note; list: ListName }) {
  const items = segmentOf(note)[list] as ProfileItem[];
  const { title, singular, hint } = LISTS[list];
  const full = items.length >= PROFILE_LIMIT;
  return (
    <div className="profile-list" id={`seg-field-${list}`} tabIndex={-1}>
      <h4 className="profile-list__title" id={`profile-${list}-title`}>
        {title} <span className="profile-list__count">({items.length})</span>
      </h4>
      <p className="field__hint">{hint} Most important first.</p>
      <SortableList
        items={items}
        position="rank"
        labelledBy={`profile-${list}-title`}
        nameOf={(item) => itemLabel(item, singular)}
        onMove={(id, toIndex) =>
          useNinefold.getState().actions.moveProfileItem(note.id, list, id, toIndex)
        }
      >
        {(item, rank) => <ItemRow noteId={note.id} list={list} item={item} rank={rank} />}
      </SortableList>
      <button
        type="button"
        className="button button--small"
        disabled={full}
        onClick={() => {
          const id = useNinefold.getState().actions.addProfileItem(note.id, list);
          if (id)
            focusNextFrame(() =>
              document.querySelector<HTMLInputElement>(`#seg-field-${list} li:last-child input`),
            );
        }}
      >
        Add {singular}
      </button>
      {full && <p className="field__hint">A list holds at most {PROFILE_LIMIT} items.</p>}
    </div>
  );
}

// Jobs, pains or gains: a ranked list (most important first), reordered by drag and drop with the
// mouse, touch or keyboard (Space to pick up, arrow keys, Space to drop), each item with its kind,
// importance, how often it occurs, and severity (pains) or relevance (gains).
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
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
  const { setNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const name = itemLabel(item, singular);
  const update = (patch: Parameters<typeof actions.updateProfileItem>[3], key?: string) =>
    actions.updateProfileItem(noteId, list, item.id, patch, key);
  return (
    <li
      ref={setNodeRef}
      className="profile-item"
      data-dragging={isDragging || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        className="icon-button profile-item__handle"
        aria-label={`Rank ${rank}: move ${name}`}
        {...attributes}
        {...listeners}
      >
        <span aria-hidden="true">⠿</span>
        <span className="profile-item__rank" aria-hidden="true">
          {rank}
        </span>
      </button>
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
        onClick={() => actions.removeProfileItem(noteId, list, item.id)}
      >
        ×
      </button>
    </li>
  );
}

export function ProfileList({ note, list }: { note: Note; list: ListName }) {
  const items = segmentOf(note)[list] as ProfileItem[];
  const { title, singular, hint } = LISTS[list];
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const nameOf = (id: string | number) =>
    itemLabel(
      items.find((i) => i.id === id),
      singular,
    );
  const rankOf = (id: string | number | undefined) => items.findIndex((i) => i.id === id) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      `Picked up ${nameOf(active.id)}, rank ${rankOf(active.id)} of ${items.length}. Use the up and down arrow keys to rank it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} would be rank ${rankOf(over.id)} of ${items.length}.` : '',
    onDragEnd: ({ active, over }) =>
      over
        ? `${nameOf(active.id)} is now rank ${rankOf(over.id)} of ${items.length}.`
        : `${nameOf(active.id)} was dropped where it was.`,
    onDragCancel: ({ active }) => `Ranking cancelled. ${nameOf(active.id)} is back where it was.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    useNinefold
      .getState()
      .actions.moveProfileItem(note.id, list, String(active.id), rankOf(over.id) - 1);
  };
  const full = items.length >= PROFILE_LIMIT;
  return (
    <div className="profile-list" id={`seg-field-${list}`} tabIndex={-1}>
      <h4 className="profile-list__title" id={`profile-${list}-title`}>
        {title} <span className="profile-list__count">({items.length})</span>
      </h4>
      <p className="field__hint">{hint} Most important first.</p>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements,
          screenReaderInstructions: {
            draggable:
              'To rank this item, press Space, then the up and down arrow keys. Press Space to drop it, or Escape to cancel.',
          },
        }}
      >
        <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
          <ol className="profile-items" aria-labelledby={`profile-${list}-title`}>
            {items.map((item, i) => (
              <ItemRow key={item.id} noteId={note.id} list={list} item={item} rank={i + 1} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <button
        type="button"
        className="button button--small"
        disabled={full}
        onClick={() => {
          const id = useNinefold.getState().actions.addProfileItem(note.id, list);
          if (id)
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLInputElement>(`#seg-field-${list} li:last-child input`)
                ?.focus(),
            );
        }}
      >
        Add {singular}
      </button>
      {full && <p className="field__hint">A list holds at most {PROFILE_LIMIT} items.</p>}
    </div>
  );
}

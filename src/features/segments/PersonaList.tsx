// Personas: one or more concrete people per segment, each with an optional photo.
import { useEffect, useId, useRef, useState } from 'react';
import type { Note } from '../../domain/canvas.schema';
import { newId } from '../../domain/ids';
import { segmentOf } from '../../domain/segment-ops';
import {
  PERSONA_LIMIT,
  SEGMENT_LINE_MAX,
  SEGMENT_TEXT_MAX,
  type Persona,
} from '../../domain/segment.schema';
import { readPhoto, savePhoto } from '../../persistence/session';
import { useNinefold } from '../../store/index';
import { Section, TextField } from './fields';
import { PhotoError, preparePhoto, PHOTO_TYPES } from './photo';
import { focusNextFrame, removeKeepingFocus } from '../../ui/focus';

/** An object URL for a stored photo, revoked when no longer shown. */
function usePhotoUrl(photoId: string | null): string | null {
  const [url, setUrl] = useState<{ id: string; url: string } | null>(null);
  useEffect(() => {
    if (!photoId) return;
    let live = true;
    let objectUrl: string | null = null;
    void readPhoto(photoId).then((photo) => {
      if (!live || !photo) return;
      objectUrl = URL.createObjectURL(photo.blob);
      setUrl({ id: photoId, url: objectUrl });
    });
    return () => {
      live = false;
      if (!objectUrl) return;
      URL.revokeObjectURL(objectUrl);
      // Not shown again once revoked: the photo removed and brought back by undo was shown with
      // its old, dead URL for a moment (a failed load in the console).
      const revoked = objectUrl;
      setUrl((current) => (current?.url === revoked ? null : current));
    };
  }, [photoId]);
  return url && url.id === photoId ? url.url : null;
}

const LONG_FIELDS = [
  { key: 'demographics', label: 'Demographics', hint: 'Age, role, company or household, place.' },
  { key: 'goals', label: 'Goals', hint: 'What they want to achieve.' },
  { key: 'barriers', label: 'Barriers', hint: 'What stands in their way.' },
  { key: 'behaviours', label: 'Behaviours', hint: 'What they do today, and how often.' },
  { key: 'channels', label: 'Preferred channels', hint: 'Where they look, learn and buy.' },
] as const;

function PersonaCard({ note, persona, index }: { note: Note; persona: Persona; index: number }) {
  const { actions } = useNinefold.getState();
  const url = usePhotoUrl(persona.photoId);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId();
  const label = persona.name.trim() || `Persona ${index + 1}`;
  const update = (patch: Partial<Omit<Persona, 'id'>>, key?: string) =>
    actions.updatePersona(note.id, persona.id, patch, key);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    setBusy(true);
    try {
      const prepared = await preparePhoto(file);
      const id = newId('photo');
      await savePhoto({ id, canvasId: note.canvasId, ...prepared, createdAt: Date.now() });
      update({ photoId: id });
    } catch (error) {
      setProblem(
        error instanceof PhotoError
          ? error.message
          : 'The photo could not be saved. Your browser’s storage may be full.',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="persona">
      <div className="persona__head">
        <div className="persona__photo">
          {url ? (
            <img src={url} alt={label} width={96} height={96} />
          ) : (
            <span className="persona__placeholder" aria-hidden="true">
              {label.slice(0, 1).toUpperCase()}
            </span>
          )}
        </div>
        <div className="persona__photo-actions">
          <label className="button button--small" htmlFor={fileId}>
            {persona.photoId ? 'Replace photo' : 'Upload photo'}
            <span className="visually-hidden"> for {label}</span>
          </label>
          <input
            id={fileId}
            className="visually-hidden"
            type="file"
            accept={PHOTO_TYPES.join(',')}
            disabled={busy}
            onChange={(e) => {
              void upload(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          {persona.photoId && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                update({ photoId: null });
                // Its button goes with the photo: the focus goes to Upload photo.
                focusNextFrame(() => document.getElementById(fileId), { ifLost: true });
              }}
            >
              Remove photo<span className="visually-hidden"> of {label}</span>
            </button>
          )}
          <p className="field__hint">PNG, JPEG or WebP, up to 10 MB. Resized in your browser.</p>
          {problem && (
            <p className="field__problem" role="alert">
              {problem}
            </p>
          )}
        </div>
      </div>
      <TextField
        label="Persona name"
        value={persona.name}
        maxLength={SEGMENT_LINE_MAX}
        onChange={(name, key) => update({ name }, key)}
      />
      <TextField
        label="Quote"
        hint="Something they said, or would say."
        value={persona.quote}
        maxLength={SEGMENT_LINE_MAX}
        onChange={(quote, key) => update({ quote }, key)}
      />
      {LONG_FIELDS.map((field) => (
        <TextField
          key={field.key}
          label={field.label}
          hint={field.hint}
          multiline
          value={persona[field.key]}
          maxLength={SEGMENT_TEXT_MAX}
          onChange={(value, key) => update({ [field.key]: value }, key)}
        />
      ))}
      <button
        type="button"
        className="button button--small button--danger"
        data-removes="persona"
        onClick={(e) =>
          removeKeepingFocus(e.currentTarget, () => actions.removePersona(note.id, persona.id))
        }
      >
        Remove persona<span className="visually-hidden"> {label}</span>
      </button>
    </li>
  );
}

export function PersonaList({ note }: { note: Note }) {
  const { personas } = segmentOf(note);
  const list = useRef<HTMLUListElement>(null);
  return (
    <Section
      title="Personas"
      id="seg-personas"
      description="Real-feeling people from this segment, to keep the team's picture of them shared."
    >
      <ul className="personas" ref={list}>
        {personas.map((persona, i) => (
          <PersonaCard key={persona.id} note={note} persona={persona} index={i} />
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        disabled={personas.length >= PERSONA_LIMIT}
        onClick={() => {
          // Into the new persona, as "Add job" goes into the new job.
          if (useNinefold.getState().actions.addPersona(note.id))
            focusNextFrame(() =>
              list.current?.querySelector<HTMLElement>('li:last-child .field__input'),
            );
        }}
      >
        Add persona
      </button>
    </Section>
  );
}

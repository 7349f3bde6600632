// Labelled form fields for the segment panel: every field has a visible label and, where useful,
// a hint that screen readers read with it. Text is saved as it is typed; one focus of a field is
// one typing session, and so one undo step.
import { useId, useRef, useState, type ReactNode } from 'react';
import { newId } from '../../domain/ids';
import { cutText, parseTypedNumber } from '../../domain/text';
import { focusNextFrame } from '../../ui/focus';
import { TextInput } from '../../ui/TextInput';

/** A coalesce key that changes each time the field gains focus: one typing session, one undo. */
function useTypingSession() {
  const key = useRef<string | null>(null);
  return {
    onFocus: () => {
      key.current = newId('typing');
    },
    current: () => (key.current ??= newId('typing')),
  };
}

interface TextFieldProps {
  label: string;
  hint?: string;
  value: string;
  maxLength: number;
  onChange: (value: string, typingKey: string) => void;
  multiline?: boolean;
  /** The element id, for health checks that take the user to this field. */
  id?: string;
  placeholder?: string;
}

export function TextField({
  label,
  hint,
  value,
  maxLength,
  onChange,
  multiline,
  id,
  placeholder,
}: TextFieldProps) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const hintId = `${inputId}-hint`;
  const session = useTypingSession();
  // Longer text (a huge paste, say) is cut to the limit, and the field says so.
  const [cut, setCut] = useState(false);
  const cutId = `${inputId}-cut`;
  const change = (next: string) => {
    setCut(next.length > maxLength);
    onChange(cutText(next, maxLength), session.current());
  };
  const common = {
    id: inputId,
    className: 'field__input',
    value,
    placeholder,
    // Text in Arabic or Hebrew runs right to left, its full stop at its end.
    dir: 'auto',
    'aria-describedby': [hint && hintId, cut && cutId].filter(Boolean).join(' ') || undefined,
    onFocus: session.onFocus,
    onBlur: () => setCut(false),
    onValueChange: change,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {multiline ? (
        <TextInput multiline {...common} rows={2} />
      ) : (
        <TextInput {...common} type="text" />
      )}
      {cut && (
        <p className="field__problem" id={cutId} role="status">
          Cut to {maxLength.toLocaleString('en')} characters: this field holds no more.
        </p>
      )}
    </div>
  );
}

/** A number that may be unknown (blank). Money and counts: "1,200,000" and "1 200 000" read too. */
export function NumberField({
  label,
  hint,
  value,
  onChange,
  id,
  whole = false,
}: {
  label: string;
  hint?: string;
  value: number | null;
  onChange: (value: number | null, typingKey: string) => void;
  id?: string;
  /** Counts: whole numbers only ("4.5 companies" is refused, with a message). */
  whole?: boolean;
}) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  const session = useTypingSession();
  // What is being typed, while the field has focus; the stored number otherwise.
  const [draft, setDraft] = useState<string | null>(null);
  const raw = draft ?? (value === null ? '' : String(value));
  const problemOf = (n: number | null): string | null => {
    if (n === null || (whole && !Number.isInteger(n)))
      return whole
        ? 'Enter a whole number, like 1200 or 1,200,000.'
        : 'Enter a number, like 1200, 1,200,000 or 4.5.';
    if (n < 0) return 'Enter 0 or more.';
    if (n > 1e15) return 'Enter a number up to 1,000,000,000,000,000.';
    return null;
  };
  const problem = raw.trim() === '' ? null : problemOf(parseTypedNumber(raw, { count: whole }));
  const invalid = problem !== null;
  const describedBy = [hint && `${inputId}-hint`, invalid && `${inputId}-problem`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field field--number">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      <TextInput
        id={inputId}
        className="field__input"
        type="text"
        inputMode={whole ? 'numeric' : 'decimal'}
        autoComplete="off"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
        value={raw}
        onFocus={session.onFocus}
        // Left with something that is not a number: it stays, with its message, rather than
        // quietly showing the number it had before.
        onBlur={() => !invalid && setDraft(null)}
        onValueChange={(next) => {
          setDraft(next);
          if (next.trim() === '') return onChange(null, session.current());
          const number = parseTypedNumber(next, { count: whole });
          if (number !== null && problemOf(number) === null) onChange(number, session.current());
        }}
      />
      {invalid && (
        <p className="field__problem" id={`${inputId}-problem`}>
          {problem}
        </p>
      )}
    </div>
  );
}

export interface Option<K extends string> {
  id: K;
  label: string;
  hint?: string;
}

/** A select with a visible label; `none` adds a first option for "not chosen". */
export function SelectField<K extends string>({
  label,
  value,
  options,
  onChange,
  none,
  id,
  hideLabel,
}: {
  label: string;
  value: K | null;
  options: readonly Option<K>[];
  onChange: (value: K | null) => void;
  none?: string;
  id?: string;
  hideLabel?: boolean;
}) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  return (
    <div className="field field--select">
      <label className={hideLabel ? 'visually-hidden' : 'field__label'} htmlFor={inputId}>
        {label}
      </label>
      <select
        id={inputId}
        className="field__input"
        value={value ?? ''}
        onChange={(e) => onChange((e.target.value || null) as K | null)}
      >
        {none !== undefined && <option value="">{none}</option>}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Explained choices as a radio group: label, one-line explanation and an example for each. */
export function ChoiceField<K extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  id,
  columns,
  clearable = true,
}: {
  legend: string;
  name: string;
  value: K | null;
  options: readonly (Option<K> & { example?: string })[];
  onChange: (value: K | null) => void;
  id?: string;
  columns?: boolean;
  /** Offers "Clear …" once chosen; not for a choice that always has a value. */
  clearable?: boolean;
}) {
  const base = useId();
  return (
    <fieldset className={columns ? 'choices choices--columns' : 'choices'} id={id} tabIndex={-1}>
      <legend className="field__label">{legend}</legend>
      {options.map((o) => {
        const optionId = `${base}-${o.id}`;
        return (
          <div className="choice" key={o.id}>
            <input
              type="radio"
              id={optionId}
              name={`${base}-${name}`}
              checked={value === o.id}
              onChange={() => onChange(o.id)}
              aria-describedby={o.hint ? `${optionId}-hint` : undefined}
            />
            <label htmlFor={optionId}>
              <span className="choice__label">{o.label}</span>
              {o.hint && (
                <span className="choice__hint" id={`${optionId}-hint`}>
                  {o.hint}
                  {o.example && <em> For example: {o.example}</em>}
                </span>
              )}
            </label>
          </div>
        );
      })}
      {value !== null && clearable && (
        <button
          type="button"
          className="link-button"
          onClick={(e) => {
            // The button goes once cleared: the focus goes to the first choice.
            const group = e.currentTarget.closest('fieldset');
            onChange(null);
            focusNextFrame(() => group?.querySelector<HTMLElement>('input'), { ifLost: true });
          }}
        >
          Clear {legend.toLowerCase()}
        </button>
      )}
    </fieldset>
  );
}

/** A titled section of the panel, with an id to jump to. */
export function Section({
  title,
  id,
  children,
  description,
}: {
  title: string;
  id: string;
  children: ReactNode;
  description?: ReactNode;
}) {
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 className="panel-section__title" id={`${id}-title`} tabIndex={-1}>
        {title}
      </h3>
      {description && <p className="panel-section__description">{description}</p>}
      {children}
    </section>
  );
}

/** A calendar day ("2026-11-25"), picked with the browser's date input; shown in its locale. */
export function DateField({
  label,
  value,
  onChange,
  hint,
  id,
  required,
}: {
  label: string;
  value: string | null;
  onChange: (day: string | null) => void;
  hint?: string;
  id?: string;
  /** A required date cannot be cleared: clearing it keeps the last one. */
  required?: boolean;
}) {
  const fallbackId = useId();
  const inputId = id ?? fallbackId;
  return (
    <div className="field field--date">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={inputId}
        className="field__input"
        type="date"
        required={required}
        aria-describedby={hint ? `${inputId}-hint` : undefined}
        value={value ?? ''}
        onChange={(e) => {
          const day = e.target.value;
          if (/^\d{4}-\d{2}-\d{2}$/.test(day)) onChange(day);
          else if (!required && day === '') onChange(null);
        }}
      />
    </div>
  );
}

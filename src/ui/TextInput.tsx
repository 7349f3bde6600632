// A text field that keeps the browser's own undo. React writes a controlled field's value
// attribute (a textarea's text) on every render, and Chromium then undoes typing one letter per
// Ctrl+Z (react/react#8514). This field is uncontrolled: React renders its element again only
// when one of its attributes changes, and a value changed from elsewhere (the app's undo, another
// tab) is written into it by hand.
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  type InputHTMLAttributes,
  type Ref,
  type TextareaHTMLAttributes,
} from 'react';

type Field = HTMLInputElement | HTMLTextAreaElement;
type Own<E, A> = Omit<A, 'value' | 'defaultValue' | 'onChange'> & {
  value: string;
  /** The text as typed (a change from outside does not call it). */
  onValueChange: (value: string) => void;
  ref?: Ref<E>;
};

export type TextInputProps =
  | ({ multiline?: false } & Own<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>)
  | ({ multiline: true } & Own<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>);

/**
 * Writes a value changed elsewhere into the field; one in use keeps its caret where it was (text
 * added at the end by another tab must not move it there).
 */
function write(node: Field, value: string) {
  if (node !== document.activeElement) {
    node.value = value;
    return;
  }
  const { selectionStart, selectionEnd, selectionDirection } = node;
  node.value = value;
  if (selectionStart === null || selectionEnd === null) return;
  node.setSelectionRange(
    Math.min(selectionStart, value.length),
    Math.min(selectionEnd, value.length),
    selectionDirection ?? undefined,
  );
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

export function TextInput(props: TextInputProps) {
  const { value, onValueChange, multiline, ref, ...attributes } = props as Own<
    Field,
    InputHTMLAttributes<HTMLInputElement>
  > & { multiline?: boolean };
  const field = useRef<Field | null>(null);
  // The latest props, for the stable handlers below (new closures each render must not render
  // the element again), brought up to date after each render.
  const latest = useRef({ attributes, onValueChange, ref, value });
  useLayoutEffect(() => {
    latest.current = { attributes, onValueChange, ref, value };
  });

  const plain: Record<string, unknown> = {};
  const handlerNames: string[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    if (typeof attribute === 'function') handlerNames.push(name);
    // Focused by hand once the value is in (a focus handler may select it).
    else if (name !== 'autoFocus') plain[name] = attribute;
  }
  const autoFocus = !!attributes.autoFocus;
  const signature = `${multiline ? 'textarea' : 'input'} ${autoFocus} ${handlerNames.join()} ${JSON.stringify(plain)}`;

  // Stable handlers that call the latest props' (read when called, in an event, not in render).
  const call = useCallback(
    (name: string, event: unknown) =>
      (latest.current.attributes as Record<string, (event: unknown) => void>)[name]?.(event),
    [],
  );
  // The owner may keep other text than was typed (cut to a length limit, say), and then need not
  // render again: once it has answered (its update is synchronous, in the event), the field
  // shows what it kept, unless more has been typed since.
  const change = useCallback((event: { currentTarget: Field }) => {
    const node = event.currentTarget;
    const typed = node.value;
    latest.current.onValueChange(typed);
    queueMicrotask(() => {
      const kept = latest.current.value;
      if (kept !== typed && node.value === typed) write(node, kept);
    });
  }, []);
  // The value is written by hand, not as a default value: React writes that back into the
  // element after every input event, and Chromium's undo then goes letter by letter again.
  const attach = useCallback(
    (node: Field | null) => {
      if (node && field.current !== node) {
        node.value = latest.current.value;
        if (autoFocus) node.focus();
      }
      field.current = node;
      setRef(latest.current.ref as Ref<Field> | undefined, node);
    },
    [autoFocus],
  );

  const element = useMemo(
    () => {
      const handlers = Object.fromEntries(
        // eslint-disable-next-line react-hooks/refs -- `call` reads the ref in events, not here
        handlerNames.map((name) => [name, (event: unknown) => call(name, event)]),
      );
      const fieldProps = { ...plain, ...handlers, ref: attach, onChange: change };
      return multiline ? <textarea {...fieldProps} /> : <input {...fieldProps} />;
    },
    // Rendered again only when an attribute changes; `value` is written below, by hand.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [signature],
  );

  // Before paint, so a value changed elsewhere never shows a frame late. Typing changes nothing
  // here: the field already holds what was typed.
  useLayoutEffect(() => {
    const node = field.current;
    if (node && node.value !== value) write(node, value);
  }, [value]);

  return element;
}

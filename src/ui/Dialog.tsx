// A modal dialog on the native <dialog> element: focus trap, Esc and the top layer come for free.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { focusNextFrame } from './focus';
import { Quoted } from './Quoted';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** Wide dialogs hold tables and charts. */
  wide?: boolean;
}

export function Dialog({ title, open, onClose, children, wide }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  // Not in the page until first opened: a closed <dialog> still costs its style on the first
  // frame, and the canvas has several. Once opened it stays, so closing returns focus natively.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  // What had the focus when it opened: closing returns the focus there natively, but a dialog
  // taken out of the page while open (its owner shows it only while open) does not. Nor is there
  // anywhere to return to when what opened it has gone meanwhile (a pair merged away): then the
  // title of the dialog it was opened from, if any, takes the focus.
  const opener = useRef<{ element: HTMLElement | null; outer: Element | null } | null>(null);
  useEffect(
    () => () =>
      focusNextFrame(
        () => {
          const { element, outer } = opener.current ?? { element: null, outer: null };
          if (element?.isConnected) return element;
          const title = outer?.isConnected ? outer.querySelector<HTMLElement>(':scope > h2') : null;
          if (title) title.tabIndex = -1;
          return title;
        },
        { ifLost: true },
      ),
    [],
  );
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const title = titleRef.current;
    if (open && !dialog.open && title) {
      // Focusable only when it takes the focus: otherwise the browser would put it there first.
      title.removeAttribute('tabindex');
      opener.current = {
        element: document.activeElement as HTMLElement | null,
        outer: dialog.parentElement?.closest('dialog') ?? null,
      };
      dialog.showModal();
      // The browser focuses the first control, scrolled into view. A long dialog whose first
      // control comes at its end (the shortcuts list, side by side) then opened at its end, its
      // title and first rows out of sight: its title takes the focus instead, at the top, as
      // WAI-ARIA's dialog pattern advises.
      if (dialog.scrollTop > 0) {
        title.tabIndex = -1;
        title.focus();
        dialog.scrollTop = 0;
      }
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  if (!opened) return null;
  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      // Only its own events: React passes a dialog's close and cancel (Escape) on to the dialogs
      // around it, which would close them too.
      onClose={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      onCancel={(e) => {
        if (e.target !== e.currentTarget) return;
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title" ref={titleRef}>
        <Quoted text={title} />
      </h2>
      {open && children}
    </dialog>
  );
}

// A modal dialog on the native <dialog> element: focus trap, Esc and the top layer come for free.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
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
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const title = titleRef.current;
    if (open && !dialog.open && title) {
      // Focusable only when it takes the focus: otherwise the browser would put it there first.
      title.removeAttribute('tabindex');
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
      onClose={onClose}
      onCancel={(e) => {
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

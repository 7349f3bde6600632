// A button that opens a short menu of commands: the WAI-ARIA menu button pattern.
import { useEffect, useId, useRef, useState } from 'react';

export interface MenuButtonProps<K extends string> {
  /** The button's name, and the menu's. */
  label: string;
  items: readonly (readonly [key: K, label: string])[];
  /** Called with the item chosen and the menu's button (for the focus to come back to). */
  onSelect: (key: K, button: HTMLButtonElement) => void;
  /**
   * A fixed id for the button ("<id>-button") and the menu ("<id>-menu"), for a menu of which a
   * page has one. The first paint (app/first-paint.ts) draws it before React has loaded.
   */
  id?: string;
}

/**
 * The menu is in the page only while it is open. The keyboard works as in a desktop menu: Enter,
 * Space or Down on the button open it on its first item, Up on its last; Up, Down, Home, End and
 * an item's first letter move within it; Escape closes it and goes back to the button; Tab closes
 * it and moves on. A click outside it closes it.
 */
export function MenuButton<K extends string>({
  label,
  items,
  onSelect,
  id: fixedId,
}: MenuButtonProps<K>) {
  const ownId = useId();
  const id = fixedId ?? ownId;
  // Open, and on which item; null when closed.
  const [active, setActive] = useState<number | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const open = active !== null;

  useEffect(() => {
    if (active === null) return;
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setActive(null);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = (refocus: boolean) => {
    setActive(null);
    if (refocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: React.KeyboardEvent) => {
    if (active === null) return;
    const last = items.length - 1;
    const move = (to: number) => {
      event.preventDefault();
      setActive(to);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active === last ? 0 : active + 1);
      case 'ArrowUp':
        return move(active === 0 ? last : active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        // From the button, the browser's own Tab (or Shift+Tab) moves on past the menu.
        return close(true);
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // The next item (after this one, round the end) that starts with the letter typed.
      const letter = event.key.toLowerCase();
      for (let step = 1; step <= items.length; step++) {
        const index = (active + step) % items.length;
        if (items[index]![1].toLowerCase().startsWith(letter)) return move(index);
      }
    }
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className="button button--quiet"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => setActive(open ? null : 0)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            setActive(event.key === 'ArrowDown' ? 0 : items.length - 1);
          } else if (event.key === 'Escape' && open) {
            event.stopPropagation();
            close(true);
          }
        }}
      >
        {label}
        <span className="menu-button__arrow" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div
          ref={menu}
          id={`${id}-menu`}
          className="popover menu-button__menu"
          role="menu"
          aria-labelledby={`${id}-button`}
          tabIndex={-1}
          onKeyDown={onMenuKeyDown}
          onBlur={(event) => {
            // The focus went elsewhere on the page (not to another item, nor back to the button).
            const to = event.relatedTarget as Node | null;
            if (to && !menu.current?.contains(to) && to !== button.current) setActive(null);
          }}
        >
          {items.map(([key, itemLabel], index) => (
            <button
              key={key}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className="menu-button__item"
              onClick={() => {
                close(true);
                onSelect(key, button.current!);
              }}
            >
              {itemLabel}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

// A wide table's sideways scroller. On a narrow screen it scrolls, so the keyboard must reach
// it: a named region in the tab order (axe's scrollable-region-focusable).
import type { ReactNode } from 'react';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scroll container that keyboard users must be able to scroll
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

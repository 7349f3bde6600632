// Taking the user to a field of the segment panel: from a health check's "Fix" button, or from the
// canvas-level summary (which opens the panel first, then focuses once it is there).
import type { HealthField } from '../../domain/segment-health';

let pending: HealthField | null = null;

const FOCUSABLE = 'input, select, textarea, button, [tabindex]';

/** Focuses the panel's field for `field`, scrolled into view; false when it is not on screen. */
export function focusField(field: HealthField): boolean {
  const target = document.getElementById(`seg-field-${field}`);
  if (!target) return false;
  const control = target.matches('input, select, textarea')
    ? target
    : (target.querySelector<HTMLElement>(FOCUSABLE) ?? target);
  control.scrollIntoView({ block: 'center' });
  control.focus();
  return true;
}

/** Focus `field` as soon as the panel has rendered it. */
export function focusFieldWhenShown(field: HealthField): void {
  pending = field;
  requestAnimationFrame(() => takePendingFocus());
}

/** Called by the panel after it renders. */
export function takePendingFocus(): void {
  if (pending && focusField(pending)) pending = null;
}

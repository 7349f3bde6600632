// The shared modal dialog: not in the page until first opened (a closed <dialog> still costs the
// first frame its style), then kept, so that closing returns focus the native way.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../src/ui/Dialog';

// jsdom has <dialog> but not its modal methods.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

function renderDialog(open: boolean) {
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={() => {}}>
      <p>Press ? for help.</p>
    </Dialog>
  );
}

describe('Dialog', () => {
  it('is not in the page until it is first opened', () => {
    const { container, rerender } = render(renderDialog(false));
    expect(container.querySelector('dialog')).toBeNull();

    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    rerender(renderDialog(true));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog).toHaveTextContent('Press ? for help.');
  });

  it('stays in the page, closed and empty, once it has been open', () => {
    const { container, rerender } = render(renderDialog(true));
    const dialog = container.querySelector('dialog')!;
    expect(dialog.open).toBe(true);

    rerender(renderDialog(false));
    expect(container.querySelector('dialog')).toBe(dialog);
    expect(dialog.open).toBe(false);
    expect(dialog).not.toHaveTextContent('Press ? for help.');
  });
});

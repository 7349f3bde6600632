import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../src/ui/MenuButton';

const ITEMS = [
  ['coverage', 'Coverage'],
  ['compare', 'Compare segments'],
  ['side', 'Side by side'],
  ['snapshots', 'Snapshots'],
] as const;

function setup() {
  const onSelect = vi.fn();
  render(
    <>
      <MenuButton label="Segment tools" items={ITEMS} onSelect={onSelect} />
      <button type="button">Elsewhere</button>
    </>,
  );
  const button = screen.getByRole('button', { name: 'Segment tools' });
  return { onSelect, button, user: userEvent.setup() };
}

const menu = () => screen.queryByRole('menu', { name: 'Segment tools' });
const item = (name: string) => screen.getByRole('menuitem', { name });

describe('MenuButton', () => {
  it('is a closed menu button until pressed; its menu is not in the page meanwhile', () => {
    const { button } = setup();
    expect(button).toHaveAttribute('aria-haspopup', 'menu');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(menu()).toBeNull();
  });

  it('opens on Enter at its first item, and Escape closes it back to the button', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveAttribute('aria-controls', menu()!.id);
    expect(item('Coverage')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu()).toBeNull();
    expect(button).toHaveFocus();
  });

  it('moves with the arrows (round the ends), Home, End and first letters', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard('{ArrowUp}');
    expect(item('Snapshots')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Coverage')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(item('Compare segments')).toHaveFocus();
    await user.keyboard('{End}');
    expect(item('Snapshots')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Coverage')).toHaveFocus();
    // "s": the next item starting with it, then the one after, then round.
    await user.keyboard('s');
    expect(item('Side by side')).toHaveFocus();
    await user.keyboard('s');
    expect(item('Snapshots')).toHaveFocus();
    await user.keyboard('c');
    expect(item('Coverage')).toHaveFocus();
    // Only the focused item is in the tab order.
    expect(item('Coverage')).toHaveAttribute('tabindex', '0');
    expect(item('Snapshots')).toHaveAttribute('tabindex', '-1');
  });

  it('calls onSelect with the item and the button, closes, and leaves focus on the button', async () => {
    const { button, onSelect, user } = setup();
    button.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('compare', button);
    expect(menu()).toBeNull();
    expect(button).toHaveFocus();
  });

  it('opens and closes with a click, and closes on a click elsewhere', async () => {
    const { button, onSelect, user } = setup();
    await user.click(button);
    expect(menu()).not.toBeNull();
    await user.click(button);
    expect(menu()).toBeNull();
    await user.click(button);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(menu()).toBeNull();
    expect(onSelect).not.toHaveBeenCalled();
    await user.click(button);
    await user.click(item('Side by side'));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('side', button);
  });

  it('closes when Tab moves the focus on', async () => {
    const { button, user } = setup();
    button.focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(menu()).toBeNull();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(button).toHaveFocus();
  });
});

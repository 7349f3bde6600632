// The text field that keeps the browser's own undo: uncontrolled, rendered again only when an
// attribute changes, its value written by hand when it changes elsewhere.
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TextInput } from '../../src/ui/TextInput';

describe('TextInput', () => {
  it('shows its value, and reports what is typed', () => {
    const onValueChange = vi.fn();
    render(<TextInput aria-label="Name" value="Clinics" onValueChange={onValueChange} />);
    const field = screen.getByRole('textbox', { name: 'Name' });
    expect(field).toHaveValue('Clinics');
    fireEvent.change(field, { target: { value: 'Clinics in Leeds' } });
    expect(onValueChange).toHaveBeenCalledWith('Clinics in Leeds');
  });

  it('writes a value changed elsewhere (an undo, another tab) into the field', () => {
    const { rerender } = render(
      <TextInput multiline aria-label="Note" value="Before" onValueChange={() => {}} />,
    );
    rerender(<TextInput multiline aria-label="Note" value="After" onValueChange={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('After');
  });

  it('does not touch the element when only its handlers are new (each keystroke renders anew)', async () => {
    const view = (n: number) => (
      <TextInput
        aria-label="Name"
        value={`typed ${n}`}
        onValueChange={() => {}}
        onBlur={() => n}
        onKeyDown={() => n}
      />
    );
    const { rerender } = render(view(1));
    const field = screen.getByRole('textbox', { name: 'Name' }) as HTMLInputElement;
    const changes: string[] = [];
    new MutationObserver((records) =>
      records.forEach((r) => changes.push(`${r.type} ${r.attributeName ?? ''}`)),
    ).observe(field, { attributes: true, childList: true, characterData: true });
    // As when typing: the field already holds the new text when the app renders it.
    field.value = 'typed 2';
    rerender(view(2));
    field.value = 'typed 3';
    rerender(view(3));
    await Promise.resolve();
    expect(changes).toEqual([]);
    expect(screen.getByRole('textbox', { name: 'Name' })).toBe(field);
  });

  it('shows what its owner kept when it keeps other text than was typed (a length limit)', async () => {
    function Limited() {
      const [text, setText] = useState('12345');
      return (
        <TextInput aria-label="Code" value={text} onValueChange={(t) => setText(t.slice(0, 5))} />
      );
    }
    render(<Limited />);
    const field = screen.getByRole('textbox', { name: 'Code' });
    // The owner's value does not change (already at the limit): it need not render again.
    fireEvent.change(field, { target: { value: '1234567' } });
    await Promise.resolve();
    expect(field).toHaveValue('12345');
  });

  it('calls the latest handlers, not those of its first render', () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender } = render(<TextInput aria-label="Name" value="" onValueChange={first} />);
    rerender(<TextInput aria-label="Name" value="" onValueChange={latest} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'x' } });
    expect(latest).toHaveBeenCalledWith('x');
    expect(first).not.toHaveBeenCalled();
  });

  it('takes the focus with its value in, so a focus handler can select it', () => {
    const selected: string[] = [];
    render(
      <TextInput
        aria-label="Canvas name"
        value="Clinic software"
        onValueChange={() => {}}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- what the Rename dialog does
        autoFocus
        onFocus={(e) => {
          e.currentTarget.select();
          selected.push(e.currentTarget.value);
        }}
      />,
    );
    const field = screen.getByRole('textbox', { name: 'Canvas name' }) as HTMLInputElement;
    expect(field).toHaveFocus();
    expect(selected).toEqual(['Clinic software']);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, 'Clinic software'.length]);
  });
});

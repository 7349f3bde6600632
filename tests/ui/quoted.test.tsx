import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Quoted } from '../../src/ui/Quoted';

describe('Quoted', () => {
  // Regression, found by an exploratory run: a canvas named with a right-to-left override and no
  // closing mark, once deleted, made the message read `Deleted “.”edirrevo LTR nalP`.
  it('isolates each quoted name, and reads as the sentence it was given', () => {
    const name = '\u202EPlan RTL override';
    const text = `Restored “${name}” as “خطة”.`;
    const { container } = render(
      <p>
        <Quoted text={text} />
      </p>,
    );
    const isolated = [...container.querySelectorAll('bdi')].map((b) => b.textContent);
    expect(isolated).toEqual([name, 'خطة']);
    expect(container.textContent).toBe(text);
  });

  it('leaves a sentence without quotes as plain text', () => {
    const { container } = render(
      <p>
        <Quoted text="Note deleted." />
      </p>,
    );
    expect(container.innerHTML).toBe('<p>Note deleted.</p>');
  });
});

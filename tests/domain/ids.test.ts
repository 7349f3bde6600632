// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { newId } from '../../src/domain/ids';

describe('newId', () => {
  it('is the prefix, an underscore and 16 lowercase letters or digits', () => {
    expect(newId('note')).toMatch(/^note_[0-9a-z]{16}$/);
    expect(newId('canvas')).toMatch(/^canvas_[0-9a-z]{16}$/);
  });

  it('does not repeat over many calls', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId('n')));
    expect(ids.size).toBe(5000);
  });
});

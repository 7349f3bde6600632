// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatCount, formatRelativeTime, plural } from '../../src/ui/format';

describe('formatting for people', () => {
  it('counts with the right noun', () => {
    expect(plural(0, 'note')).toBe('0 notes');
    expect(plural(1, 'note')).toBe('1 note');
    expect(plural(12, 'note')).toBe('12 notes');
  });

  it('groups digits only where a number is large enough to need it', () => {
    expect(formatCount(999)).toBe('999');
    expect(formatCount(12000)).toBe((12000).toLocaleString());
  });

  it('says "just now" for the last moments, and relative times after that', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    expect(formatRelativeTime(now - 10_000, now)).toBe('just now');
    expect(formatRelativeTime(now - 5 * 60_000, now)).toMatch(/5 minutes ago/);
    expect(formatRelativeTime(now - 3 * 3_600_000, now)).toMatch(/3 hours ago/);
  });
});

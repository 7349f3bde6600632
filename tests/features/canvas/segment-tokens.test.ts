import { describe, expect, it } from 'vitest';
import { segmentNameId } from '../../../src/features/canvas/note-markup';

describe('segmentNameId', () => {
  it('gives a token without spaces, quotes or other characters CSS or ARIA would misread', () => {
    for (const id of ['note_abc', 'a b', 'x"]{}', 'ünï', '<script>'])
      expect(segmentNameId(id)).toMatch(/^segment-name-[A-Za-z0-9_-]+$/);
  });

  it('never gives two different ids the same token', () => {
    const ids = ['a b', 'a_32_b', 'a_b', 'a-b', 'a_95_b'];
    expect(new Set(ids.map(segmentNameId)).size).toBe(ids.length);
  });
});

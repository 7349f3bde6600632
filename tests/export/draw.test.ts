// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { fitLine, Measurer, type TextMetrics } from '../../src/export/draw';

/** Every code point 0.5 wide at size 1 (bold 0.55): a line of width 10 at size 2 holds 10. */
const metrics: TextMetrics = { width: (text, bold) => [...text].length * (bold ? 0.55 : 0.5) };
const measurer = () => new Measurer(metrics);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A small seeded PRNG (mulberry32): the same "random" texts on every run. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('Measurer.width', () => {
  it('scales the size-1 width with the size', () => {
    const m = measurer();
    expect(m.width('abcd', 1)).toBe(2);
    expect(m.width('abcd', 10)).toBe(20);
    expect(m.width('abcd', 10, true)).toBeCloseTo(22, 10);
    expect(m.width('', 10)).toBe(0);
  });

  it('asks the metrics once per text and weight, whatever the size', () => {
    const width = vi.fn(metrics.width);
    const m = new Measurer({ width });
    const calls = () => width.mock.calls.map(([text, bold]) => `${bold ? 'b' : 'r'}:${text}`);
    m.width('word', 8);
    const regular = calls().length;
    expect(calls()).toContain('r:word');
    m.width('word', 12);
    expect(calls()).toHaveLength(regular);
    m.width('word', 8, true);
    expect(calls()).toContain('b:word');
    const both = calls().length;
    m.width('word', 6, true);
    m.width('word', 3);
    expect(calls()).toHaveLength(both);
    m.width('other', 8);
    expect(calls()).toContain('r:other');
    expect(new Set(calls()).size).toBe(calls().length);
  });

  it('measures the words of a wrapped text once each, however often they recur', () => {
    const width = vi.fn(metrics.width);
    const m = new Measurer({ width });
    m.wrap(
      Array.from({ length: 500 }, (_, i) => ['alpha', 'beta', 'gamma'][i % 3]).join(' '),
      60,
      8,
    );
    const texts = width.mock.calls.map(([text]) => text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeLessThan(50);
  });

  it('does not mix up a regular text with a bold one of the same letters', () => {
    // The cache key prefixes the weight: "r" + "bx" must not hit "b" + "x".
    const m = measurer();
    expect(m.width('x', 1, true)).toBeCloseTo(0.55, 10);
    expect(m.width('bx', 1)).toBe(1);
  });
});

describe('Measurer.wrap', () => {
  it('wraps words to the width', () => {
    // Width 10 at size 2: ten code points a line.
    expect(measurer().wrap('the quick brown fox jumps over', 10, 2)).toEqual([
      'the quick',
      'brown fox',
      'jumps over',
    ]);
  });

  it('keeps explicit line breaks, blank lines included', () => {
    expect(measurer().wrap('one\ntwo\n\nthree', 100, 2)).toEqual(['one', 'two', '', 'three']);
  });

  it('gives one empty line for an empty text', () => {
    expect(measurer().wrap('', 100, 2)).toEqual(['']);
  });

  it('collapses runs of spaces between words', () => {
    expect(measurer().wrap('a   b', 100, 2)).toEqual(['a b']);
  });

  it('breaks a word longer than the line between characters, then goes on', () => {
    expect(measurer().wrap('go abcdefghijklmnopqrstuvwxy end', 10, 2)).toEqual([
      'go',
      'abcdefghij',
      'klmnopqrst',
      'uvwxy end',
    ]);
  });

  it('breaks between code points, never inside a surrogate pair', () => {
    const emoji = '😀🎉🚀🌍🧪';
    const lines = measurer().wrap(`${emoji}${emoji}`, 2, 2);
    expect(lines).toEqual(['😀🎉', '🚀🌍', '🧪😀', '🎉🚀', '🌍🧪']);
    for (const line of lines) expect(line).not.toMatch(LONE_SURROGATE);
  });

  it('puts a single code point wider than the line on a line of its own', () => {
    expect(measurer().wrap('abc', 0.5, 2)).toEqual(['a', 'b', 'c']);
  });

  it('keeps every line within the width and loses no character (seeded random texts)', () => {
    const random = prng(20250106);
    const alphabet = [...'abcdefghijklmnopqrstuvwxyzÄöß', 'й', 'λ', '😀', '中'];
    const m = measurer();
    for (let round = 0; round < 200; round++) {
      const words = Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
        Array.from(
          { length: 1 + Math.floor(random() * 25) },
          () => alphabet[Math.floor(random() * alphabet.length)]!,
        ).join(''),
      );
      const text = words.join(random() < 0.2 ? '\n' : ' ');
      const maxWidth = 3 + random() * 60;
      const size = 4 + random() * 8;
      const lines = m.wrap(text, maxWidth, size);
      for (const line of lines) {
        if ([...line].length > 1) expect(m.width(line, size)).toBeLessThanOrEqual(maxWidth);
        expect(line).not.toMatch(LONE_SURROGATE);
      }
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    }
  });
});

describe('fitLine', () => {
  it('returns a text that fits as it is, without an ellipsis', () => {
    expect(fitLine(measurer(), 'Lemonade', 40, 10)).toBe('Lemonade'); // exactly 40 wide
    expect(fitLine(measurer(), '', 0, 10)).toBe('');
  });

  it('cuts a text that does not fit, and ends it with an ellipsis within the width', () => {
    const m = measurer();
    // Width 22 at size 4: eleven code points, the ellipsis one of them.
    const fitted = fitLine(m, 'A canvas with a long name', 22, 4);
    expect(fitted).toBe('A canvas w…');
    expect(m.width(fitted, 4)).toBeLessThanOrEqual(22);
    // One point less: one character less.
    expect(fitLine(m, 'A canvas with a long name', 21.9, 4)).toMatch(/^A canvas ?…$/);
  });

  it('measures bold text as bold', () => {
    // 8 code points: 16 wide regular, 17.6 bold.
    expect(fitLine(measurer(), 'Segments', 16, 4)).toBe('Segments');
    expect(fitLine(measurer(), 'Segments', 16, 4, true)).toBe('Segmen…');
  });

  it('cuts between code points, keeping emoji whole', () => {
    expect(fitLine(measurer(), '😀🎉🚀🌍🧪', 4, 2)).toBe('😀🎉🚀…');
  });

  it('keeps at least one character before the ellipsis', () => {
    expect(fitLine(measurer(), 'Wide', 0.1, 10)).toBe('W…');
  });
});

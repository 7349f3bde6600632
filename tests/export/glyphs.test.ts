// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { glyphCleaner, MISSING_GLYPH } from '../../src/export/pdf';

const R = MISSING_GLYPH;

/**
 * A font like the embedded Noto Sans: Latin, Greek, Cyrillic and general punctuation (which has
 * U+200D ZERO WIDTH JOINER, as Noto Sans does), but no emoji, no CJK, no variation selectors.
 */
const NOTO_LIKE = (cp: number) =>
  cp <= 0x24f || (cp >= 0x370 && cp <= 0x4ff) || (cp >= 0x2000 && cp <= 0x206f) || cp === 0x20ac;
/** The same font without the joiner: how the cleaner must treat a joiner it cannot draw. */
const WITHOUT_JOINER = (cp: number) => cp !== 0x200d && NOTO_LIKE(cp);

describe('glyphCleaner', () => {
  it('keeps text the font can draw as it is', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    const text = 'Café — “quoted” 12 € · Ünïcödé';
    expect(clean(text)).toBe(text);
    expect([...missing]).toEqual([]);
  });

  it('keeps Cyrillic and Greek when the font has them', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    expect(clean('Привет, мир! Καλημέρα κόσμε')).toBe('Привет, мир! Καλημέρα κόσμε');
    expect(missing.size).toBe(0);
  });

  it('replaces Cyrillic and Greek when the font lacks them', () => {
    const latinOnly = (cp: number) => cp <= 0x24f;
    const { clean, missing } = glyphCleaner(latinOnly);
    expect(clean('Да, να')).toBe(`${R}${R}, ${R}${R}`);
    expect([...missing]).toEqual(['Д', 'а', 'ν', 'α']);
  });

  it('replaces each missing character with U+FFFD and reports it once', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    expect(clean('a中b中c☃')).toBe(`a${R}b${R}c${R}`);
    expect(clean('中 again')).toBe(`${R} again`);
    expect([...missing]).toEqual(['中', '☃']);
  });

  it('replaces an astral character (a surrogate pair) with one U+FFFD', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    expect(clean('go 🚀!')).toBe(`go ${R}!`);
    expect([...missing]).toEqual(['🚀']);
  });

  it('gives one U+FFFD for an emoji with a variation selector', () => {
    const { clean } = glyphCleaner(NOTO_LIKE);
    expect(clean('I ❤️ it')).toBe(`I ${R} it`);
    expect(clean('☺︎')).toBe(R); // text presentation selector (U+FE0E)
  });

  it('gives one U+FFFD for an emoji with a skin tone', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    expect(clean('👍🏽 ok')).toBe(`${R} ok`);
    // The whole character is reported, as the user typed it.
    expect([...missing]).toEqual(['👍🏽']);
  });

  it('gives one U+FFFD for each of two emoji in a row', () => {
    const { clean } = glyphCleaner(NOTO_LIKE);
    expect(clean('😀😀')).toBe(`${R}${R}`);
    expect(clean('👍🏽👍🏿')).toBe(`${R}${R}`);
    expect(clean('❤️❤️')).toBe(`${R}${R}`);
  });

  // A ZWJ sequence is one character: one U+FFFD, not one per emoji in it.
  it('gives one U+FFFD for a ZWJ sequence when the font lacks the joiner', () => {
    const { clean } = glyphCleaner(WITHOUT_JOINER);
    expect(clean('👩‍💻 codes')).toBe(`${R} codes`);
    expect(clean('👨‍👩‍👧')).toBe(R);
  });

  // Noto Sans has a glyph for U+200D; the joiner must still not split the sequence.
  it('gives one U+FFFD for a ZWJ sequence when the font has the joiner', () => {
    const { clean } = glyphCleaner(NOTO_LIKE);
    expect(clean('👩🏽‍💻')).toBe(R);
  });

  // \"©️\" (U+00A9 U+FE0F, as phones type it): the invisible selector is dropped, not reported.
  it('drops a variation selector after a character the font can draw', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    expect(clean('©️ 2025')).toBe('© 2025');
    expect(missing.size).toBe(0);
  });

  // A flag is two regional indicators: one character.
  it('gives one U+FFFD for a flag', () => {
    const { clean } = glyphCleaner(NOTO_LIKE);
    expect(clean('🇩🇪')).toBe(R);
  });

  it('drops control characters and turns tabs into spaces', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    expect(clean('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg')).toBe('abcdefg');
    expect(clean('key:\tvalue')).toBe('key: value');
    expect(missing.size).toBe(0);
  });

  it('normalises CRLF and lone CR line ends to LF, and keeps LF', () => {
    const { clean } = glyphCleaner(NOTO_LIKE);
    expect(clean('one\r\ntwo\rthree\nfour\r\n\r\nfive')).toBe('one\ntwo\nthree\nfour\n\nfive');
  });

  it('does not fold a character after a line break into a missing cluster', () => {
    // A skin tone alone at the start of a line is its own (missing) character.
    const { clean } = glyphCleaner(NOTO_LIKE);
    expect(clean('👍\n🏽')).toBe(`${R}\n${R}`);
  });

  it('reports missing characters across every text cleaned with it', () => {
    const { clean, missing } = glyphCleaner(NOTO_LIKE);
    clean('title 中');
    clean('note ☃ and 中');
    clean('date');
    expect([...missing]).toEqual(['中', '☃']);
    expect(glyphCleaner(NOTO_LIKE).missing.size).toBe(0);
  });
});

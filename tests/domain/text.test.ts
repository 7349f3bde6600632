import { describe, expect, it } from 'vitest';
import { cutText, parseTypedNumber } from '../../src/domain/text';

/** No half of a character left alone (String.prototype.isWellFormed, ES2024). */
const wellFormed = (text: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('cutText', () => {
  it('leaves text within the limit as it is', () => {
    expect(cutText('Plan', 4)).toBe('Plan');
    expect(cutText('', 0)).toBe('');
  });

  it('cuts at the limit', () => {
    expect(cutText('abcdef', 4)).toBe('abcd');
  });

  // Regression, found by an exploratory run: a note of 1,999 characters and two emoji kept half
  // an emoji at position 2,000, shown as "�"; so did a long canvas name's copy.
  it('never splits a character in two: one that straddles the limit is left out whole', () => {
    expect(cutText('abc😀', 4)).toBe('abc');
    expect(cutText('abc😀', 5)).toBe('abc😀');
    expect(cutText('😀😀😀', 3)).toBe('😀');
    for (const max of [1, 2, 3, 4, 5, 6, 7]) {
      const cut = cutText('a😀b😀😀c', max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(wellFormed(cut)).toBe(true);
    }
  });
});

describe('parseTypedNumber', () => {
  it('reads numbers as people type them, in English or European style', () => {
    const cases: [string, number][] = [
      ['1200', 1200],
      ['1,200', 1200],
      ['1,200,000', 1_200_000],
      ['1 200 000', 1_200_000],
      ['1\u202f200', 1200],
      ['1.200.000', 1_200_000],
      ['1.200.000,50', 1_200_000.5],
      ['1,200,000.50', 1_200_000.5],
      ['4.5', 4.5],
      // Found by an exploratory run: "4,5" was read as 45 (a churn of 45 %).
      ['4,5', 4.5],
      ['0,25', 0.25],
      ['12,75', 12.75],
      ['-3', -3],
      ['.5', 0.5],
      ['  42  ', 42],
    ];
    for (const [text, n] of cases) expect(parseTypedNumber(text), text).toBe(n);
  });

  it('reads "1.200" as 1,200 in a count, where it cannot be 1.2', () => {
    expect(parseTypedNumber('1.200')).toBe(1.2);
    expect(parseTypedNumber('1.200', { count: true })).toBe(1200);
    expect(parseTypedNumber('12.500', { count: true })).toBe(12500);
    expect(parseTypedNumber('1.25', { count: true })).toBe(1.25);
    expect(parseTypedNumber('1,200', { count: true })).toBe(1200);
  });

  it('reads digits of other scripts, the Arabic separators and the minus sign', () => {
    const cases: [string, number][] = [
      ['٤٫٥', 4.5],
      ['١٬٢٠٠', 1200],
      ['۱۲۰۰', 1200],
      ['१२००', 1200],
      ['１２００', 1200],
      ['\u22123', -3],
    ];
    for (const [text, n] of cases) expect(parseTypedNumber(text), text).toBe(n);
    expect(parseTypedNumber('٤x٥')).toBeNull();
  });

  it('refuses what is not a plain number: hexadecimal, exponents, words', () => {
    for (const text of ['0x10', '1e5', 'ten', '12abc', '', '-', '1..2', '1,2,3.4.5'])
      expect(parseTypedNumber(text), text).toBeNull();
  });
});

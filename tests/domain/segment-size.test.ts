import { describe, expect, it } from 'vitest';
import { formatAmount, sizeLine } from '../../src/domain/segment-size';

const size = (patch: Partial<Parameters<typeof sizeLine>[0]> = {}) => ({
  count: null,
  unit: '',
  tam: null,
  sam: null,
  som: null,
  currency: 'USD',
  ...patch,
});

describe('sizeLine', () => {
  // Regression, found by an exploratory run: side by side read "42000 companies, TAM 504000000
  // USD, SAM 176000000, SOM 5900000".
  it('reads at a glance: separators, money in its currency, compact from a million', () => {
    expect(
      sizeLine(size({ count: 42000, unit: 'companies', tam: 504e6, sam: 176e6, som: 5.9e6 })),
    ).toBe('42,000 companies · TAM $504M · SAM $176M · SOM $5.9M');
    expect(sizeLine(size({ tam: 250_000, currency: 'EUR' }))).toBe('TAM €250,000');
  });

  it('counts customers when no unit is given, and is empty when nothing is known', () => {
    expect(sizeLine(size({ count: 1200 }))).toBe('1,200 customers');
    expect(sizeLine(size())).toBe('');
  });

  it('flags a serviceable market under a tenth of the total', () => {
    expect(sizeLine(size({ tam: 1000, sam: 50 }))).toBe('TAM $1,000 · SAM $50 · SAM is 5 % of TAM');
  });

  it('shows a currency code Intl does not know after the number', () => {
    expect(sizeLine(size({ tam: 1500, currency: 'ZZZZ' }))).toBe('TAM 1,500 ZZZZ');
  });
});

describe('formatAmount', () => {
  it('separates thousands; money is compact from a million', () => {
    expect(formatAmount(1234567)).toBe('1,234,567');
    expect(formatAmount(999_999, 'USD')).toBe('$999,999');
    expect(formatAmount(250_000.5, 'EUR')).toBe('€250,000.5');
    expect(formatAmount(1_250_000, 'USD')).toBe('$1.3M');
  });
});

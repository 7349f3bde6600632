// A segment's size as people read it (the side-by-side view, a merge's choices, the PDF), and the
// market-size sanity flag. Kept apart from segment-score.ts: the merge, which loads with the
// canvas, needs these and none of the scoring.
import type { SegmentSize } from './segment.schema';

/** A serviceable market under a tenth of the total addressable market is flagged. */
export const MIN_MARKET_SHARE = 0.1;
/** Amounts may be decimals: 0.3 / 3 is 0.09999999999999999, which is 10 %, not under it. */
const SHARE_EPSILON = 1e-9;

/**
 * share = SAM / TAM; flagged when both are known, TAM > 0 and the share is under 10 % (exactly 10 %
 * is not flagged; the comparison tolerates float noise such as 0.3 / 3).
 */
export function marketShareFlag(size: SegmentSize): { flagged: boolean; share: number | null } {
  if (size.tam === null || size.sam === null || size.tam <= 0)
    return { flagged: false, share: null };
  const share = size.sam / size.tam;
  return { flagged: share < MIN_MARKET_SHARE - SHARE_EPSILON, share };
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A number with its thousands separators ("42,000"), or an amount of money in `currency`
 * ("$504M", compact from a million). Formatters are made once: each costs as much as 1,000 uses.
 */
export function formatAmount(value: number, currency?: string): string {
  const compact = !!currency && value >= 1e6;
  const key = `${currency ?? ''} ${compact}`;
  let format = formats.get(key);
  if (!format) {
    format = currency
      ? new Intl.NumberFormat('en', {
          style: 'currency',
          currency,
          notation: compact ? 'compact' : 'standard',
          minimumFractionDigits: 0,
          // Whole amounts as they are ("$999,999"), and cents as typed ("€250,000.5" is not
          // "€250,001"); from a million, compact.
          maximumFractionDigits: compact ? 1 : 2,
        })
      : new Intl.NumberFormat('en');
    formats.set(key, format);
  }
  return format.format(value);
}

/** An amount of money; with a currency code Intl does not know, the plain number and the code. */
function money(value: number, currency: string): string {
  try {
    return formatAmount(value, currency);
  } catch {
    return `${formatAmount(value)} ${currency}`.trim();
  }
}

/** "42,000 companies · TAM $504M · SAM $176M · SOM $5.9M", and the flag; '' when nothing is known. */
export function sizeLine(size: SegmentSize): string {
  const parts: string[] = [];
  if (size.count !== null) parts.push(`${formatAmount(size.count)} ${size.unit || 'customers'}`);
  for (const [label, value] of [
    ['TAM', size.tam],
    ['SAM', size.sam],
    ['SOM', size.som],
  ] as const)
    if (value !== null) parts.push(`${label} ${money(value, size.currency)}`);
  const flag = marketShareFlag(size);
  if (flag.flagged && flag.share !== null)
    parts.push(`SAM is ${Math.round(flag.share * 1000) / 10} % of TAM`);
  return parts.join(' · ');
}

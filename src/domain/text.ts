// Text cut to a limit (a note's 2,000 characters, a name's 120), never inside a character.

/**
 * `text` cut to at most `max` UTF-16 units (the unit of every length limit here, as of the
 * schemas' checks) without splitting a character in two: an emoji or other character outside
 * the Basic Multilingual Plane that would straddle the limit is left out whole, rather than
 * leaving half of it behind to show as "�".
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  const highSurrogate = last >= 0xd800 && last <= 0xdbff;
  return text.slice(0, highSurrogate ? max - 1 : max);
}

// The first code point of each run of ten decimal digits other than 0–9 that people type numbers
// in: Arabic-Indic, Persian, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian,
// full-width.
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
  0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

/**
 * Digits of other scripts as 0–9, the Arabic decimal and thousands separators as . and , and the
 * minus sign as a hyphen.
 */
function asciiDigits(text: string): string {
  return text.replace(/[\u066b\u066c\u2212\p{Nd}]/gu, (c) => {
    if (c === '\u2212') return '-';
    if (c === '\u066b') return '.';
    if (c === '\u066c') return ',';
    const code = c.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    return zero === undefined ? c : String(code - zero);
  });
}

/**
 * A number as people type it, in English or European style: "1,200,000", "1 200 000",
 * "1.200.000", "4.5" and "4,5" (a lone comma with other than three digits after it is a decimal
 * comma), "-3". When both a comma and a point appear, the last is the decimal separator. Null
 * for anything else: hexadecimal ("0x10"), exponents, letters. Digits of other scripts count
 * as theirs ("٤٫٥" is 4.5). For a `count` (whole numbers only), "1.200" is 1,200, not 1.2.
 */
export function parseTypedNumber(text: string, { count = false } = {}): number | null {
  const match = /^(-?)([\d.,]+)$/.exec(
    asciiDigits(text)
      .trim()
      .replace(/[\s_\u00a0\u202f]/g, ''),
  );
  if (!match) return null;
  const [, sign, body] = match as unknown as [string, string, string];
  const occurrences = (c: string) => body.split(c).length - 1;
  const [commas, points] = [occurrences(','), occurrences('.')];
  let decimal: ',' | '.' | null = null;
  if (commas > 0 && points > 0) decimal = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
  else if (commas === 1 && !/,\d{3}$/.test(body)) decimal = ',';
  // "1.200" is 1.2 in English and 1,200 in German; a count has no fractions, so 1,200.
  else if (points === 1 && !(count && /^\d{1,3}\.\d{3}$/.test(body))) decimal = '.';
  const [whole = '', fraction = '', ...more] = decimal ? body.split(decimal) : [body];
  if (more.length > 0 || !/^\d*$/.test(fraction) || (whole === '' && fraction === '')) return null;
  // Digits grouped in threes by the other separator (one kind only), or not grouped at all.
  const grouped = /^\d{1,3}(,\d{3})+$/.test(whole) || /^\d{1,3}(\.\d{3})+$/.test(whole);
  if (!/^\d*$/.test(whole) && !(grouped && !whole.includes(decimal ?? '#'))) return null;
  const n = Number(`${sign}${whole.replace(/[.,]/g, '') || '0'}.${fraction || '0'}`);
  return Number.isFinite(n) ? n : null;
}

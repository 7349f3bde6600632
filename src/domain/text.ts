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

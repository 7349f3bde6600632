// Dates and counts as people read them.
// Made on first use: building Intl formatters costs milliseconds a canvas page does not need.
let relativeFormat: Intl.RelativeTimeFormat | null = null;
let absoluteFormat: Intl.DateTimeFormat | null = null;
const relative = () =>
  (relativeFormat ??= new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }));
const absolute = () =>
  (absoluteFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }));

export function formatRelativeTime(timestamp: number, now: number = Date.now()): string {
  const seconds = Math.round((timestamp - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  if (abs < 45 * 60) return relative().format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return relative().format(Math.round(seconds / 3600), 'hour');
  if (abs < 7 * 86400) return relative().format(Math.round(seconds / 86400), 'day');
  return absolute().format(timestamp);
}

export function formatDateTime(timestamp: number): string {
  return absolute().format(timestamp);
}

/**
 * A count with digit grouping where it matters. Small counts skip Intl: the first
 * toLocaleString() on a page loads locale data, which cost 10 ms on the way to the canvas.
 */
export function formatCount(count: number): string {
  return Math.abs(count) < 1000 ? String(count) : count.toLocaleString();
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

let dayFormat: Intl.DateTimeFormat | null = null;

/** A calendar day ("2026-11-25") as people read it in their locale: "25 Nov 2026". */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  return dayFormat.format(new Date(y, m - 1, d));
}

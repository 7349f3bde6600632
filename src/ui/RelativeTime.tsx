// A moment as people read it ("5 minutes ago"), with the full date and time on hover and in
// the markup.
import { formatDateTime, formatRelativeTime } from './format';

export function RelativeTime({ at }: { at: number }) {
  return (
    <time dateTime={new Date(at).toISOString()} title={formatDateTime(at)}>
      {formatRelativeTime(at)}
    </time>
  );
}

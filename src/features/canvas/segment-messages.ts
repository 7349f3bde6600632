// What the canvas says when a segment stops being one (deleted, or moved out of Customer
// Segments) and the notes linked to it lose their link: said, so that it is never a surprise.
import { segmentName } from '../../domain/segment-ops';
import { plural } from '../../ui/format';

const unlinked = (count: number) =>
  `${plural(count, 'note')} ${count === 1 ? 'was' : 'were'} unlinked from it`;

/** After a delete: "Note deleted.", "Segment deleted.", or with the notes it unlinked. */
export function deletedMessage(isSegment: boolean, unlinkedCount: number): string {
  if (!isSegment) return 'Note deleted.';
  return unlinkedCount > 0 ? `Segment deleted; ${unlinked(unlinkedCount)}.` : 'Segment deleted.';
}

/** After a segment is moved out of Customer Segments with notes linked to it. */
export function movedOutMessage(text: string, unlinkedCount: number): string {
  return `“${segmentName(text)}” left Customer Segments, so it is no longer a segment; ${unlinked(unlinkedCount)}.`;
}

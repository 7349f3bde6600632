// A sentence with names in it ("Deleted “Plan”."), each name set apart for the bidirectional
// algorithm: a name in Arabic or Hebrew, or one with a stray right-to-left override, reads as
// itself without reordering the sentence around it (the quote marks and the full stop stayed
// where they belong only when the name was isolated). <bdi> adds no characters, so what is read
// out, and the accessible names tests find, is the sentence as written.
import { Fragment } from 'react';

/** `text`, with every “quoted” part isolated in a <bdi>. */
export function Quoted({ text }: { text: string }) {
  const parts = text.split(/(“[^”]*”)/);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <Fragment key={i}>
        “<bdi>{part.slice(1, -1)}</bdi>”
      </Fragment>
    ) : (
      part
    ),
  );
}

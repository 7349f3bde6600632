// Free of zod, for the first paint (app/first-paint.ts).

/** A segment's name as people read it (an empty note is still a segment). */
export function segmentName(text: string | undefined): string {
  const name = text?.trim() ?? '';
  return name === '' ? 'Unnamed segment' : name;
}

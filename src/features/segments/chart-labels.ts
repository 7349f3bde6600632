// Where the priority chart's labels go: above their bubbles, moved apart where they would overlap.

export interface ChartLabel {
  /** The bubble's centre, and the label's baseline above it. */
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel extends ChartLabel {
  /** The label's centre and baseline, once placed. */
  labelX: number;
  labelY: number;
}

/** About how wide a 13 px label is: the chart is SVG, laid out before any text is measured. */
const CHAR_WIDTH = 7;
const LINE = 16;

/**
 * Labels that would overlap (two segments with close scores: both names printed over each other)
 * are moved up a line at a time, or below their bubble when there is no room above; each is kept
 * within the chart's width. Placed from the top of the chart down, in a stable order.
 */
export function placeLabels(
  labels: readonly ChartLabel[],
  width: number,
  top: number,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const halfWidth = (text: string) => (text.length * CHAR_WIDTH) / 2 + 2;
  const overlaps = (x: number, y: number, text: string) =>
    placed.some(
      (p) =>
        Math.abs(p.labelX - x) < halfWidth(p.text) + halfWidth(text) &&
        Math.abs(p.labelY - y) < LINE,
    );
  const order = labels
    .map((label, i) => ({ label, i }))
    .sort((a, b) => a.label.y - b.label.y || a.i - b.i);
  const out: PlacedLabel[] = new Array(labels.length);
  for (const { label, i } of order) {
    const half = halfWidth(label.text);
    const labelX = Math.min(Math.max(label.x, half), width - half);
    let labelY = label.y;
    // Up while there is room, then down from the first spot.
    while (overlaps(labelX, labelY, label.text) && labelY - LINE >= top + LINE) labelY -= LINE;
    if (overlaps(labelX, labelY, label.text)) {
      labelY = label.y;
      while (overlaps(labelX, labelY, label.text)) labelY += LINE;
    }
    const done = { ...label, labelX, labelY };
    placed.push(done);
    out[i] = done;
  }
  return out;
}

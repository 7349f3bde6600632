import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../src/features/segments/chart-labels';

const W = 520;
const TOP = 24;

/** Whether two placed labels' boxes (7 px a character, 16 px a line) overlap. */
function clash(a: { labelX: number; labelY: number; text: string }, b: typeof a): boolean {
  const half = (t: string) => (t.length * 7) / 2 + 2;
  return (
    Math.abs(a.labelX - b.labelX) < half(a.text) + half(b.text) &&
    Math.abs(a.labelY - b.labelY) < 16
  );
}

describe('placeLabels', () => {
  it('leaves labels that do not meet where they are, above their bubbles', () => {
    const placed = placeLabels(
      [
        { x: 100, y: 200, text: 'Clinics' },
        { x: 400, y: 100, text: 'Hospitals' },
      ],
      W,
      TOP,
    );
    expect(placed.map((p) => [p.labelX, p.labelY])).toEqual([
      [100, 200],
      [400, 100],
    ]);
  });

  // Regression, found by an exploratory run: on the Clearview example, "Compliance-heavy teams"
  // and "Data-messy teams" were printed over each other.
  it('moves apart labels that would overlap, however many share a spot', () => {
    const labels = [
      { x: 300, y: 150, text: 'Compliance-heavy teams' },
      { x: 330, y: 152, text: 'Data-messy teams' },
      { x: 300, y: 150, text: 'Plug-and-play teams' },
    ];
    const placed = placeLabels(labels, W, TOP);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(clash(a, b)).toBe(false);
  });

  it('goes below its spot when there is no room above, and stays within the chart', () => {
    const placed = placeLabels(
      [
        { x: 5, y: 40, text: 'A long segment name here' },
        { x: 8, y: 42, text: 'Another long name here' },
      ],
      W,
      TOP,
    );
    expect(clash(placed[0]!, placed[1]!)).toBe(false);
    for (const p of placed) {
      expect(p.labelX - (p.text.length * 7) / 2).toBeGreaterThanOrEqual(0);
      expect(p.labelY).toBeGreaterThanOrEqual(TOP);
    }
  });
});

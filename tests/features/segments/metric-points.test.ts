// @vitest-environment node
// A metric's chart: points placed by their dates, not one step apart each.
import { describe, expect, it } from 'vitest';
import { metricPoints } from '../../../src/features/segments/MetricsSection';
import { newMetric } from '../../../src/domain/segment-operational';

const metric = (pairs: [string, number][]) => ({
  ...newMetric('m', 'customers'),
  values: pairs.map(([date, value], i) => ({ id: `v${i}`, date, value })),
});
const xs = (points: string) => points.split(' ').map((p) => Number(p.split(',')[0]));

describe('metricPoints', () => {
  // Found by an exploratory run: values a day and a month apart were drawn the same distance
  // apart, so an irregular record looked like a steady rhythm.
  it('places each value by its date', () => {
    const points = metricPoints(
      metric([
        ['2026-01-01', 1],
        ['2026-01-11', 2],
        ['2026-03-02', 3],
      ]),
      120,
      32,
      0,
    );
    // 10 days of 60, then 50 of 60.
    expect(xs(points)).toEqual([0, 20, 120]);
  });

  it('spreads values of one day evenly, and puts a single value at the start', () => {
    expect(
      xs(
        metricPoints(
          metric([
            ['2026-01-01', 1],
            ['2026-01-01', 2],
          ]),
          100,
          10,
          5,
        ),
      ),
    ).toEqual([5, 95]);
    expect(xs(metricPoints(metric([['2026-01-01', 1]]), 100, 10, 5))).toEqual([5]);
  });
});

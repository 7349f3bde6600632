import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NO_ANSWERS } from '../../src/domain/difference';
import { newEvidence } from '../../src/domain/segment-operational';
import type { Segment } from '../../src/domain/segment.schema';
import { actions, T0 } from '../factories';
import { canvas, note, segment, setupSegments, tick, undoSteps } from './segment-fixture';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0 + 60_000);
});

afterEach(() => vi.useRealTimers());

describe('operational edits through the store', () => {
  it('each action changes its part of the segment, as one undo step each', () => {
    const canvasId = setupSegments();
    const initial = segment('seg_a');
    const steps: Segment[] = [];
    /** Runs one edit and checks that it is exactly one new undo step. */
    function step<R>(run: () => R): R {
      steps.push(segment('seg_a'));
      const before = undoSteps(canvasId);
      const out = run();
      expect(undoSteps(canvasId)).toBe(before + 1);
      tick();
      return out;
    }

    step(() => actions().setValidationStatus('seg_a', 'validated'));
    expect(segment('seg_a').validation).toEqual({
      status: 'validated',
      changedAt: '2025-01-06T09:01:00.000Z',
    });

    const ev = step(() => actions().addEvidence('seg_a', '2025-01-06'))!;
    expect(segment('seg_a').evidence).toEqual([newEvidence(ev, '2025-01-06')]);
    step(() => actions().updateEvidence('seg_a', ev, { supports: false, quote: '"Too pricey"' }));
    expect(segment('seg_a').evidence[0]).toMatchObject({ supports: false, quote: '"Too pricey"' });

    const metric = step(() => actions().addMetric('seg_a', 'custom', 'NPS', 'points'))!;
    step(() => actions().updateMetric('seg_a', metric, { unit: 'score' }));
    const late = step(() => actions().addMetricValue('seg_a', metric, '2025-03-01', 41))!;
    const early = step(() => actions().addMetricValue('seg_a', metric, '2025-01-01', 30))!;
    step(() => actions().updateMetricValue('seg_a', metric, early, { date: '2025-04-01' }));
    expect(segment('seg_a').metrics).toEqual([
      {
        id: metric,
        kind: 'custom',
        name: 'NPS',
        unit: 'score',
        values: [
          { id: late, date: '2025-03-01', value: 41 },
          { id: early, date: '2025-04-01', value: 30 },
        ],
      },
    ]);
    step(() => actions().removeMetricValue('seg_a', metric, late));
    expect(segment('seg_a').metrics[0]?.values.map((v) => v.id)).toEqual([early]);

    step(() => actions().updateReview('seg_a', { cadenceDays: 14, lastReviewedOn: '2025-01-06' }));
    expect(segment('seg_a').review).toEqual({
      cadenceDays: 14,
      nextReviewOn: null,
      lastReviewedOn: '2025-01-06',
    });
    step(() => actions().updatePlaybook('seg_a', { escalation: '3 tickets a week' }));
    const first = step(() => actions().addPlaybookStep('seg_a'))!;
    const second = step(() => actions().addPlaybookStep('seg_a'))!;
    step(() => actions().updatePlaybookStep('seg_a', first, 'Kick-off call'));
    step(() => actions().movePlaybookStep('seg_a', second, 0));
    expect(segment('seg_a').playbook).toMatchObject({
      escalation: '3 tickets a week',
      onboarding: [
        { id: second, text: '' },
        { id: first, text: 'Kick-off call' },
      ],
    });
    step(() => actions().removePlaybookStep('seg_a', second));
    step(() => actions().removeMetric('seg_a', metric));
    step(() => actions().removeEvidence('seg_a', ev));
    expect(segment('seg_a')).toMatchObject({ evidence: [], metrics: [] });

    // Each undo steps back exactly one edit, down to where it started.
    while (steps.length > 0) {
      actions().undo(canvasId);
      expect(segment('seg_a')).toEqual(steps.pop());
    }
    expect(segment('seg_a')).toEqual(initial);
  });

  it('ignores edits of a note that does not exist, and repeats that change nothing', () => {
    const canvasId = setupSegments();
    expect(actions().addEvidence('nope', '2025-01-06')).toBeNull();
    expect(actions().addMetric('nope', 'churn')).toBeNull();
    expect(actions().addPlaybookStep('nope')).toBeNull();
    actions().setValidationStatus('seg_a', 'hypothesis'); // already so
    expect(undoSteps(canvasId)).toBe(0);
  });

  it('makes one typing session in an evidence entry one undo step', () => {
    const canvasId = setupSegments();
    const ev = actions().addEvidence('seg_a', '2025-01-06')!;
    tick();
    actions().updateEvidence('seg_a', ev, { summary: 'Wants' }, 'typing-ev');
    tick();
    actions().updateEvidence('seg_a', ev, { summary: 'Wants Fridays back' }, 'typing-ev');
    expect(segment('seg_a').evidence[0]?.summary).toBe('Wants Fridays back');
    expect(undoSteps(canvasId)).toBe(2);
    actions().undo(canvasId);
    expect(segment('seg_a').evidence[0]?.summary).toBe('');
    actions().undo(canvasId);
    expect(segment('seg_a').evidence).toEqual([]);
  });
});

describe('the difference test through the store', () => {
  it('writes the answer on the canvas, once per pair, and undoes', () => {
    const canvasId = setupSegments();
    const before = canvas(canvasId).differences;
    actions().answerDifference(canvasId, 'seg_c', 'seg_a', 'churn', false);
    const [first, second, third] = before;
    expect(canvas(canvasId).differences).toEqual([
      first,
      { ...second!, answers: { ...second!.answers, churn: false } },
      third,
    ]);
    actions().undo(canvasId);
    expect(canvas(canvasId).differences).toEqual(before);
  });

  it('adds a pair the first time it is answered', () => {
    const canvasId = setupSegments();
    const id = actions().addNote(canvasId, 'customer-segments', { text: 'Hospitals' });
    actions().answerDifference(canvasId, id, 'seg_a', 'value', true);
    expect(canvas(canvasId).differences).toHaveLength(4);
    expect(canvas(canvasId).differences[3]).toEqual({
      ...(id < 'seg_a' ? { a: id, b: 'seg_a' } : { a: 'seg_a', b: id }),
      answers: { ...NO_ANSWERS, value: true },
    });
  });

  it('forgets a deleted segment’s pairs, and undo brings them back', () => {
    const canvasId = setupSegments();
    const before = canvas(canvasId).differences;
    actions().deleteNote('seg_b');
    expect(canvas(canvasId).differences).toEqual([before[1]]);
    actions().undo(canvasId);
    expect(canvas(canvasId).differences).toEqual(before);
    expect(note('seg_b').text).toBe('Solo doctors');
  });
});

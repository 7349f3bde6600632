// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answerPair,
  answersFor,
  DIFFERENCE_QUESTIONS,
  differenceVerdict,
  forgetPairs,
  NO_ANSWERS,
  pairKey,
  segmentPairs,
  type DifferenceAnswers,
  type DifferencePair,
  type Verdict,
} from '../../src/domain/difference';

const QUESTION_IDS = DIFFERENCE_QUESTIONS.map((q) => q.id);

/** Answers from a six-letter code, one letter per question in order: y(es), n(o), -(open). */
function answers(code: string): DifferenceAnswers {
  expect(code).toHaveLength(6);
  const value = { y: true, n: false, '-': null } as const;
  return Object.fromEntries(
    QUESTION_IDS.map((id, i) => [id, value[code[i] as keyof typeof value]]),
  ) as DifferenceAnswers;
}

describe('the six questions', () => {
  it('are the operational differences, each with a question for a label', () => {
    expect(QUESTION_IDS).toEqual([
      'onboarding',
      'support',
      'churn',
      'buying',
      'costToServe',
      'value',
    ]);
    for (const q of DIFFERENCE_QUESTIONS) expect(q.label).toMatch(/^Do they .+\?$/);
    expect(Object.keys(NO_ANSWERS).sort()).toEqual([...QUESTION_IDS].sort());
  });
});

describe('differenceVerdict', () => {
  // code, verdict, differences, answered
  const table: [string, Verdict, number, number][] = [
    ['------', 'unanswered', 0, 0],
    ['y-----', 'open', 1, 1],
    ['-----y', 'open', 1, 1],
    ['n-----', 'open', 0, 1],
    ['nnnn--', 'open', 0, 4],
    ['--nnnn', 'open', 0, 4],
    ['ynnnn-', 'open', 1, 5],
    ['yy----', 'distinct', 2, 2],
    ['y----y', 'distinct', 2, 2],
    ['ynnnny', 'distinct', 2, 6],
    ['yyyyyy', 'distinct', 6, 6],
    ['nnnnn-', 'same', 0, 5],
    ['-nnnnn', 'same', 0, 5],
    ['nnnnnn', 'same', 0, 6],
    ['ynnnnn', 'same', 1, 6],
    ['nnnnny', 'same', 1, 6],
    ['nnynnn', 'same', 1, 6],
  ];

  it.each(table)(
    '%s is %s (%i differences, %i answered)',
    (code, verdict, differences, answered) => {
      expect(differenceVerdict(answers(code))).toEqual({ verdict, differences, answered });
    },
  );

  it('treats NO_ANSWERS as unanswered, not as a pass', () => {
    expect(differenceVerdict(NO_ANSWERS).verdict).toBe('unanswered');
  });

  it('turns distinct as soon as a second yes is given, whatever the rest', () => {
    let current = answers('y-----');
    expect(differenceVerdict(current).verdict).toBe('open');
    current = { ...current, value: true };
    expect(differenceVerdict(current).verdict).toBe('distinct');
  });
});

describe('pairKey and answersFor', () => {
  it('orders a pair with the smaller id first, whichever way it is asked', () => {
    expect(pairKey('seg_b', 'seg_a')).toEqual({ a: 'seg_a', b: 'seg_b' });
    expect(pairKey('seg_a', 'seg_b')).toEqual({ a: 'seg_a', b: 'seg_b' });
  });

  it('finds a pair either way round, and gives NO_ANSWERS for an unknown pair', () => {
    const pairs: DifferencePair[] = [{ a: 'seg_a', b: 'seg_b', answers: answers('yn----') }];
    expect(answersFor(pairs, 'seg_b', 'seg_a')).toEqual(answers('yn----'));
    expect(answersFor(pairs, 'seg_a', 'seg_b')).toEqual(answers('yn----'));
    expect(answersFor(pairs, 'seg_a', 'seg_c')).toEqual(NO_ANSWERS);
  });
});

describe('answerPair', () => {
  it('adds a pair on its first answer, stored once with the smaller id first', () => {
    const pairs = answerPair([], 'seg_z', 'seg_m', 'churn', true);
    expect(pairs).toEqual([{ a: 'seg_m', b: 'seg_z', answers: { ...NO_ANSWERS, churn: true } }]);
  });

  it('answers the same stored pair whichever order the ids come in', () => {
    let pairs = answerPair([], 'seg_a', 'seg_b', 'onboarding', true);
    pairs = answerPair(pairs, 'seg_b', 'seg_a', 'support', false);
    pairs = answerPair(pairs, 'seg_a', 'seg_b', 'onboarding', null);
    expect(pairs).toEqual([{ a: 'seg_a', b: 'seg_b', answers: { ...NO_ANSWERS, support: false } }]);
  });

  it('leaves other pairs and the input list untouched', () => {
    const other: DifferencePair = { a: 'seg_c', b: 'seg_d', answers: answers('yy----') };
    const before: DifferencePair[] = [other];
    const frozen = JSON.stringify(before);
    const after = answerPair(before, 'seg_a', 'seg_b', 'value', true);
    expect(JSON.stringify(before)).toBe(frozen);
    expect(after).toHaveLength(2);
    expect(after[0]).toBe(other);
    expect(after[1]).toEqual({ a: 'seg_a', b: 'seg_b', answers: { ...NO_ANSWERS, value: true } });
  });

  it('does not share the NO_ANSWERS object with a new pair', () => {
    answerPair([], 'seg_a', 'seg_b', 'buying', true);
    expect(NO_ANSWERS.buying).toBeNull();
  });
});

describe('segmentPairs', () => {
  it('enumerates n(n-1)/2 pairs in segment order, with answers and verdicts', () => {
    const pairs: DifferencePair[] = [
      { a: 'seg_a', b: 'seg_c', answers: answers('yy----') },
      { a: 'seg_b', b: 'seg_c', answers: answers('nnnnnn') },
    ];
    const result = segmentPairs(['seg_c', 'seg_a', 'seg_b'], pairs);
    expect(result.map((p) => [p.a, p.b, p.verdict.verdict])).toEqual([
      ['seg_c', 'seg_a', 'distinct'],
      ['seg_c', 'seg_b', 'same'],
      ['seg_a', 'seg_b', 'unanswered'],
    ]);
    expect(result[0]?.answers).toEqual(answers('yy----'));
    expect(result[2]?.answers).toEqual(NO_ANSWERS);
  });

  it.each([
    [0, 0],
    [1, 0],
    [2, 1],
    [4, 6],
    [8, 28],
  ])('gives %i segments %i pairs, each once', (n, expected) => {
    const ids = Array.from({ length: n }, (_, i) => `seg_${i}`);
    const result = segmentPairs(ids, []);
    expect(result).toHaveLength(expected);
    const keys = new Set(result.map((p) => `${pairKey(p.a, p.b).a}|${pairKey(p.a, p.b).b}`));
    expect(keys.size).toBe(expected);
    for (const p of result) expect(p.a).not.toBe(p.b);
  });
});

describe('forgetPairs', () => {
  it('drops every pair with the segment on either side, and keeps the rest', () => {
    const pairs: DifferencePair[] = [
      { a: 'seg_a', b: 'seg_b', answers: answers('y-----') },
      { a: 'seg_b', b: 'seg_c', answers: answers('-y----') },
      { a: 'seg_a', b: 'seg_c', answers: answers('--y---') },
    ];
    expect(forgetPairs(pairs, 'seg_b')).toEqual([pairs[2]]);
    expect(forgetPairs(pairs, 'seg_a')).toEqual([pairs[1]]);
    expect(forgetPairs(pairs, 'seg_x')).toEqual(pairs);
    expect(pairs).toHaveLength(3);
  });
});

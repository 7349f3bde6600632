// The operational difference test: two segments are really two only if serving them differs.
// Six questions per pair; a pair with fewer than two differences looks like one segment.
import * as z from 'zod/mini';

export const DIFFERENCE_QUESTIONS = [
  { id: 'onboarding', label: 'Do they need different onboarding workflows?' },
  { id: 'support', label: 'Do they generate different support volume or ticket types?' },
  { id: 'churn', label: 'Do they churn for different reasons?' },
  { id: 'buying', label: 'Do they buy through different channels or cycles?' },
  { id: 'costToServe', label: 'Do they have different cost-to-serve profiles?' },
  { id: 'value', label: 'Do they value different outcomes enough to pay differently?' },
] as const;
export type DifferenceQuestion = (typeof DIFFERENCE_QUESTIONS)[number]['id'];

/** true: they differ; false: they do not; null: not answered yet. */
const AnswerSchema = z.nullable(z.boolean());

export const DifferenceAnswersSchema = z.object({
  onboarding: AnswerSchema,
  support: AnswerSchema,
  churn: AnswerSchema,
  buying: AnswerSchema,
  costToServe: AnswerSchema,
  value: AnswerSchema,
});
export type DifferenceAnswers = z.infer<typeof DifferenceAnswersSchema>;

const IdSchema = z.string().check(z.minLength(1), z.maxLength(64));

/** One pair of segments (note ids, the smaller first) and its answers. Kept on the canvas. */
export const DifferencePairSchema = z.object({
  a: IdSchema,
  b: IdSchema,
  answers: DifferenceAnswersSchema,
});
export type DifferencePair = z.infer<typeof DifferencePairSchema>;

/** Two differences make two segments. */
export const MIN_DIFFERENCES = 2;

export const NO_ANSWERS: DifferenceAnswers = {
  onboarding: null,
  support: null,
  churn: null,
  buying: null,
  costToServe: null,
  value: null,
};

export type Verdict =
  /** Nothing answered yet: not a pass. */
  | 'unanswered'
  /** Some answered; still undecided. */
  | 'open'
  /** At least two differences. */
  | 'distinct'
  /** Fewer than two differences even if every open question were a yes. */
  | 'same';

export interface DifferenceVerdict {
  verdict: Verdict;
  differences: number;
  answered: number;
}

export function differenceVerdict(answers: DifferenceAnswers): DifferenceVerdict {
  const values = DIFFERENCE_QUESTIONS.map((q) => answers[q.id]);
  const differences = values.filter((v) => v === true).length;
  const answered = values.filter((v) => v !== null).length;
  const open = values.length - answered;
  const verdict: Verdict =
    differences >= MIN_DIFFERENCES
      ? 'distinct'
      : differences + open < MIN_DIFFERENCES
        ? 'same'
        : answered === 0
          ? 'unanswered'
          : 'open';
  return { verdict, differences, answered };
}

/** The pair's key order: the smaller id first, so a pair is stored once. */
export function pairKey(x: string, y: string): { a: string; b: string } {
  return x < y ? { a: x, b: y } : { a: y, b: x };
}

export function answersFor(
  pairs: readonly DifferencePair[],
  x: string,
  y: string,
): DifferenceAnswers {
  const { a, b } = pairKey(x, y);
  return pairs.find((p) => p.a === a && p.b === b)?.answers ?? NO_ANSWERS;
}

/** The pairs with one answer set (a pair not there yet is added). */
export function answerPair(
  pairs: readonly DifferencePair[],
  x: string,
  y: string,
  question: DifferenceQuestion,
  answer: boolean | null,
): DifferencePair[] {
  const { a, b } = pairKey(x, y);
  const found = pairs.some((p) => p.a === a && p.b === b);
  const list = found ? [...pairs] : [...pairs, { a, b, answers: NO_ANSWERS }];
  return list.map((p) =>
    p.a === a && p.b === b ? { ...p, answers: { ...p.answers, [question]: answer } } : p,
  );
}

/** Every pair of the given segments (in their order), with its answers and verdict. */
export function segmentPairs(
  segmentIds: readonly string[],
  pairs: readonly DifferencePair[],
): { a: string; b: string; answers: DifferenceAnswers; verdict: DifferenceVerdict }[] {
  const out = [];
  for (let i = 0; i < segmentIds.length; i++)
    for (let j = i + 1; j < segmentIds.length; j++) {
      const a = segmentIds[i]!;
      const b = segmentIds[j]!;
      const answers = answersFor(pairs, a, b);
      out.push({ a, b, answers, verdict: differenceVerdict(answers) });
    }
  return out;
}

/** The pairs without `segmentId` (a merged or deleted segment). */
export function forgetPairs(pairs: readonly DifferencePair[], segmentId: string) {
  return pairs.filter((p) => p.a !== segmentId && p.b !== segmentId);
}

import { EXAMPLE_WORDS, type EvidenceReview } from '../model/evidence-review';

export type EvidenceHint = {
  key: 'situation' | 'action' | 'result' | 'first-person' | 'measurable' | 'length' | 'values' | 'keywords';
  /** Already in the example (a tick), or a suggestion for it (never an error). */
  found: boolean;
  text: string;
};

const LENGTH = `${EXAMPLE_WORDS.min}–${EXAMPLE_WORDS.max}`;

/** The review of an example as gentle hints for the person writing it, in the order they read it. */
export function evidenceHints(review: EvidenceReview, label: (skillId: string) => string): EvidenceHint[] {
  const hint = (key: EvidenceHint['key'], found: boolean, yes: string, no: string): EvidenceHint => ({
    key,
    found,
    text: found ? yes : no,
  });
  const hints = [
    hint(
      'situation',
      review.situation,
      'Situation: where and when it happened.',
      'Set the scene: where, when, and what the problem or task was.',
    ),
    hint('action', review.action, 'Action: what was done.', 'Say what you did, step by step.'),
    hint('result', review.result, 'Result: what changed.', 'Add the result: what changed because of what you did.'),
    hint(
      'first-person',
      review.firstPerson,
      'Told with “I”: what you did yourself.',
      'Say “I”, not only “we”: shortlisters score what you did yourself.',
    ),
    hint(
      'measurable',
      review.measurableResult,
      'A result that can be measured.',
      'A number helps the result: how many, how much, how soon, or before and after.',
    ),
    {
      key: 'length' as const,
      found: review.length === 'within',
      text:
        review.length === 'short'
          ? `${review.words} words: most examples need ${LENGTH} to tell all three parts.`
          : review.length === 'long'
            ? `${review.words} words: beyond ${EXAMPLE_WORDS.max} an example takes the room of two criteria; keep what shows your part.`
            : `${review.words} words: a length shortlisters read (${LENGTH}).`,
    },
    hint(
      'values',
      review.values.length > 0,
      `Shows the NHS values: ${review.values.map(label).join(', ')}.`,
      'No NHS value named yet: if it fits, say how you treated people (with compassion, respect, dignity).',
    ),
  ];
  if (review.keywordShare > 0.5) {
    hints.push({
      key: 'keywords',
      found: false,
      text: 'Mostly skill names: tell it as what happened, in your own words.',
    });
  }
  return hints;
}

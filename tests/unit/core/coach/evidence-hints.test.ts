import { describe, expect, it } from 'vitest';
import { evidenceHints } from '../../../../src/core/coach/evidence-hints';
import type { EvidenceReview } from '../../../../src/core/model/evidence-review';

const review = (over: Partial<EvidenceReview> = {}): EvidenceReview => ({
  situation: true,
  action: true,
  result: true,
  firstPerson: true,
  measurableResult: true,
  words: 120,
  length: 'within',
  values: [],
  mentions: [],
  keywordShare: 0.1,
  ...over,
});
const label = (id: string) => ({ 'val-compassion': 'Compassion and care' })[id] ?? id;

describe('hints beside an example', () => {
  it('ticks what is there, in reading order', () => {
    const hints = evidenceHints(review({ values: ['val-compassion'] }), label);
    expect(hints.map((h) => [h.key, h.found])).toEqual([
      ['situation', true],
      ['action', true],
      ['result', true],
      ['first-person', true],
      ['measurable', true],
      ['length', true],
      ['values', true],
    ]);
    expect(hints.at(-1)!.text).toBe('Shows the NHS values: Compassion and care.');
    expect(hints[5]!.text).toBe('120 words: a length shortlisters read (50–200).');
  });

  it('suggests what is missing, gently: no result, "we" only, nothing measurable, too short or too long', () => {
    const hints = evidenceHints(
      review({ result: false, firstPerson: false, measurableResult: false, words: 30, length: 'short' }),
      label,
    );
    const text = Object.fromEntries(hints.filter((h) => !h.found).map((h) => [h.key, h.text]));
    expect(text).toEqual({
      result: 'Add the result: what changed because of what you did.',
      'first-person': 'Say “I”, not only “we”: shortlisters score what you did yourself.',
      measurable: 'A number helps the result: how many, how much, how soon, or before and after.',
      length: '30 words: most examples need 50–200 to tell all three parts.',
      values: 'No NHS value named yet: if it fits, say how you treated people (with compassion, respect, dignity).',
    });
    expect(evidenceHints(review({ words: 240, length: 'long' }), label).find((h) => h.key === 'length')!.text).toMatch(
      /^240 words: beyond 200 an example takes the room of two criteria/,
    );
  });

  it('says when an example is mostly skill names', () => {
    expect(evidenceHints(review({ keywordShare: 0.8 }), label).at(-1)).toEqual({
      key: 'keywords',
      found: false,
      text: 'Mostly skill names: tell it as what happened, in your own words.',
    });
  });
});

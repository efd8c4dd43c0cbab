import { describe, expect, it } from 'vitest';
import { reviewEvidence } from '../../../../src/core/coach/evidence-review';
import { EXAMPLE_WORDS, isComplete } from '../../../../src/core/model/evidence-review';
import { whatIsLacking } from '../../../../src/core/coach/review-words';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TEST_SKILLS } from '../../support/make-report';

const matcher = compileTaxonomy([
  ...TEST_SKILLS,
  { id: 'qi', label: 'Quality improvement', category: 'governance', variants: ['quality improvement'] },
  { id: 'val-compassion', label: 'Compassion', category: 'values', variants: ['compassion', 'compassionate'] },
  { id: 'val-respect', label: 'Respect and dignity', category: 'values', variants: ['dignity', 'respect'] },
  { id: 'dbs', label: 'DBS check', category: 'other', variants: ['DBS check'], kind: 'condition' },
]);
const review = (situation: string, action: string, result: string) =>
  reviewEvidence({ situation, action, result }, matcher);

const SITUATION = 'Falls on our 28-bed medical ward had risen over the winter, above the trust average.';
const ACTION =
  'I led a clinical audit of every fall over three months, shared the findings at the ward meeting and set up a night-time toileting round.';
const RESULT = 'Falls fell from twelve a month to four within six months, and two other wards adopted the round.';

describe('the evidence check of an example', () => {
  it('finds the situation, the action told with "I", and a measurable result', () => {
    expect(review(SITUATION, ACTION, RESULT)).toMatchObject({
      situation: true,
      action: true,
      result: true,
      firstPerson: true,
      measurableResult: true,
      length: 'within',
      values: [],
      mentions: ['gov-audit'],
    });
    expect(isComplete(review(SITUATION, ACTION, RESULT))).toBe(true);
  });

  it('has a situation, an action and a result but nothing measurable when the result has no number', () => {
    const r = review(SITUATION, ACTION, 'Staff said they felt more confident and the ward felt calmer at night.');
    expect(r).toMatchObject({ situation: true, action: true, result: true, firstPerson: true });
    expect(r.measurableResult).toBe(false);
    expect(isComplete(r)).toBe(true);
  });

  it('counts a share, a before and after, or a time as measurable', () => {
    for (const result of [
      'Falls fell by 30% on the ward.',
      'Waiting times went from 9 weeks to 3.',
      'The backlog was cleared within a month.',
      'Complaints were halved over the year.',
    ]) {
      expect(review(SITUATION, ACTION, result).measurableResult, result).toBe(true);
    }
    // A year is a date, not a measure.
    expect(review(SITUATION, ACTION, 'The new round was still in place in 2025.').measurableResult).toBe(false);
  });

  it('says "we" without "I" is not the writer\'s own action', () => {
    const r = review(SITUATION, ACTION.replace('I led', 'We led'), RESULT);
    expect(r).toMatchObject({ action: true, firstPerson: false });
    expect(isComplete(r)).toBe(false);
    expect(whatIsLacking(r)).toBe('does not say what you did yourself (“I …”, not only “we”)');
  });

  it('finds the parts of an example written all in one box', () => {
    const r = review(
      'When falls on our ward rose over the winter, I led an audit of every fall and changed the night rota. As a result falls fell by a third within six months.',
      '',
      '',
    );
    expect(r).toMatchObject({ situation: true, action: true, result: true, firstPerson: true, measurableResult: true });
  });

  it('names what is missing', () => {
    const r = review('', ACTION, '');
    expect(r).toMatchObject({ situation: false, action: true, result: false });
    expect(whatIsLacking(r)).toBe('has no situation or result yet');
    expect(whatIsLacking(review(SITUATION, '', RESULT))).toBe('has no action of your own yet');
    expect(whatIsLacking(review(SITUATION, ACTION, RESULT))).toBeNull();
  });

  it('does not count a note stuffed with keywords as an example', () => {
    const stuffed = review(
      'clinical audit, risk management, quality improvement',
      'Clinical audit. Risk management. Line management. Excel. Quality improvement. Compassion.',
      'quality improvement; clinical audit; risk management',
    );
    expect(stuffed).toMatchObject({ situation: false, action: false, result: false, measurableResult: false });
    expect(stuffed.keywordShare).toBe(1);
    expect(isComplete(stuffed)).toBe(false);
  });

  it('counts the words, and says whether shortlisters read that length', () => {
    const short = review('On the ward.', 'I did it.', 'It worked.');
    expect(short).toMatchObject({ words: 8, length: 'short' });
    const long = review(SITUATION, `${ACTION} `.repeat(10), RESULT);
    expect(long.words).toBeGreaterThan(EXAMPLE_WORDS.max);
    expect(long.length).toBe('long');
  });

  it('lists the NHS values it shows, and the other skills it names, not conditions or negated ones', () => {
    const r = review(
      SITUATION,
      `${ACTION} I made sure every patient was treated with dignity and a compassionate manner, with no DBS check needed.`,
      'The quality improvement project cut falls by a third; risk management training was not required.',
    );
    expect(r.values).toEqual(['val-respect', 'val-compassion']);
    expect(r.mentions).toEqual(['gov-audit', 'qi']);
  });
  it('counts a phrase of the taxonomy as pasted wherever it sits, even where its context reads no skill', () => {
    // "deputy" asks for a cue before it in its skill's phrase: after "I" it names nothing, yet it is still pasted.
    const deputy = compileTaxonomy([
      ...TEST_SKILLS,
      {
        id: 'deputy',
        label: 'Deputising',
        category: 'leadership',
        variants: [{ text: 'experience as a deputy', needs: ['previous'], window: 2 }],
      },
    ]);
    const pasted = reviewEvidence({ situation: '', action: '', result: 'I experience as a deputy we I' }, deputy);
    expect(isComplete(pasted)).toBe(false);
    expect(pasted.action).toBe(false);
  });
});

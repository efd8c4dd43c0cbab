import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewEvidence } from '../../../src/core/coach/evidence-review';
import { isComplete, type NoteFields } from '../../../src/core/model/evidence-review';
import { matchText } from '../../../src/core/match/match-text';
import { defaultMatcher } from '../../../src/core/taxonomy/default-matcher';
import { tokenise } from '../../../src/core/text/tokenise';
import { TAXONOMY_PHRASES } from './arbitraries';

const matcher = defaultMatcher();

/** The phrases an advert's keywords are: taxonomy phrases the matcher recognises word for word. */
const KEYWORDS = TAXONOMY_PHRASES.filter((phrase) => {
  const hits = matchText(matcher, phrase);
  return tokenise(phrase).every((t) => hits.some((h) => t.start >= h.start && t.end <= h.end));
});

const SITUATIONS = [
  'Falls on our 28-bed medical ward had risen over the winter, above the trust average.',
  'As a band 5 nurse on a busy surgical ward I noticed that discharge letters were often late.',
  'Our community team had a backlog of referrals waiting more than eight weeks.',
  'On the ward.',
  '',
];
const ACTIONS = [
  'I led an audit of every fall over three months and set up a night-time toileting round.',
  'We reviewed the discharge process together and changed the order of the ward round.',
  'I introduced a daily huddle, rewrote the triage checklist and trained six colleagues to use it.',
  'Worked hard on it.',
  '',
];
const RESULTS = [
  'Falls fell from twelve a month to four within six months.',
  'Staff said they felt more confident and the ward felt calmer.',
  'The backlog was cleared within a month and waits fell by 40%.',
  'It went well.',
  '',
];
const BOXES = ['situation', 'action', 'result'] as const;

const note = fc.record({
  situation: fc.constantFrom(...SITUATIONS),
  action: fc.constantFrom(...ACTIONS),
  result: fc.constantFrom(...RESULTS),
});
const keywords = fc.array(fc.constantFrom(...KEYWORDS), { minLength: 1, maxLength: 8 });
/** Keywords pasted into a box: after what is there, or instead of it. */
const stuffing = fc.record({ box: fc.constantFrom(...BOXES), words: keywords, replace: fc.boolean() });

function stuff(
  fields: NoteFields,
  { box, words, replace }: { box: (typeof BOXES)[number]; words: string[]; replace: boolean },
) {
  const pasted = words.join('. ');
  return { ...fields, [box]: replace || !fields[box] ? pasted : `${fields[box]}. ${pasted}` };
}

const FLAGS = ['situation', 'action', 'result', 'firstPerson', 'measurableResult'] as const;

describe('the evidence check cannot be raised by pasting keywords', { timeout: 60_000 }, () => {
  it('has real keywords to paste', () => {
    expect(KEYWORDS.length).toBeGreaterThan(500);
  });

  it("never turns a finding on when an advert's keywords are pasted into any box", () => {
    fc.assert(
      fc.property(note, fc.array(stuffing, { minLength: 1, maxLength: 3 }), (fields, pastes) => {
        const before = reviewEvidence(fields, matcher);
        const after = reviewEvidence(pastes.reduce(stuff, fields), matcher);
        for (const flag of FLAGS) if (after[flag]) expect(before[flag], flag).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never counts a note of keywords, with "I" and "we" thrown in, as a complete example', () => {
    const box = fc
      .array(fc.oneof(fc.constantFrom(...KEYWORDS), fc.constantFrom('I', 'we', 'We')), { maxLength: 10 })
      .chain((words) => fc.constantFrom(words.join(' '), words.join(', '), words.join('. ')));
    fc.assert(
      fc.property(box, box, box, (situation, action, result) => {
        expect(isComplete(reviewEvidence({ situation, action, result }, matcher))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { nearestGap, ruledOutByNearer } from '../../../../../src/core/match/phrasing/nearest-head';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

const words = (phrase: string) => tokenise(phrase).map((t) => t.norm);

describe('nearestGap', () => {
  const tokens = tokenise('a course in stroke care and experience of renal work');
  it('counts the words between a phrase and the span, on either side', () => {
    // "renal" is token 8: "experience" ends at 7, one word ("of") between.
    expect(nearestGap(tokens, [words('experience')], 8, 9, 0, tokens.length)).toBe(1);
    expect(nearestGap(tokens, [words('course')], 3, 5, 0, tokens.length)).toBe(1);
  });
  it('is Infinity when the phrase is not inside the range, and -1 when it overlaps the span', () => {
    expect(nearestGap(tokens, [words('course')], 8, 9, 4, tokens.length)).toBe(Infinity);
    expect(nearestGap(tokens, [words('stroke care')], 3, 4, 0, tokens.length)).toBe(-1);
  });
  it('passes over the occurrences it is told to skip', () => {
    expect(nearestGap(tokens, [words('experience')], 8, 9, 0, tokens.length, (at) => at === 6)).toBe(Infinity);
  });
});

describe('ruledOutByNearer', () => {
  it('rules out when the course word is as near as the cue or nearer, or there is no cue', () => {
    expect(ruledOutByNearer(1, 4)).toBe(true);
    expect(ruledOutByNearer(2, 2)).toBe(true);
    expect(ruledOutByNearer(3, Infinity)).toBe(true);
    expect(ruledOutByNearer(5, 1)).toBe(false);
    expect(ruledOutByNearer(Infinity, 1)).toBe(false);
  });
});

/** A specialty belongs to the nearer of the experience and the course its clause names. */
describe('a specialty between experience and a course', () => {
  it('is experience when the experience is nearer', () => {
    expect(
      ruleIds(
        'Experience of assessments in learning disabilities is required and a qualification in makaton is welcome',
        'Occupational Therapist',
      ),
    ).toContain('exp-specialty');
  });
  it('is the subject of the course when the course is nearer', () => {
    expect(ruleIds('Some experience and a diploma in intensive care nursing', 'Staff Nurse')).not.toContain(
      'exp-specialty',
    );
    expect(ruleIds('A post-registration course in oncology', 'Staff Nurse')).not.toContain('exp-specialty');
  });
});

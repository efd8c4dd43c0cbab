import { describe, expect, it } from 'vitest';
import { profileReviewLookup, reviewProfile } from '../../../../src/core/coach/profile-reviews';
import { shortlist } from '../../../../src/core/coach/shortlisting';
import { emptyProfile, type Profile } from '../../../../src/core/model/profile';
import { makeReport, testMatcher, type TestCriterion } from '../../support/make-report';

const NOW = new Date('2026-11-24T12:00:00Z');
const complete = {
  id: 'falls',
  situation: 'Falls on our 28-bed medical ward had risen over the winter, above the trust average.',
  action: 'I led a clinical audit of every fall over three months and set up a night-time toileting round.',
  result: 'Falls fell from twelve a month to four within six months.',
};
const weOnly = { ...complete, id: 'we', action: complete.action.replace('I led', 'We led') };
const noResult = { ...complete, id: 'half', result: '' };

function view(criteria: TestCriterion[], profile: Partial<Profile>, closingDate: string | null = '2027-01-31') {
  const full: Profile = { ...emptyProfile(NOW), ...profile };
  const report = makeReport(criteria, full, { closingDate }, NOW);
  const reviewOf = profileReviewLookup(full, reviewProfile(full, testMatcher));
  return shortlist(report, full, testMatcher.skills, reviewOf, NOW);
}
const scores = (s: ReturnType<typeof view>) => [...s.criteria.values()].map((c) => c.score);

describe("the shortlister's view of each criterion", () => {
  it('scores 0 when nothing in the profile evidences it, or no skill is recognised', () => {
    const s = view(
      [
        { level: 'essential', text: 'Risk management' },
        { level: 'essential', text: 'Able to work nights' },
      ],
      {},
    );
    expect(scores(s)).toEqual([0, 0]);
    expect(s.criteria.get('c1')!.why).toBe('Nothing in your profile evidences it (Risk management).');
    expect(s.criteria.get('c2')!.why).toMatch(/^No skill the extension recognises/);
  });

  it('scores 1 for a skill held without an example, and 2 with a situation, an own action and a result', () => {
    const criteria: TestCriterion[] = [{ level: 'essential', text: 'Experience of clinical audit' }];
    const held = view(criteria, { skills: [{ skillId: 'gov-audit', status: 'held' }] });
    expect(held.criteria.get('c1')).toEqual({
      score: 1,
      why: 'You hold Clinical audit, but have no example for it yet.',
    });
    const evidenced = view(criteria, { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [complete] }] });
    expect(evidenced.criteria.get('c1')).toEqual({
      score: 2,
      why: 'Your example for Clinical audit has a situation, your own action and a result.',
    });
  });

  it('scores 1 for an example told with "we" only, or without a result', () => {
    const criteria: TestCriterion[] = [{ level: 'essential', text: 'Experience of clinical audit' }];
    const we = view(criteria, { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [weOnly] }] });
    expect(we.criteria.get('c1')).toEqual({
      score: 1,
      why: 'Your example for Clinical audit does not say what you did yourself (“I …”, not only “we”).',
    });
    const half = view(criteria, { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [noResult] }] });
    expect(half.criteria.get('c1')!.why).toBe('Your example for Clinical audit has no result yet.');
    // One complete example among others is enough.
    const both = view(criteria, { skills: [{ skillId: 'gov-audit', status: 'held', evidence: [weOnly, complete] }] });
    expect(scores(both)).toEqual([2]);
  });

  it('needs every requirement of a criterion evidenced for a 2, any one of alternatives', () => {
    const skills: Profile['skills'] = [
      { skillId: 'gov-audit', status: 'held', evidence: [complete] },
      { skillId: 'gov-risk', status: 'held' },
      { skillId: 'it-excel', status: 'held' },
    ];
    const s = view(
      [
        { level: 'essential', text: 'Clinical audit and risk management' },
        { level: 'essential', text: 'Clinical audit or Excel' },
      ],
      { skills },
    );
    expect(scores(s)).toEqual([1, 2]);
    expect(s.criteria.get('c1')!.why).toBe('You hold Risk management, but have no example for it yet.');
  });

  it('scores a registration 2 once held and in date at the closing date, 1 when it lapses before', () => {
    const criteria: TestCriterion[] = [{ level: 'essential', text: 'Current NMC registration' }];
    const registration = { id: 'r', body: 'NMC', skillId: 'reg-nurse' };
    expect(view(criteria, { registrations: [{ ...registration, expires: '2027-06-30' }] }).criteria.get('c1')).toEqual({
      score: 2,
      why: 'Registered nurse: registered, and in date at the closing date.',
    });
    expect(view(criteria, { registrations: [registration] }).criteria.get('c1')).toEqual({
      score: 2,
      why: 'Registered nurse: registered (checked on the register, not by example).',
    });
    expect(view(criteria, { registrations: [{ ...registration, expires: '2027-01-10' }] }).criteria.get('c1')).toEqual({
      score: 1,
      why: 'Your NMC registration expires on 10 January 2027, before the closing date: renew it, or say when it will be renewed.',
    });
    // Without a closing date, in date today.
    const lapsed = view(criteria, { registrations: [{ ...registration, expires: '2026-10-01' }] }, null);
    expect(lapsed.criteria.get('c1')!.why).toMatch(/^Your NMC registration expired on 1 October 2026/);
  });

  it('scores a partly met criterion 1, saying why', () => {
    const s = view([{ level: 'essential', text: 'Clinical audit and risk management' }], {
      skills: [{ skillId: 'gov-audit', status: 'held', evidence: [complete] }],
    });
    expect(s.criteria.get('c1')).toEqual({ score: 1, why: 'Only partly met: not in your profile: Risk management.' });
  });

  it("adds up the essential criteria's points, every essential criterion counted out of 2", () => {
    const s = view(
      [
        { level: 'essential', text: 'Current NMC registration' },
        { level: 'essential', text: 'Experience of clinical audit' },
        { level: 'essential', text: 'Line management' },
        { level: 'essential', text: 'Able to work nights' },
        { level: 'desirable', text: 'Excel' },
      ],
      {
        registrations: [{ id: 'r', body: 'NMC', skillId: 'reg-nurse' }],
        skills: [
          { skillId: 'gov-audit', status: 'held', evidence: [complete] },
          { skillId: 'lead-manage', status: 'held' },
          { skillId: 'it-excel', status: 'held', evidence: [complete] },
        ],
      },
    );
    expect(s.primary).toBe('essential');
    expect(s.points).toEqual({ earned: 5, possible: 8 });
  });

  it('counts unmarked criteria when the advert marks none essential', () => {
    const s = view([{ level: 'unspecified', text: 'Clinical audit' }], {});
    expect(s).toMatchObject({ primary: 'unspecified', points: { earned: 0, possible: 2 } });
  });
});

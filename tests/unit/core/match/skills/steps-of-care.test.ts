import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';

/** Phrasings written for the tests, in the shapes of real adverts. */
const matcher = defaultMatcher();
const ids = (text: string) =>
  matchText(matcher, text, { title: 'Staff Nurse' })
    .filter((h) => !h.negated)
    .map((h) => h.skillId);

describe('the steps of the nursing process listed together share their object', () => {
  it.each([
    'The ability to plan, assess, implement and evaluate patient care',
    'Able to assess and plan care',
    'Assessing and planning holistic patient care',
    'Specialist assessment, planning and evaluation skills',
  ])('%s: assessment and care planning', (text) => {
    expect(ids(text)).toEqual(expect.arrayContaining(['clin-assessment', 'clin-care-planning']));
  });

  it('reads the planning there as planning care, not one’s time', () => {
    expect(ids('Specialist assessment, planning and evaluation skills')).not.toContain('other-organisation-time');
  });

  it.each(['Develop, deliver and review training programmes', 'Plan, deliver and review policies'])(
    '%s: no care, no care planning',
    (text) => {
      expect(ids(text)).not.toContain('clin-care-planning');
    },
  );
});

import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Care planning named by the steps of the nursing process, or by drawing up plans; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Community Nurse');
const PLANNING = 'clin-care-planning';

describe('care planning by its steps', () => {
  it('names the assessment as well as the planning', () => {
    const found = ids('Sound assessment, planning, implementation and evaluation of care');
    expect(found).toEqual(expect.arrayContaining(['clin-assessment', PLANNING]));
    expect(ids('Skilled in assessment & care planning')).toEqual(expect.arrayContaining(['clin-assessment', PLANNING]));
  });

  it.each([
    'Makes sure needs are assessed, planned and evaluated',
    'Confident formulating treatment plans with families',
    'Takes part in the formulation of crisis plans',
  ])('%s', (text) => {
    expect(ids(text)).toContain(PLANNING);
  });

  it('is not read from plans that are not a patient’s', () => {
    expect(ids('Will formulate business plans for the board')).not.toContain(PLANNING);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

const INITIATIVE = 'val-motivation-initiative';

/** "Initiative" asked of the applicant in any frame, not only after a verb of using it. */
describe('initiative as a quality', () => {
  it.each([
    'Applicants will need a real sense of initiative and good humour',
    'We need someone with energy and initiative who enjoys a busy clinic',
    'Clear judgement, initiative and a calm manner',
    'You will have the initiative to sort out problems as they come up',
    'Initiative to plan your own day within the team',
    'Able to take the initiative when the manager is away',
  ])('is read in "%s"', (text) => {
    expect(ruleIds(text, 'Clinic Coordinator')).toContain(INITIATIVE);
  });

  it.each([
    'Experience of leading a regional quality initiative',
    'You will help to roll out this initiative across the county',
    'Support the initiative with the local authority',
    'Knowledge of national initiatives in primary care',
  ])('is no quality in the project sense: "%s"', (text) => {
    expect(ruleIds(text, 'Clinic Coordinator')).not.toContain(INITIATIVE);
  });
});

import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** An ask for experience reaches the setting it is of across a long object; phrasings invented. */
describe('experience of a setting named far from the word', () => {
  it('reaches it through links, nouns and a list', () => {
    expect(
      ruleIds('Experience of working at a senior grade within a large health or social care environment', 'Director'),
    ).toContain('exp-care-setting');
    expect(
      ruleIds(
        'Some experience in data management systems, preferably in a hospital and ideally in Haematology',
        'Analyst',
      ),
    ).toContain('exp-specialty');
  });

  it('stops at another ask, a verb of its own or an activity', () => {
    expect(
      ruleIds('Experience of audit processes and an understanding of the needs of patients in Haematology', 'Analyst'),
    ).not.toContain('exp-specialty');
    expect(
      ruleIds('Relevant experience is required as the successful applicant will cover Haematology', 'Analyst'),
    ).not.toContain('exp-specialty');
    expect(ruleIds('Experience of supervising a large team of haematology assistants', 'Analyst')).not.toContain(
      'exp-specialty',
    );
  });
});

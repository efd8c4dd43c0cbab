import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Leading or directing a team of a kind; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Consultant');

describe('leading a team of a kind', () => {
  it('is leadership, with or without an article, one team or several', () => {
    expect(ids('Used to directing multi-professional teams')).toContain('lead-leadership');
    expect(ids('Has led a cross-functional team')).toContain('lead-leadership');
  });

  it('keeps the multidisciplinary working it names', () => {
    expect(ids('Happy leading multidisciplinary teams')).toEqual(
      expect.arrayContaining(['lead-leadership', 'comm-mdt']),
    );
  });
});

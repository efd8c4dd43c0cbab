import { describe, expect, it } from 'vitest';
import { idiomTokens } from '../../../../../src/core/match/words/idioms';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

describe('a track record is a history, not a record', () => {
  it('marks the later words of an idiom only', () => {
    expect([...idiomTokens(tokenise('A proven track record of audits'))]).toEqual([0, 0, 0, 1, 0, 0]);
  });

  it('lets accuracy stand beside a track record', () => {
    expect(ruleIds('A track record of entering figures accurately into spreadsheets', 'Clerk')).toContain(
      'other-attention-detail',
    );
    expect(ruleIds('Proven record of accurately matching invoices against orders', 'Finance Assistant')).toContain(
      'other-attention-detail',
    );
  });

  it('still reads accuracy about records as record keeping, not attention to detail', () => {
    expect(ruleIds('Keeps accurate records of every visit', 'Support Worker')).not.toContain('other-attention-detail');
  });

  it('reads no record keeping from the idiom itself', () => {
    expect(ruleIds('A track record of accurately closing tickets', 'Service Desk Analyst')).not.toContain(
      'other-record-keeping',
    );
  });
});

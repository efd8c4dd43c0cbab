import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../support/rule-ids';

/** Partnership with other organisations is system leadership; phrasings written for the tests. */
const ids = (text: string) => ruleIds(text, 'Service Lead');
const STRATEGIC = 'lead-strategic-planning';

describe('partnership', () => {
  it.each([
    'Strong partnership skills',
    'Able to build partnerships with voluntary groups',
    'Experience of working in partnership with local councils',
  ])('%s', (text) => {
    expect(ids(text)).toContain(STRATEGIC);
  });

  it('is working together when the partners are the people cared for or colleagues', () => {
    expect(ids('Works in partnership with parents to plan care')).not.toContain(STRATEGIC);
    expect(ids('Happy to work in partnership with ward colleagues')).not.toContain(STRATEGIC);
  });

  it('is no way of working as a name or a value', () => {
    expect(ids('Our values are Kindness, Partnership and Openness')).not.toContain(STRATEGIC);
    expect(ids('Riverside Care Partnership is recruiting')).not.toContain(STRATEGIC);
  });
});

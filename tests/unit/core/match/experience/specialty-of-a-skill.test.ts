import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** Phrasings written for the tests: a specialty named by the care given in it, and experience placed in it or not. */
const ids = (text: string) => ruleIds(text, 'Staff Nurse');

describe('a specialty named by the care given in it', () => {
  it.each([
    'Some years of experience within palliative care',
    'A background in sexual health would help',
    'Has worked in a tissue viability service',
    'Previous experience with palliative patients and their carers',
  ])('%s: the skill and specialty experience', (text) => {
    const found = ids(text);
    expect(found).toContain('exp-specialty');
    expect(found.some((id) => id.startsWith('clin-'))).toBe(true);
  });

  it.each([
    'Experience of palliative care for people at home',
    'Experience of providing end of life care',
    'Some experience of tissue viability and leg ulcers',
  ])('%s: the care given, the skill alone', (text) => {
    const found = ids(text);
    expect(found).not.toContain('exp-specialty');
    expect(found.some((id) => id.startsWith('clin-'))).toBe(true);
  });
});

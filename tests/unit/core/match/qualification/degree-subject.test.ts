import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../../support/rule-ids';

/** A degree written after its subject; phrasings written for the tests. */

describe('a degree named after its subject', () => {
  it('is the subject’s own degree, as "degree in [subject]" is', () => {
    expect(ruleIds('Occupational Therapy BSc (Hons) or equivalent')).toEqual(['qual-ahp-degree']);
    expect(ruleIds('An Adult Nursing BSc')).toEqual(['qual-nursing-degree']);
  });

  it('stays a degree in general when the subject names no degree of its own', () => {
    expect(ruleIds('A Psychology degree')).toEqual(['qual-degree']);
    expect(ruleIds('A relevant degree')).toEqual(['qual-degree']);
  });

  it('reads a masters degree in pharmacy as the pharmacy degree, which is a master’s', () => {
    expect(ruleIds('A vocational masters degree in pharmacy')).toEqual(['qual-mpharm']);
  });
});

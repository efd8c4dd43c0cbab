import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../../src/core/taxonomy/default-matcher';
import { ruleIds } from '../../../support/rule-ids';

/** Words that qualify a phrase's noun after "a" are read past: the phrase is still the phrase. */

describe('modifiers between the article and the noun of a phrase', () => {
  it('are read past, however many of them (up to three)', () => {
    expect(ruleIds('Experience of managing a hectic team')).toEqual(['lead-line-management']);
    expect(ruleIds('Has led a large and varied team')).toContain('lead-leadership');
    expect(ruleIds('Able to work as part of a small, close team')).toEqual(['comm-teamwork']);
  });

  it('are three besides the "and" joining two of them, for what the applicant leads', () => {
    expect(ruleIds('You will be a calm, fair and respected leader')).toContain('lead-leadership');
    expect(ruleIds('Able to lead a young, keen and growing team of porters')).toContain('lead-leadership');
  });

  it('may be four before a leader, but for no other noun', () => {
    expect(ruleIds('You will be a calm, fair, kind and respected leader')).toContain('lead-leadership');
    expect(
      ruleIds('Seeking a patient, practical, tidy and trusted senior to lead a small, new, keen and busy ward team'),
    ).toContain('lead-leadership');
    expect(ruleIds('You will be a calm, fair, kind, bold and respected leader')).not.toContain('lead-leadership');
    expect(ruleIds('Able to work as part of a small, close, warm and busy team')).not.toContain('comm-teamwork');
  });

  it('are three in all, the "and" counted, for the team the applicant works in', () => {
    expect(ruleIds('Able to work as part of a small, close and busy team')).not.toContain('comm-teamwork');
    expect(ruleIds('Able to work as part of a close and busy team')).toContain('comm-teamwork');
  });

  it('leave a more specific skill of the same kind that the modifiers name with the noun', () => {
    expect(ruleIds('Able to work as part of a busy multi-disciplinary team')).toEqual(['comm-mdt']);
  });

  it('add the phrase beside a skill of another kind the modifiers name, each over its own words', () => {
    const hits = matchText(defaultMatcher(), 'Experience of leading a large multidisciplinary team');
    expect(hits.map((h) => [h.skillId, h.matchedText])).toEqual([
      ['lead-leadership', 'leading a large'],
      ['comm-mdt', 'multidisciplinary team'],
    ]);
  });

  it('are not read past after "the", or where they name the team or a specialty', () => {
    expect(ruleIds('Keen to develop the regional screening services')).toEqual([]);
    expect(ruleIds('Part of a Medicines Management team')).toEqual([]);
    expect(ruleIds('Experience of working in a community mental health team', 'Staff Nurse')).not.toContain(
      'comm-teamwork',
    );
  });
});

describe('grading words inside a phrase of a quality, with no article', () => {
  it('are read past between the words of the phrase', () => {
    expect(ruleIds('Copes with working under intense pressure')).toContain('val-resilience-flexibility');
    expect(ruleIds('Can build close, lasting relationships with families')).toContain('comm-interpersonal');
  });

  it('are not read past when the word between names another kind of the thing', () => {
    expect(ruleIds('Keen to provide excellent customer care')).not.toContain('val-commitment-quality');
    expect(ruleIds('Has a professional telephone manner')).not.toContain('val-reliability-professionalism');
  });

  it('are not read past for skills other than qualities and communication', () => {
    expect(ruleIds('Knowledge of infection control')).toEqual(['clin-ipc']);
    expect(ruleIds('Knowledge of infection strong control')).toEqual([]);
  });
});

describe('modifiers after a possessive', () => {
  it('are read past as after "a": they say what kind of skills the applicant would develop', () => {
    expect(ruleIds('Eager to develop their neonatal nursing skills')).toContain('val-cpd-reflection');
    expect(ruleIds('Willing to develop your own knowledge')).toContain('val-cpd-reflection');
    expect(ruleIds('I am keen to develop my pharmacy skills')).toContain('val-cpd-reflection');
  });

  it('are not read past without the wish the phrase needs', () => {
    expect(ruleIds('The team will develop their neonatal nursing skills')).not.toContain('val-cpd-reflection');
  });
});

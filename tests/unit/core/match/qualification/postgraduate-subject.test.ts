import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../../src/core/taxonomy/stop-phrases';

/** A postgraduate qualification read with its subject; the hand rules alone. */
const matcher = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const ids = (text: string, title = 'Specialist Practitioner') => [
  ...new Set(
    matchText(matcher, text, { title })
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

describe('a postgraduate qualification and its subject', () => {
  it('in a clinical specialty is also a specialist post-registration qualification (labelling rule 10)', () => {
    expect(ids('Holds a PG Cert in wound care')).toEqual(
      expect.arrayContaining(['qual-postgrad-cert-dip', 'qual-specialist-post-reg']),
    );
    expect(ids('A postgraduate diploma in eating disorders')).toContain('qual-specialist-post-reg');
  });

  it('in the profession itself is the profession’s qualifying qualification, the most specific id', () => {
    expect(ids('A postgraduate diploma in Physiotherapy', 'Physiotherapist')).toEqual(['qual-ahp-degree']);
  });

  it('in a subject that is not clinical, or in no subject, is not a specialist qualification', () => {
    expect(ids('A postgraduate certificate in leadership')).not.toContain('qual-specialist-post-reg');
    expect(ids('A postgraduate diploma in a relevant subject')).toEqual(['qual-postgrad-cert-dip']);
  });

  it('shares its subject with an alternative qualification between them', () => {
    expect(ids('PG Cert/MSc in vestibular rehabilitation')).toEqual(
      expect.arrayContaining(['qual-postgrad-cert-dip', 'qual-masters', 'qual-specialist-post-reg']),
    );
    expect(ids('PG Dip or MSc in a relevant subject')).not.toContain('qual-specialist-post-reg');
  });
});

import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';

/** The real taxonomy's disambiguation rules (shared design, taxonomy §4.4), on phrasings written for the tests. */
const matcher = defaultMatcher();
const hits = (text: string) => matchText(matcher, text);
const asked = (text: string) =>
  hits(text)
    .filter((h) => !h.negated)
    .map((h) => h.skillId);

describe('acronym collisions are resolved by nearby words', () => {
  it.each([
    ['Experience as an ACP in urgent care', 'qual-advanced-practice'],
    ['Experience of advance care planning (ACP) with families', 'clin-end-of-life'],
    ['Physician Associate (PA) registered on the PAMVR', 'qual-physician-associate'],
    ['PA to the Medical Director', 'other-administration'],
    ['Qualified SLT', 'reg-hcpc'],
    ['Degree in OT', 'qual-ahp-degree'],
    ['Willing to work paid OT for extra shifts', 'other-work-pattern'],
    ['Experience at CNS level', 'exp-band-level'],
    ['Current ALS provider certificate', 'qual-resus'],
    ['IPC link nurse experience', 'clin-ipc'],
    ['Registered NA on the NMC register', 'reg-nmc-nursing-associate'],
    ['CD checks and the CD register', 'clin-medicines-management'],
  ])('%s → %s', (text, id) => {
    expect(asked(text)).toContain(id);
  });

  it.each([
    ['ACP conversations at the end of life', 'qual-advanced-practice'],
    ['PA to the Medical Director', 'qual-physician-associate'],
    ['Reporting to the senior leadership team (SLT)', 'qual-ahp-degree'],
    ['Paid OT for extra shifts', 'qual-ahp-degree'],
    ['Knowledge of CNS tumours', 'exp-band-level'],
    ['Care of patients with ALS', 'qual-resus'],
    ['IPC stockings for VTE prophylaxis', 'clin-ipc'],
    ['NA', 'reg-nmc-nursing-associate'],
    ['Reports to the CD', 'clin-medicines-management'],
  ])('%s is not %s', (text, id) => {
    expect(asked(text)).not.toContain(id);
  });
});

describe('"audit" and "governance" alone need a cue', () => {
  it('reads audit as clinical only with a clinical cue or an audit activity, never financial or internal audit', () => {
    expect(asked('Experience of clinical audit')).toEqual(['gov-clinical-audit']);
    expect(asked('Audit of patient care against NICE standards')).toContain('gov-clinical-audit');
    expect(asked('Experience of undertaking audits')).toEqual(['gov-clinical-audit']);
    expect(asked('Experience of audit')).toEqual([]);
    expect(asked('Financial audit experience')).toEqual([]);
    expect(asked('Experience of internal audit and audit trails')).toEqual([]);
  });

  it('explains a cued audit with the cue that accepted it', () => {
    const [hit] = hits('Audit of patient records');
    expect(hit!.rule).toBe('"audit" with the clinical cue "patient" nearby');
  });

  it('reads governance by the words around it', () => {
    expect(asked('Understanding of governance')).toEqual([]);
    expect(asked('Understanding of governance and patient safety')).toEqual([
      'gov-clinical-governance',
      'gov-patient-safety',
    ]);
    expect(asked('Understanding of information governance')).toEqual(['gov-information-governance']);
    expect(asked('Knowledge of research governance')).toEqual(['gov-research']);
    expect(asked('Experience of corporate governance')).toEqual(['gov-corporate-governance']);
  });
});

describe('"Level N" is bound to its own noun', () => {
  it('keeps safeguarding level 3 apart from NVQ level 3', () => {
    const found = hits('Safeguarding level 3 and NVQ level 2');
    expect(found.map((h) => [h.skillId, h.params?.level])).toEqual([
      ['gov-safeguarding', '3'],
      ['qual-care-level2', '2'],
    ]);
    expect(asked('Safeguarding children level 3')).toEqual(['gov-safeguarding']);
  });

  it('reads NVQ 3, NVQ III, NVQ level 3 and Level 3 NVQ alike', () => {
    for (const text of ['NVQ 3', 'NVQ III', 'NVQ level 3', 'Level 3 NVQ', 'NVQ III in Health and Social Care']) {
      expect(asked(text), text).toEqual(['qual-care-level3']);
    }
    expect(asked('NVQ Level 3 in Business Administration')).toEqual(['qual-admin-business']);
  });
});

describe('negation stays in its own clause', () => {
  it('cancels only the skill of the negated clause', () => {
    expect(hits('NMC registration essential; ECDL not required').map((h) => [h.skillId, h.negated])).toEqual([
      ['reg-nmc', false],
      ['it-ecdl', true],
    ]);
    expect(hits('No previous NHS experience necessary').every((h) => h.negated)).toBe(true);
    expect(hits('Applicants do not need to be registered nurses')[0]!.negated).toBe(true);
    expect(hits('Experience of health protection on-call (not essential)').every((h) => h.negated)).toBe(true);
  });

  it('does not read "desirable but not essential" as a negation', () => {
    expect(hits('ECDL is desirable but not essential')[0]!.negated).toBe(false);
  });
});

describe('"essential" that is not a marker, and capitals', () => {
  it('finds no skill in essential services or the essential skills clusters', () => {
    expect(asked('Maintaining essential services')).toEqual([]);
    expect(asked('Knowledge of the essential skills clusters')).toEqual([]);
  });

  it('does not read the pronoun "it" as IT, in capitals or before a verb', () => {
    expect(asked('IT IS ESSENTIAL TO HOLD NMC REGISTRATION')).toEqual(['reg-nmc']);
    expect(asked('IT is essential that you drive')).not.toContain('it-digital-literacy');
    expect(asked('Good IT skills')).toEqual(['it-digital-literacy']);
    expect(asked('Knowledge of IT and databases')).toContain('it-digital-literacy');
  });
});

describe('normalisation', () => {
  it.each([
    ['Organizational skills', 'other-organisation-time'],
    ['Registered pediatric nurse', 'reg-nmc-field-child'],
    ['Knowledge of IR(ME)R', 'clin-radiation-imaging'],
    ['Knowledge of IRMER', 'clin-radiation-imaging'],
    ['H&S training', 'gov-health-safety'],
    ['Accident & Emergency experience', 'exp-specialty'],
    ['Skills in wound-care', 'clin-wound-care'],
    ['Multidisciplinary working', 'comm-mdt'],
    ['Multi-disciplinary working', 'comm-mdt'],
    ['Master’s degree', 'qual-masters'],
    ['Masters degree', 'qual-masters'],
    ['GCSEs in English and Maths', 'qual-level2-english-maths'],
    ['Evidence of audits of patient care', 'gov-clinical-audit'],
  ])('%s → %s', (text, id) => {
    expect(asked(text)).toContain(id);
  });

  it('never matches inside a word, and treats accented letters as letters', () => {
    expect(asked('Team Coordinator')).toEqual([]);
    expect(asked('Café experience')).toEqual([]);
    expect(asked('Résumé')).toEqual([]);
  });

  it('keeps hits on the exact original characters, whatever was folded', () => {
    for (const text of [
      'Excellent  organizational\nskills',
      'Knowledge of IR(ME)R 2017',
      'NVQ III in Health & Social Care',
      'ﬁrst level registered nurse',
    ]) {
      const found = hits(text);
      expect(found.length, text).toBeGreaterThan(0);
      for (const hit of found) expect(text.slice(hit.start, hit.end)).toBe(hit.matchedText);
    }
  });
});

describe('qualifiers and parameters', () => {
  it('reads or-equivalent, working towards, willing to undertake and eligibility', () => {
    const qualifier = (text: string, id: string) => hits(text).find((h) => h.skillId === id)?.qualifier;
    expect(qualifier('Degree or equivalent', 'qual-degree')).toBe('or-equivalent');
    expect(qualifier("Master's degree or willing to work towards", 'qual-masters')).toBe('willing-to-undertake');
    expect(qualifier("Working towards a Master's", 'qual-masters')).toBe('working-towards');
    expect(qualifier('Eligible for NMC registration', 'reg-nmc')).toBe('eligible');
    expect(qualifier('NMC registration and willing to undertake V300', 'reg-nmc')).toBeUndefined();
    expect(qualifier('NMC registration and willing to undertake V300', 'qual-prescriber-v300')).toBe(
      'willing-to-undertake',
    );
  });

  it('reads duration, band and specialty for experience, and the nursing field for a registered nurse', () => {
    const found = hits('2 years post-registration experience at band 6 in critical care');
    expect(found.find((h) => h.skillId === 'exp-post-registration')!.params).toEqual({
      durationMonths: 24,
      band: '6',
      specialty: 'critical care',
    });
    expect(found.map((h) => h.skillId)).toEqual(['exp-post-registration', 'exp-band-level', 'exp-specialty']);
    expect(hits('Registered Nurse (Mental Health)')[0]!.params).toEqual({ field: 'mental health' });
    const theatres = hits('Minimum of 18 months experience in theatres');
    expect(theatres.map((h) => [h.skillId, h.params])).toEqual([
      ['exp-specialty', { durationMonths: 18, specialty: 'theatres' }],
    ]);
  });
});

describe('explanations', () => {
  it('says which variant matched and why, in a short sentence', () => {
    const [rn] = hits('RN with current NMC registration');
    expect(rn).toMatchObject({ skillId: 'reg-nmc-nurse', variant: 'RN', rule: 'abbreviation "RN" (exact case)' });
    const [organisational] = hits('Organizational skills');
    expect(organisational!.rule).toBe('phrase "organisational skills", allowing for spelling and plural forms');
    const [audit] = hits('Clinical audit');
    expect(audit!.rule).toBe('phrase "clinical audit"');
  });
});

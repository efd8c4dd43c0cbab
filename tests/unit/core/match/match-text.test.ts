import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import type { SkillDefinition } from '../../../../src/core/model/skill';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';

/** A small taxonomy that exercises each engine rule independently of the real data. */
const TEST_SKILLS: SkillDefinition[] = [
  {
    id: 'gov-clinical-audit',
    label: 'Clinical audit',
    category: 'governance',
    variants: ['clinical audit', { text: 'audit', needs: ['clinical', 'patient'], unless: ['financial'] }],
  },
  { id: 'reg-any', label: 'Registration', category: 'registration', variants: ['professional registration'] },
  {
    id: 'reg-nurse',
    label: 'Registered nurse',
    category: 'registration',
    implies: ['reg-any'],
    variants: ['registered nurse', 'registered nurse (adult)'],
    abbreviations: ['RN'],
  },
  { id: 'exec-coo', label: 'Chief operating officer', category: 'leadership', variants: [], abbreviations: ['COO'] },
  { id: 'gov-safeguarding', label: 'Safeguarding', category: 'governance', variants: ['safeguarding'] },
  { id: 'qual-nvq3', label: 'NVQ 3', category: 'qualification', variants: ['NVQ [level] 3'] },
  { id: 'it-ecdl', label: 'ECDL', category: 'it', variants: ['ECDL'] },
  { id: 'qual-masters', label: "Master's", category: 'qualification', variants: ["master's degree"] },
  {
    id: 'exp-post-registration',
    label: 'Post-registration experience',
    category: 'experience',
    variants: ['post-registration experience'],
  },
  { id: 'qual-broad', label: 'Broad', category: 'qualification', variants: ['management qualification'] },
  {
    id: 'qual-specific',
    label: 'Specific',
    category: 'qualification',
    broader: ['qual-broad'],
    variants: ['management qualification'],
  },
  { id: 'it-literacy', label: 'IT', category: 'it', variants: [], abbreviations: ['IT'] },
  {
    id: 'qual-resus',
    label: 'Resus',
    category: 'qualification',
    variants: [],
    abbreviations: [{ text: 'ALS', needs: ['certificate', 'provider'], cueKind: 'resuscitation' }],
  },
];
const matcher = compileTaxonomy(TEST_SKILLS);
const ids = (text: string) => matchText(matcher, text).map((h) => h.skillId);

describe('matchText', () => {
  it('gives offsets that slice out exactly the matched words', () => {
    const text = 'Evidence of  Clinical\nAudit and professional registration.';
    const hits = matchText(matcher, text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Clinical\nAudit', 'professional registration']);
    for (const hit of hits) expect(hit.matchedText).toBe(text.slice(hit.start, hit.end));
  });

  it('prefers the longest phrase at a position and never counts a word twice', () => {
    const hits = matchText(matcher, 'Registered Nurse (Adult) required');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.matchedText).toBe('Registered Nurse (Adult)');
  });

  it('matches abbreviations only in their exact case and on whole words', () => {
    expect(ids('RN or RGN')).toEqual(['reg-nurse']);
    expect(ids('a turn of rn')).toEqual([]);
    expect(ids('Team Coordinator and COO')).toEqual(['exec-coo']);
    expect(ids('Coordinator')).toEqual([]);
  });

  it('accepts a context-dependent variant only with a cue nearby and without a veto in its clause', () => {
    expect(ids('Experience of audit of patient records')).toEqual(['gov-clinical-audit']);
    expect(ids('Experience of audit')).toEqual([]);
    expect(ids('Knowledge of financial audit for patient services')).toEqual([]);
    const [hit] = matchText(matcher, 'Experience of audit of patient records');
    expect(hit!.rule).toMatch(/cue "patient"/);
  });

  it('keeps negation inside its own clause', () => {
    const hits = matchText(matcher, 'Professional registration essential; ECDL not required');
    expect(hits.map((h) => [h.skillId, h.negated])).toEqual([
      ['reg-any', false],
      ['it-ecdl', true],
    ]);
    expect(matchText(matcher, 'No ECDL required').every((h) => h.negated)).toBe(true);
    expect(matchText(matcher, "You don't need to be a registered nurse")[0]!.negated).toBe(true);
  });

  it('does not treat "desirable but not essential" as a negation', () => {
    expect(matchText(matcher, 'ECDL desirable but not essential')[0]!.negated).toBe(false);
  });

  it('reads qualifiers from the clause', () => {
    const qualifier = (text: string) => matchText(matcher, text)[0]!.qualifier;
    expect(qualifier("Master's degree or equivalent experience")).toBe('or-equivalent');
    expect(qualifier("Working towards a master's degree")).toBe('working-towards');
    expect(qualifier("Master's degree or willingness to work towards")).toBe('willing-to-undertake');
    expect(qualifier('Eligible for professional registration')).toBe('eligible');
    expect(qualifier("Master's degree")).toBeUndefined();
  });

  it('binds "Level N" to the nearest skill phrase in the same clause', () => {
    expect(matchText(matcher, 'Safeguarding level 3 training')[0]!.params).toEqual({ level: '3' });
    expect(matchText(matcher, 'Level 2 safeguarding')[0]!.params).toEqual({ level: '2' });
    expect(matchText(matcher, 'Safeguarding. Level 3 maths')[0]!.params).toBeUndefined();
    expect(ids('NVQ Level 3')).toEqual(['qual-nvq3']);
  });

  it('reads durations for experience anchors', () => {
    const [hit] = matchText(matcher, "Minimum of 18 months' post-registration experience");
    expect(hit!.params).toEqual({ durationMonths: 18 });
    expect(matchText(matcher, 'Two years post-registration experience')[0]!.params).toEqual({ durationMonths: 24 });
  });

  it('keeps only the specific skill when one phrase names a skill and its broader parent', () => {
    expect(ids('A management qualification')).toEqual(['qual-specific']);
  });

  it('distrusts an abbreviation spelled like an English word in capitals-only text or before a verb', () => {
    expect(ids('Good IT skills')).toEqual(['it-literacy']);
    expect(ids('IT IS ESSENTIAL')).toEqual([]);
    expect(ids('IT is expected')).toEqual([]);
    expect(ids('NMC AND IT SKILLS')).toEqual([]);
  });

  it('looks for a cue only inside the clause, and names the cue and its kind in the rule', () => {
    expect(ids('ALS provider')).toEqual(['qual-resus']);
    expect(ids('ALS. Provider of choice')).toEqual([]);
    expect(matchText(matcher, 'ALS certificate')[0]!.rule).toBe(
      'abbreviation "ALS" (exact case) with the resuscitation cue "certificate" nearby',
    );
  });

  it('lets a bracketed "not essential" cancel what precedes the bracket', () => {
    expect(matchText(matcher, 'ECDL (not essential)')[0]!.negated).toBe(true);
    expect(matchText(matcher, 'ECDL (not essential); clinical audit')[1]!.negated).toBe(false);
  });

  it('finds nothing in empty or markup-free noise', () => {
    expect(matchText(matcher, '')).toEqual([]);
    expect(matchText(matcher, '—— ••• ')).toEqual([]);
  });
});

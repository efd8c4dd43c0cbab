import { describe, expect, it } from 'vitest';
import { interviewPreparation } from '../../../../src/core/statement/interview';
import { buildOutline, wordBudgets } from '../../../../src/core/statement/outline';
import { outlineText, sectionText } from '../../../../src/core/statement/outline-text';
import { countWords } from '../../../../src/core/statement/word-count';
import { makeReport, testMatcher } from '../../support/make-report';

const audit = {
  id: 'n1',
  situation: 'Falls on our ward rose in 2025.',
  action: 'I led a clinical audit.',
  result: 'Falls fell by a third.',
};
const profile = {
  skills: [
    { skillId: 'gov-audit', status: 'held' as const, evidence: [audit] },
    { skillId: 'lead-manage', status: 'held' as const },
  ],
  registrations: [{ id: 'r', body: 'NMC', skillId: 'reg-nurse' }],
};
const criteria = [
  { level: 'essential' as const, text: 'NMC registration', category: 'Qualifications' },
  { level: 'essential' as const, text: 'Experience of clinical audit' },
  { level: 'essential' as const, text: 'Line management experience', assessedBy: ['interview' as const] },
  { level: 'essential' as const, text: 'Risk management', assessedBy: ['application' as const, 'interview' as const] },
  { level: 'desirable' as const, text: 'Clinical audit and Excel', assessedBy: ['application' as const] },
  { level: 'desirable' as const, text: 'Able to drive' },
];

describe('word count', () => {
  it('counts words, with inner apostrophes and hyphens, not punctuation', () => {
    expect(countWords("I led the ward's re-audit — twice, in 2025.")).toBe(8);
    expect(countWords('  ')).toBe(0);
  });
});

describe('the statement outline', () => {
  const report = makeReport(criteria, profile);
  const outline = buildOutline(report, testMatcher.skills, 1500);

  it('lists every criterion in person-spec order with its notes and what is still to do', () => {
    expect(outline.sections.map((s) => [s.text, s.status, s.notes.map((n) => n.noteId), s.gap?.kind ?? null])).toEqual([
      ['NMC registration', 'met', [], null],
      ['Experience of clinical audit', 'met', ['n1'], null],
      ['Line management experience', 'not-evidenced', [], 'no-evidence'],
      ['Risk management', 'missing', [], 'missing'],
      ['Clinical audit and Excel', 'partial', ['n1'], 'partial'],
      ['Able to drive', 'not-a-skill', [], 'unchecked'],
    ]);
    expect(outline.sections[2]!.gap).toEqual({ kind: 'no-evidence', skills: ['Line management'] });
    expect(outline.sections[3]!.gap).toEqual({ kind: 'missing', skills: ['Risk management'] });
  });

  it('counts each note once against the limit, however many criteria use it', () => {
    expect(outline.words).toBe(countWords(`${audit.situation} ${audit.action} ${audit.result}`));
    expect(outline.limit).toBe(1500);
  });

  it('shares the word limit across the criteria, essential ones first, none for those assessed elsewhere', () => {
    expect(outline.sections.map((s) => [s.wordBudget, s.notInStatement])).toEqual([
      [375, false],
      [375, false],
      [0, true], // assessed at interview only
      [375, false],
      [188, false],
      [187, false],
    ]);
    expect(outline.sections.reduce((n, s) => n + s.wordBudget, 0)).toBe(1500);
    expect(outline.sections.map((s) => s.runningBudget)).toEqual([375, 750, 750, 1125, 1313, 1500]);
    expect(outline.sections.map((s) => s.runningWords)).toEqual([0, 17, 17, 17, 17, 17]);
  });

  it('flags a note used again under a later criterion: "covered above" scores nothing', () => {
    expect(outline.sections[4]!.coveredAbove).toEqual([{ noteId: 'n1', skillLabel: 'Clinical audit', section: 2 }]);
    expect(outline.sections[4]!.newWords).toBe(0);
    expect(outline.sections.filter((s) => s.coveredAbove.length > 0)).toHaveLength(1);
  });

  it('merges a criterion the advert repeats into its first, at the higher level, with one budget', () => {
    const repeated = makeReport(
      [
        { level: 'desirable', text: 'Clinical audit experience.', category: 'Experience' },
        { level: 'essential', text: 'Risk management' },
        { level: 'essential', text: 'clinical audit experience', category: 'Skills' },
      ],
      profile,
    );
    const plan = buildOutline(repeated, testMatcher.skills, 1000);
    expect(plan.sections.map((s) => [s.criterionIds, s.level, s.wordBudget])).toEqual([
      [['c1', 'c3'], 'essential', 500],
      [['c2'], 'essential', 500],
    ]);
    expect(Object.fromEntries(wordBudgets(plan))).toEqual({ c1: 500, c3: 0, c2: 500 });
  });

  it("copies as plain text: headings in the criteria's own words, budgets, notes, gaps and flags marked", () => {
    const text = outlineText(outline);
    expect(text).toContain(
      'Supporting statement outline: Staff Nurse – Test Trust\nWords in your notes: 17 of 1,500\n',
    );
    expect(text).toContain(
      '2. Experience of clinical audit\n   Experience · Essential · about 375 words · running total 17 of 1,500 words\n   Clinical audit: Falls on our ward rose in 2025. I led a clinical audit. Falls fell by a third.\n',
    );
    expect(text).toContain(
      '3. Line management experience\n   Experience · Essential · assessed elsewhere, not from your statement: no words budgeted · running total 17 of 1,500 words\n   [GAP: no evidence note yet for Line management]',
    );
    expect(text).toContain('4. Risk management\n   Experience · Essential · about 375 words');
    expect(text).toContain('   [GAP: not in your profile: Risk management]');
    expect(text).toContain('   [COVERED ABOVE: your Clinical audit example is already under 2.');
    expect(text).not.toMatch(/<|undefined|null/);
  });

  it('copies one criterion as plain text, headed in its own words', () => {
    expect(sectionText(outline.sections[1]!, outline.limit)).toBe(
      'Experience of clinical audit\nExperience · Essential · about 375 words · running total 17 of 1,500 words\nClinical audit: Falls on our ward rose in 2025. I led a clinical audit. Falls fell by a third.\n',
    );
  });

  it('lists the criteria assessed at interview, or says the advert does not tell', () => {
    const prep = interviewPreparation(report);
    expect(prep.kind === 'stated' && prep.criteria.map((c) => c.criterion.text)).toEqual([
      'Line management experience',
      'Risk management',
    ]);
    expect(interviewPreparation(makeReport([{ level: 'essential', text: 'Clinical audit' }]))).toEqual({
      kind: 'not-stated',
    });
  });
});

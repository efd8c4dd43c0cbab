import { describe, expect, it } from 'vitest';
import { interviewPreparation } from '../../../../src/core/statement/interview';
import { buildOutline, outlineText } from '../../../../src/core/statement/outline';
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

  it('copies as plain text with headings, notes as paragraphs and gaps marked', () => {
    const text = outlineText(outline);
    expect(text).toContain(
      'Supporting statement outline: Staff Nurse – Test Trust\nWords in your notes: 17 of 1,500\n',
    );
    expect(text).toContain(
      '2. Experience of clinical audit (Experience, Essential)\n   Clinical audit: Falls on our ward rose in 2025. I led a clinical audit. Falls fell by a third.\n',
    );
    expect(text).toContain(
      '3. Line management experience (Experience, Essential)\n   [GAP: no evidence note yet for Line management]',
    );
    expect(text).toContain(
      '4. Risk management (Experience, Essential)\n   [GAP: not in your profile: Risk management]',
    );
    expect(text).not.toMatch(/<|undefined|null/);
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

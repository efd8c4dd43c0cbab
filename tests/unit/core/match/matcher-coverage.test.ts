import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import type { SkillDefinition } from '../../../../src/core/model/skill';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { formatMatcherCoverage, matcherCoverage } from '../../../eval/corpus/matcher-coverage';

const matcher = compileTaxonomy([
  { id: 'gov-clinical-audit', label: 'Clinical audit', category: 'governance', variants: ['clinical audit'] },
  { id: 'it-ecdl', label: 'ECDL', category: 'it', variants: ['ECDL'] },
] satisfies SkillDefinition[]);
const lines = [
  'Experience of clinical audit',
  'Experience of clinical audit and manual dexterity',
  'Good manual dexterity',
  'Manual dexterity and a steady hand',
  'ECDL not required',
].map((text) => ({ text, hits: matchText(matcher, text) }));

describe('matcherCoverage', () => {
  const coverage = matcherCoverage(lines);

  it('counts lines with and without a skill; a negated hit does not count as a skill', () => {
    expect(coverage).toMatchObject({ lines: 5, linesWithSkill: 2, linesWithoutSkill: 3, hits: 2, negatedHits: 1 });
    expect(coverage.shareWithoutSkill).toBeCloseTo(0.6);
    expect(coverage.skills).toEqual([{ skillId: 'gov-clinical-audit', lines: 2, hits: 2 }]);
  });

  it('ranks the phrases left outside every hit by the lines they occur in, skipping frame words', () => {
    expect(coverage.unmatchedPhrases[0]).toEqual({ phrase: 'manual dexterity', lines: 3 });
    expect(coverage.unmatchedPhrases.map((p) => p.phrase)).not.toContain('clinical audit');
    expect(coverage.unmatchedPhrases.every((p) => p.lines > 1)).toBe(true);
  });

  it('prints the share and the phrases', () => {
    const text = formatMatcherCoverage(coverage);
    expect(text).toMatch(/5 requirement lines, 3 with no skill \(60\.0%\)/);
    expect(text).toMatch(/3 {2}manual dexterity/);
  });

  it('handles no lines at all', () => {
    expect(matcherCoverage([])).toMatchObject({ lines: 0, shareWithoutSkill: 0, skills: [], unmatchedPhrases: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';
import { readMasked } from '../../../eval/learn/masked-reads';

const rules = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const read = (text: string) =>
  readMasked(
    rules,
    [{ advert: 'a', text, title: 'Ward Clerk', category: 'Skills', skills: [] }],
    new Set(rules.skills.keys()),
  )[0]!;

describe('an unlabelled criterion with the evidence of each find masked', () => {
  const m = read('Able to keep calm and use good written communication skills with families');

  it('keeps every feature in the unmasked reading, as the adder sees the criterion', () => {
    expect(m.words).toEqual(expect.arrayContaining(['u:communication', 'found:comm-verbal-written', 'u:family']));
  });

  it("drops a find's own words, the word pairs touching them and its found: feature", () => {
    const masked = m.masked.get('comm-verbal-written')!;
    expect(masked).not.toContain('u:communication');
    expect(masked).not.toContain('b:good_written');
    expect(masked).not.toContain('found:comm-verbal-written');
  });

  it('keeps the context around it, the other finds and the advert features', () => {
    const masked = m.masked.get('comm-verbal-written')!;
    expect(masked).toEqual(
      expect.arrayContaining(['u:good', 'b:with_family', 'found:val-resilience-flexibility', 'h:skill']),
    );
  });

  it('masks each skill apart: the other find keeps these words', () => {
    expect(m.masked.get('val-resilience-flexibility')).toContain('u:communication');
  });

  it('takes a skill found only under a negation as neither positive nor negative', () => {
    const negated = read('No previous driving licence required');
    expect(negated.masked.has('other-driving-travel')).toBe(false);
    expect(negated.unsure.has('other-driving-travel')).toBe(true);
  });
});

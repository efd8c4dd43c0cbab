import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { compileAll, compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { loadTaxonomy, serialiseTaxonomy } from '../../../../src/core/taxonomy/compiled-taxonomy';
import { decodeTaxonomy, encodeTaxonomy } from '../../../../src/core/taxonomy/taxonomy-file';
import { LEARNED_MODEL, withLearnedModel } from '../../../../src/core/taxonomy/learned';
import type { LearnedModel } from '../../../../src/core/taxonomy/learned-model';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';
import { CONTRACT_IDS } from '../../../fixtures/taxonomy-contract';

/** A model written for the test: "collegial" (and "collegial approach") names team working. */
const model: LearnedModel = {
  about: 'test',
  verifier: { bias: 0, weights: {}, threshold: 0 },
  adder: {
    threshold: 0.5,
    skills: { 'comm-teamwork': { bias: -2, weights: { 'u:collegial': 1.5, 'b:collegial_approach': 1, 'u:not': -3 } } },
  },
};
const withModel = () => withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES), model);
const ids = (text: string) => matchText(withModel(), text).map((h) => h.skillId);

describe('the learned adder', () => {
  it('names a skill the rules missed when the words score high enough, and says which words decided', () => {
    const hits = matchText(withModel(), 'A collegial approach');
    const added = hits.find((h) => h.skillId === 'comm-teamwork')!;
    expect(added.rule).toContain('learned from labelled adverts');
    expect(added.rule).toContain('"collegial"');
    expect(added.matchedText).toBe('collegial');
  });

  it('adds nothing below its threshold', () => {
    expect(ids('A collegial manner')).not.toContain('comm-teamwork');
    expect(ids('A collegial approach is not what we mean')).not.toContain('comm-teamwork');
  });

  it('weighs a word or a word pair once, however often the criterion repeats it', () => {
    const once: LearnedModel = {
      ...model,
      adder: { threshold: 0.5, skills: { 'comm-teamwork': { bias: -2, weights: { 'u:collegial': 1.2 } } } },
    };
    const matcher = withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES), once);
    expect(matchText(matcher, 'Collegial, collegial and collegial').map((h) => h.skillId)).not.toContain(
      'comm-teamwork',
    );
  });

  it("weighs the criterion's heading (in normal form: 'Values' is h:value), and names it when it weighed", () => {
    const heading: LearnedModel = {
      ...model,
      adder: {
        threshold: 0.5,
        skills: { 'comm-teamwork': { bias: -2, weights: { 'u:collegial': 1.5, 'h:value': 1 } } },
      },
    };
    const matcher = withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES), heading);
    expect(matchText(matcher, 'Collegial').map((h) => h.skillId)).not.toContain('comm-teamwork');
    const added = matchText(matcher, 'Collegial', { category: 'Values' }).find((h) => h.skillId === 'comm-teamwork')!;
    expect(added.rule).toContain('"Collegial"');
    expect(added.rule).toContain('under "Values"');
    expect(added.matchedText).toBe('Collegial');
  });

  it('does not name a heading that weighed less than the three words it names', () => {
    const light: LearnedModel = {
      ...model,
      adder: {
        threshold: 0.5,
        skills: {
          'comm-teamwork': {
            bias: -2,
            weights: { 'u:collegial': 2.5, 'b:collegial_approach': 1, 'u:approach': 0.8, 'h:value': 0.1 },
          },
        },
      },
    };
    const matcher = withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES), light);
    const added = matchText(matcher, 'Collegial approach', { category: 'Values' }).find(
      (h) => h.skillId === 'comm-teamwork',
    )!;
    expect(added.rule).not.toContain('Values');
  });

  it('does not add a skill the rules found already', () => {
    expect(ids('Team working and a collegial approach').filter((id) => id === 'comm-teamwork')).toHaveLength(1);
  });

  it('does not add a skill back on the words whose context the rules ruled it out', () => {
    // "flexible" beside "shifts" is a working pattern for the rules, not resilience.
    const flexible: LearnedModel = {
      ...model,
      adder: { threshold: 0.5, skills: { 'val-resilience-flexibility': { bias: -2, weights: { 'u:flexible': 3 } } } },
    };
    const matcher = withLearnedModel(compileTaxonomy(TAXONOMY, STOP_PHRASES), flexible);
    const found = (text: string) => matchText(matcher, text).map((h) => h.skillId);
    expect(found('Flexible enough to cover late and weekend shifts')).not.toContain('val-resilience-flexibility');
    expect(found('Flexible and calm')).toContain('val-resilience-flexibility');
  });

  it('travels with the taxonomy compiled at build time', () => {
    const data = decodeTaxonomy(encodeTaxonomy(serialiseTaxonomy(compileAll(withModel()))).buffer);
    expect(loadTaxonomy(data).learned).toEqual(model);
  });
});

describe('the shipped model', () => {
  it('names only contract skills and stays small enough for the background script', () => {
    const contract = new Set<string>(CONTRACT_IDS);
    expect(Object.keys(LEARNED_MODEL.adder.skills).every((id) => contract.has(id))).toBe(true);
    expect(JSON.stringify(LEARNED_MODEL).length).toBeLessThan(60_000);
  });
});

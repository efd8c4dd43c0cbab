import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import type { SkillDefinition } from '../../../../src/core/model/skill';
import { compileAll, compileFor, compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../../fixtures/criteria';

describe('compileTaxonomy', () => {
  it('counts each expanded phrase once', () => {
    const matcher = compileTaxonomy([
      { id: 'a', label: 'A', category: 'other', variants: ['x [y]', 'x'], abbreviations: ['XY'] },
    ]);
    expect(compileAll(matcher).compiled).toBe(3);
  });

  it('compiles every phrase of a pattern, a hyphenated word also written solid', () => {
    const matcher = compileTaxonomy([
      { id: 'a', label: 'A', category: 'other', variants: ['[current] NMC (registration|PIN)', 're-audit cycle'] },
    ]);
    for (const text of ['NMC PIN', 'current NMC registration', 'reaudit cycle', 're-audit cycle'])
      expect(matchText(matcher, text).length, text).toBe(1);
    expect(compileAll(matcher).compiled).toBe(6);
  });

  it('fills in the defaults the skill schema declares', () => {
    const skill = compileTaxonomy([{ id: 'a', label: 'A', category: 'other', variants: ['x'] }]).skills.get('a');
    expect(skill).toMatchObject({ abbreviations: [], implies: [], broader: [], kind: 'skill' });
  });

  it('rejects duplicate ids, unknown parents and malformed ids', () => {
    const skill = { id: 'a', label: 'A', category: 'other' as const, variants: ['x'] };
    expect(() => compileTaxonomy([skill, skill])).toThrow(/Duplicate/);
    expect(() => compileTaxonomy([{ ...skill, broader: ['missing'] }])).toThrow(/unknown parent/);
    expect(() => compileTaxonomy([{ ...skill, id: 'Not An Id' }])).toThrow(/Not An Id/);
  });

  it('compiles only the variants a text can reach: by a word all their phrases contain', () => {
    const matcher = compileTaxonomy([
      { id: 'a', label: 'A', category: 'other', variants: ['[current] NMC registration', 'clinical audit'] },
    ]);
    expect(matcher.compiled).toBe(0);
    compileFor(matcher, ['current', 'nmc']);
    expect(matcher.compiled).toBe(0);
    compileFor(matcher, ['registration']);
    expect(matcher.compiled).toBe(2);
    expect(matcher.pending.has('registration')).toBe(false);
    compileAll(matcher);
    expect(matcher.compiled).toBe(3);
    expect(matcher.pending.size).toBe(0);
  });

  it.each([
    ['written otherwise ("meetings" and "meeting" share a normal form)', 'team meetings'],
    ['written the same, one conditional', { text: 'team meeting', needs: ['weekly'] }],
  ])('keeps the same phrases for a skill whichever compiles first: %s', (_, first) => {
    const definitions: SkillDefinition[] = [
      { id: 'a', label: 'A', category: 'other', variants: [first, '(team meeting|huddle)'] },
    ];
    const after = (trigger: string) => {
      const matcher = compileTaxonomy(definitions);
      compileFor(matcher, [trigger]);
      const hits = matchText(matcher, 'chairs the weekly team meeting').map((h) => [h.skillId, h.variant, h.rule]);
      return { hits, compiled: matcher.compiled };
    };
    expect(after('huddle')).toEqual(after('meeting'));
  });

  it('finds the same hits lazily as with everything compiled up front', () => {
    const lazy = compileTaxonomy(TAXONOMY, STOP_PHRASES);
    const eager = compileAll(compileTaxonomy(TAXONOMY, STOP_PHRASES));
    const texts = PROFESSIONS.flatMap((p) => p.criteria.map(([text]) => text));
    for (const text of texts) expect(matchText(lazy, text), text).toEqual(matchText(eager, text));
    expect(lazy.pending.size).toBeGreaterThan(0);
  });

  it('lets a stop phrase claim its words without naming a skill', () => {
    const definitions: SkillDefinition[] = [
      { id: 'audit', label: 'Audit', category: 'governance', variants: ['audit'] },
    ];
    const withStops = compileTaxonomy(definitions, ['financial audit']);
    expect(matchText(withStops, 'Experience of financial audit').map((h) => h.skillId)).toEqual([]);
    expect(matchText(withStops, 'Experience of audit').map((h) => h.skillId)).toEqual(['audit']);
  });

  it('also matches a hyphenated variant written solid, and the reverse of neither', () => {
    const matcher = compileTaxonomy([
      { id: 'mdt', label: 'MDT', category: 'communication', variants: ['multi-disciplinary'] },
    ]);
    for (const text of ['multi-disciplinary', 'multidisciplinary', 'Multi-Disciplinary'])
      expect(matchText(matcher, text).length, text).toBe(1);
    expect(matchText(matcher, 'multi disciplinary').length).toBe(1);
  });
});

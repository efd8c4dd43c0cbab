import { describe, expect, it } from 'vitest';
import { tokenise } from '../../../../src/core/text/tokenise';
import { skillDefinitionSchema, type SkillDefinition, type Variant } from '../../../../src/core/model/skill';
import { compileAll } from '../../../../src/core/taxonomy/compile';
import { defaultMatcher } from '../../../../src/core/taxonomy/default-matcher';
import { expandPattern } from '../../../../src/core/taxonomy/expand-pattern';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { CONTRACT_IDS } from '../../../fixtures/taxonomy-contract';

const byId = new Map(TAXONOMY.map((s) => [s.id, s]));
const textOf = (v: Variant) => (typeof v === 'string' ? v : v.text);

/** The phrases a variant stands for, as the matcher compares them (normal forms; exact case for abbreviations). */
function phraseKeys(variant: Variant, abbreviation: boolean): string[] {
  return expandPattern(textOf(variant))
    .flatMap((p) => [p, p.replace(/(?<=\p{L})-(?=\p{L})/gu, '')])
    .map((p) =>
      tokenise(p)
        .map((t) => (abbreviation && /\p{Lu}/u.test(t.raw) ? t.raw : t.norm))
        .join(' '),
    );
}

function ancestors(id: string, links: (s: SkillDefinition) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    for (const parent of links(byId.get(queue.pop()!)!)) {
      if (!seen.has(parent)) {
        seen.add(parent);
        queue.push(parent);
      }
    }
  }
  return seen;
}

describe('the taxonomy data', () => {
  it('has all 141 contract ids of the design, under exactly those ids', () => {
    expect(new Set(CONTRACT_IDS).size).toBe(141);
    expect(CONTRACT_IDS.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('is valid, compiles, and has no duplicate ids', () => {
    for (const skill of TAXONOMY) expect(skillDefinitionSchema.safeParse(skill).success, skill.id).toBe(true);
    expect(byId.size).toBe(TAXONOMY.length);
    expect(compileAll(defaultMatcher()).compiled).toBeGreaterThan(TAXONOMY.length);
  });

  it('gives every skill a label and at least one phrase, and the contract ids their design category', () => {
    for (const skill of TAXONOMY) {
      expect(skill.label.trim().length, skill.id).toBeGreaterThan(0);
      expect(skill.variants.length + (skill.abbreviations?.length ?? 0), skill.id).toBeGreaterThan(0);
    }
    const prefix: Record<string, string> = {
      reg: 'registration',
      qual: 'qualification',
      clin: 'clinical',
      gov: 'governance',
      lead: 'leadership',
      comm: 'communication',
      it: 'it',
      fin: 'finance',
      val: 'values',
      other: 'other',
      exp: 'experience',
    };
    for (const id of CONTRACT_IDS) expect(byId.get(id)!.category, id).toBe(prefix[id.split('-')[0]!]);
  });

  it('links only to existing skills, without cycles', () => {
    for (const skill of TAXONOMY) {
      const up = ancestors(skill.id, (s) => [...(s.implies ?? []), ...(s.broader ?? [])]);
      expect(up.has(skill.id), skill.id).toBe(false);
    }
  });

  it('keeps the satisfaction rules of the design: V100/V150 never reach V300, provisional GMC never reaches full, ILM only partly reaches a management qualification', () => {
    const reach = (id: string) => ancestors(id, (s) => [...(s.implies ?? []), ...(s.broader ?? [])]);
    expect(reach('qual-prescriber-v100-v150').has('qual-prescriber-v300')).toBe(false);
    expect(reach('reg-gmc-provisional').has('reg-gmc')).toBe(false);
    expect(byId.get('qual-ilm-cmi')!.broader).toContain('qual-management-qualification');
    expect(byId.get('qual-ilm-cmi')!.implies ?? []).not.toContain('qual-management-qualification');
    expect(ancestors('reg-nmc-field-adult', (s) => s.implies ?? [])).toEqual(
      new Set(['reg-nmc-nurse', 'reg-nmc', 'reg-statutory-registration']),
    );
  });

  it('marks right to work and pre-employment checks as conditions, never gaps', () => {
    expect(
      TAXONOMY.filter((s) => s.kind === 'condition')
        .map((s) => s.id)
        .sort(),
    ).toEqual(['other-dbs-checks', 'other-right-to-work']);
  });

  it('has no variant that adds nothing, and no conditional variant undone by a plain one of the same skill', () => {
    const problems: string[] = [];
    for (const skill of TAXONOMY) {
      const plain = new Set<string>();
      const all = [
        ...skill.variants.map((v) => [v, false] as const),
        ...(skill.abbreviations ?? []).map((v) => [v, true] as const),
      ];
      for (const [variant, abbreviation] of all) {
        if (typeof variant !== 'string') continue;
        const keys = phraseKeys(variant, abbreviation);
        if (keys.every((k) => plain.has(k))) problems.push(`${skill.id}: "${variant}" repeats earlier variants`);
        for (const k of keys) plain.add(k);
      }
      for (const [variant, abbreviation] of all) {
        if (typeof variant === 'string') continue;
        if (phraseKeys(variant, abbreviation).some((k) => plain.has(k)))
          problems.push(`${skill.id}: the condition on "${variant.text}" is undone by a plain variant`);
      }
    }
    expect(problems).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { addSkills, compileAll, compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { loadTaxonomy, serialiseTaxonomy } from '../../../../src/core/taxonomy/compiled-taxonomy';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../../fixtures/criteria';

const compiledHere = () => compileAll(compileTaxonomy(TAXONOMY, STOP_PHRASES));
const data = JSON.parse(JSON.stringify(serialiseTaxonomy(compiledHere())));

describe('the taxonomy compiled at build time', () => {
  it('loads into a matcher that finds exactly what the taxonomy compiled here finds', () => {
    const here = compiledHere();
    const loaded = loadTaxonomy(data);
    expect(loaded.compiled).toBe(here.compiled);
    expect(loaded.trie.size).toBe(here.trie.size);
    expect([...loaded.skills.keys()]).toEqual([...here.skills.keys()]);
    expect([...loaded.vocabulary.words].sort()).toEqual([...here.vocabulary.words].sort());
    const texts = PROFESSIONS.flatMap((p) => [...p.criteria, ...p.heldOut, ...p.unseen].map(([text]) => text));
    for (const text of texts) expect(matchText(loaded, text), text).toEqual(matchText(here, text));
  });

  it('gives each load its own matcher, so a user’s skills added to one reach no other', () => {
    const mine = addSkills(loadTaxonomy(data), [
      { id: 'custom-zephyr', label: 'Zephyr rota', category: 'it', variants: ['Zephyr rota'] },
    ]);
    expect(matchText(mine, 'Experience of Zephyr rota').map((h) => h.skillId)).toEqual(['custom-zephyr']);
    expect(matchText(loadTaxonomy(data), 'Experience of Zephyr rota').map((h) => h.skillId)).not.toContain(
      'custom-zephyr',
    );
  });

  it('reads the words of a user’s skills as its own words, not as slips of the taxonomy’s', () => {
    const loaded = loadTaxonomy(data);
    expect(loaded.vocabulary.words.has('zephyr')).toBe(false);
    const mine = addSkills(loaded, [{ id: 'custom-zephyr', label: 'Zephyr', category: 'it', variants: ['Zephyr'] }]);
    expect(mine.vocabulary.words.has('zephyr')).toBe(true);
  });

  it('refuses a taxonomy not compiled whole', () => {
    expect(() => serialiseTaxonomy(compileTaxonomy(TAXONOMY, STOP_PHRASES))).toThrow(/whole taxonomy/);
  });
});

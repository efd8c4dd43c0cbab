import { describe, expect, it } from 'vitest';
import { matchText } from '../../../../src/core/match/match-text';
import { addSkills, compileAll, compileTaxonomy } from '../../../../src/core/taxonomy/compile';
import { loadTaxonomy, serialiseTaxonomy } from '../../../../src/core/taxonomy/compiled-taxonomy';
import { decodeTaxonomy, encodeTaxonomy } from '../../../../src/core/taxonomy/taxonomy-file';
import { readingsOf } from '../../../../src/core/taxonomy/vocabulary';
import { TAXONOMY } from '../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../../fixtures/criteria';

const compiledHere = () => compileAll(compileTaxonomy(TAXONOMY, STOP_PHRASES));
/** Through the built file's bytes, as the background reads it. */
const data = decodeTaxonomy(encodeTaxonomy(serialiseTaxonomy(compiledHere())).buffer as ArrayBuffer);

const SENTENCES = [
  'Registered Nurse (RN) with current NMC registration and experience of care planning',
  'Experence of clinical audit and of leading a multidisciplinary team',
  'Able to use Microsoft Excel and IT systems such as SystmOne',
  'Knowledge of safeguarding adults and children, and of the Mental Capacity Act',
  'experiencedRMNwith knowledge of pediatric wound care and infection prevention',
];

describe('the taxonomy compiled at build time', () => {
  it('loads into a matcher that finds exactly what the taxonomy compiled here finds', () => {
    const here = compiledHere();
    const loaded = loadTaxonomy(data);
    expect(loaded.compiled).toBe(here.compiled);
    expect(loaded.trie.size).toBe(here.trie.size);
    expect([...loaded.skills.keys()]).toEqual([...here.skills.keys()]);
    expect([...loaded.vocabulary.words].sort()).toEqual([...here.vocabulary.words].sort());
    const texts = PROFESSIONS.flatMap((p) => [...p.criteria, ...p.heldOut, ...p.unseen].map(([text]) => text));
    for (const text of [...SENTENCES, ...texts]) expect(matchText(loaded, text), text).toEqual(matchText(here, text));
    expect(SENTENCES.map((text) => matchText(loaded, text).length).every((n) => n > 0)).toBe(true);
  });

  it('finds the same in a matcher sharing the file’s arrays as in one with its own copy', () => {
    const shared = loadTaxonomy(data, 'shared');
    expect(shared.trie.table.node).toBe(data.table.node);
    for (const text of SENTENCES) expect(matchText(shared, text), text).toEqual(matchText(loadTaxonomy(data), text));
  });

  it('gives each load its own matcher, so a user’s skills added to one reach no other', () => {
    const shared = loadTaxonomy(data, 'shared');
    const before = matchText(shared, 'Experience of Zephyr rota');
    const fresh = loadTaxonomy(data);
    for (const key of ['node', 'word', 'child'] as const) {
      expect(fresh.trie.table[key].buffer).not.toBe(data.table[key].buffer);
      expect(fresh.trie.table[key]).toEqual(data.table[key]);
    }
    const mine = addSkills(fresh, [
      { id: 'custom-zephyr', label: 'Zephyr rota', category: 'it', variants: ['Zephyr rota'] },
    ]);
    expect(matchText(mine, 'Experience of Zephyr rota').map((h) => h.skillId)).toEqual(['custom-zephyr']);
    expect(matchText(loadTaxonomy(data), 'Experience of Zephyr rota').map((h) => h.skillId)).not.toContain(
      'custom-zephyr',
    );
    expect(matchText(shared, 'Experience of Zephyr rota')).toEqual(before);
    expect(shared.trie.size).toBe(data.size);
  });

  it('arrives with the vocabulary’s index, the same as the one a matcher compiled here builds on a first odd word', () => {
    const here = compiledHere();
    expect(readingsOf(here.vocabulary, 'experence')).toEqual(['experience']);
    const loaded = loadTaxonomy(data);
    expect(loaded.vocabulary.index?.byKey).toEqual(here.vocabulary.index!.byKey);
    expect(loaded.vocabulary.index?.long).toEqual(here.vocabulary.index!.long);
    expect(readingsOf(loaded.vocabulary, 'managed')).toEqual(readingsOf(here.vocabulary, 'managed'));
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

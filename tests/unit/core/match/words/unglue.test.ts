import { describe, expect, it } from 'vitest';
import { unglue } from '../../../../../src/core/match/words/unglue';
import { compileTaxonomy } from '../../../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../../../src/core/taxonomy/stop-phrases';
import { tokenise } from '../../../../../src/core/text/tokenise';
import { ruleIds } from '../../../support/rule-ids';

const { vocabulary } = compileTaxonomy(TAXONOMY, STOP_PHRASES);
const read = (text: string) => unglue(tokenise(text), vocabulary).map((t) => t.raw);

describe('words run together in pasted text', () => {
  it('reads apart taxonomy words and short function words, where the case changes or not', () => {
    expect(read('experiencedRMNwith')).toEqual(['experienced', 'RMN', 'with']);
    expect(read('trainingis')).toEqual(['training', 'is']);
  });

  it('reads apart another word that opens or closes a run a long taxonomy word anchors', () => {
    expect(read('mustexperienced')).toEqual(['must', 'experienced']);
    expect(read('seekingexperienced nurses')).toEqual(['seeking', 'experienced', 'nurses']);
    expect(read('Careexperienceforhomes')).toEqual(['Care', 'experience', 'for', 'homes']);
  });

  it('leaves whole a word whose end is only a shorter taxonomy word or a suffix', () => {
    expect(read('outstanding')).toEqual(['outstanding']);
    expect(read('deliverables')).toEqual(['deliverables']);
    expect(read('Neurophysiological')).toEqual(['Neurophysiological']);
    expect(read('enthusiastically')).toEqual(['enthusiastically']);
  });

  it('places each copy of a word run together at its own offsets', () => {
    const pieces = unglue(tokenise('trainingis here, trainingis there'), vocabulary);
    expect(pieces.filter((t) => t.raw === 'is').map((t) => t.start)).toEqual([8, 25]);
  });

  it('lets the phrases read across the seams', () => {
    expect(ruleIds('We wantexperiencedSupport Workers for a home care package', 'Support Worker')).toContain(
      'exp-care-setting',
    );
  });
});

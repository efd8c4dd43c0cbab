import { compileTaxonomy, type Matcher } from '../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';
import { PROFESSIONS } from '../../fixtures/criteria';
import { CONTRACT_IDS } from '../../fixtures/taxonomy-contract';
import { labelledSetOrSkip } from '../labels/labelled-set';
import { untunedAdverts } from '../labels/untuned';
import { readAll, type LabelledText, type Read } from './examples';
import { fixtureTexts, textsOf } from './texts';

/** What the learners read: the rules' reading of train, validation and the fixture splits. */
export type LearnerInputs = {
  contract: ReadonlySet<string>;
  /** The rules alone: a matcher with no model attached. */
  rules: Matcher;
  trainTexts: LabelledText[];
  validationTexts: LabelledText[];
  train: Read[];
  validation: Read[];
  fixtures: Record<'development' | 'held-out' | 'unseen', Read[]>;
};

/**
 * The labelled adverts of train and validation (never the test split, nor the untuned batches) and the
 * criteria written for the project, each read by the rules alone.
 */
export async function learnerInputs(): Promise<LearnerInputs> {
  const untuned = untunedAdverts();
  const adverts = (await labelledSetOrSkip()).filter((a) => !untuned.has(a.id));
  const contract = new Set<string>(CONTRACT_IDS);
  const rules = compileTaxonomy(TAXONOMY, STOP_PHRASES);
  const everything = new Set(rules.skills.keys());
  const trainTexts = textsOf(adverts, 'train');
  const validationTexts = textsOf(adverts, 'validation');
  return {
    contract,
    rules,
    trainTexts,
    validationTexts,
    train: readAll(rules, trainTexts, contract),
    validation: readAll(rules, validationTexts, contract),
    fixtures: {
      development: readAll(rules, fixtureTexts(PROFESSIONS, 'criteria'), everything),
      'held-out': readAll(rules, fixtureTexts(PROFESSIONS, 'heldOut'), everything),
      unseen: readAll(rules, fixtureTexts(PROFESSIONS, 'unseen'), everything),
    },
  };
}

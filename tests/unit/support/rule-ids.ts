import { matchText } from '../../../src/core/match/match-text';
import { compileTaxonomy } from '../../../src/core/taxonomy/compile';
import { TAXONOMY } from '../../../src/core/taxonomy/skills';
import { STOP_PHRASES } from '../../../src/core/taxonomy/stop-phrases';

// The hand rules alone: the learned model is trained and tested apart.
const RULES = compileTaxonomy(TAXONOMY, STOP_PHRASES);

/** The skill ids the hand rules find in a text (not negated), once each, on an advert with this title (or none). */
export const ruleIds = (text: string, title?: string): string[] => [
  ...new Set(
    matchText(RULES, text, title ? { title } : {})
      .filter((h) => !h.negated)
      .map((h) => h.skillId),
  ),
];

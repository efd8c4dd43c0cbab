import { bulletLength } from '../../../src/core/extract/free-text/read-item';
import { sentenceRanges } from '../../../src/core/extract/free-text/prose';
import { requirementLevel } from '../../../src/core/extract/free-text/requirement-sentence';
import { advertLines } from '../labels/advert-lines';
import type { LabelledAdvert } from '../labels/labelled-set';

/** A sentence of running prose in a labelled advert: is it (part of) a labelled criterion, do the rules say so? */
export type ProseSentence = { text: string; label: 0 | 1; byRules: boolean };

const MIN_WORDS = 4;
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
const shared = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length;

/** The sentence is a labelled criterion when their words mostly agree, or the criterion is a good part of it. */
function isLabelled(sentence: Set<string>, criterion: Set<string>): boolean {
  const common = shared(sentence, criterion);
  const jaccard = common / (sentence.size + criterion.size - common || 1);
  return jaccard >= 0.5 || (common / (criterion.size || 1) >= 0.8 && criterion.size / sentence.size >= 0.3);
}

/** Every sentence of the advert's lines that are not list items, as the free-text reader cuts them. */
export function proseSentences(advert: LabelledAdvert): ProseSentence[] {
  const criteria = advert.criteria.map((c) => words(c.text));
  const found: ProseSentence[] = [];
  for (const line of advertLines(advert.record.description)) {
    if (bulletLength(line) > 0) continue;
    for (const [from, to] of sentenceRanges(line)) {
      const text = line.slice(from, to).trim();
      const own = words(text);
      if (own.size < MIN_WORDS) continue;
      const label = criteria.some((c) => isLabelled(own, c)) ? 1 : 0;
      found.push({ text, label, byRules: requirementLevel(text) !== null });
    }
  }
  return found;
}

import type { MethodCodes } from './assessment';
import type { FreeTextCriterion } from './free-text-criterion';
import { hedgedLevel, wordCount } from './levels';
import { proseCriteria, sentenceRanges } from './prose';
import { bulletLength, readItem } from './read-item';
import { CONTACT } from './section';
import type { TextLine } from './text-line';

/** Outside a specification: explicitly marked items ("Phlebotomy (desirable)") and requirement sentences. */
export function looseCriteria<L extends TextLine>(
  line: L,
  codes: MethodCodes,
  found: FreeTextCriterion<L>[],
  upTo = line.text.length,
): void {
  const whole = line.text.slice(0, upTo);
  const item = readItem(whole, codes);
  const words = wordCount(whole);
  const text = whole.slice(item.start, item.end);
  // A marker with nothing marked ("(D)" alone) is not a criterion.
  if (
    item.level &&
    wordCount(text) > 0 &&
    sentenceRanges(text).length < 2 &&
    words <= 25 &&
    !CONTACT.test(whole) &&
    hedgedLevel(text, false) !== 'not-required'
  ) {
    found.push({
      line,
      start: item.start,
      end: item.end,
      level: item.level,
      category: null,
      assessedBy: item.assessedBy,
      layout: 'inline-markers',
    });
    return;
  }
  const from = bulletLength(whole);
  for (const sentence of proseCriteria(whole.slice(from), { listItem: line.listItem || from > 0 })) {
    found.push({
      line,
      start: from + sentence.start,
      end: from + sentence.end,
      level: sentence.level,
      category: null,
      assessedBy: [],
      layout: 'prose',
    });
  }
}

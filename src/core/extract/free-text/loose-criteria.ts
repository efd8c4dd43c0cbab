import type { MethodCodes } from './assessment';
import type { FreeTextCriterion } from './free-text-criterion';
import { hedgedLevel, wordCount } from './levels';
import { proseCriteria, sentenceRanges, type ProseCriterion } from './prose';
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
  const from = bulletLength(whole);
  const prose = proseCriteria(whole.slice(from), { listItem: line.listItem || from > 0 });
  // A marker with nothing marked ("(D)" alone) is not a criterion.
  if (
    item.level &&
    !splitByLevelWords(whole, from, item.end, prose) &&
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
  for (const sentence of prose) {
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

// "The clinic is busy, so flexibility is essential": a turn that ends a clause about the post.
const AFTER_A_TURN = /(?:,?\s+(?:so|therefore|however)|,\s+and)[\s,]+$/i;

/**
 * "Rota experience is essential, and NHS experience is desirable": a line whose level is stated in its words
 * (no bracketed marker cut off its end) and that prose reads as several requirements, or as one after a turn
 * from a clause that asks nothing, is read as prose, a criterion per part (labelling rule 4).
 */
function splitByLevelWords(whole: string, from: number, itemEnd: number, prose: readonly ProseCriterion[]): boolean {
  if (whole.slice(itemEnd).replace(/[\s.;,!]+$/, '') !== '') return false;
  // The parts must keep the level words that mark the line, at its end.
  const reachesTheEnd = prose.length > 0 && whole.slice(from + prose.at(-1)!.end).replace(/[\s.;,!]+$/, '') === '';
  if (!reachesTheEnd) return false;
  if (prose.length > 1) return true;
  return prose.length === 1 && prose[0]!.start > 0 && AFTER_A_TURN.test(whole.slice(0, from + prose[0]!.start));
}

import { hedgedLevel, wordCount } from './levels';
import { listItemSentences } from './item-sentences';
import { wishesForBenefit } from './item-kinds';
import { hedgedCut } from './hedged-part';
import { clauses, clausesOf, sentenceRanges, sentencesOf } from './prose';
import { opensOnEmployer, readsAsRequirement } from './requirement-sentence';

const trimmed = (text: string, from: number, to: number): [number, number] => {
  const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
  return [from + lead, from + text.slice(from, to).replace(/[\s.;,!]+$/, '').length];
};

/** A long plain line that asks nothing is the employer's pitch. */
const isPitch = (words: string): boolean => wordCount(words) > 12 && !readsAsRequirement(words);

/**
 * An item's criteria as [start, end) ranges of its words. A list item gives one per requirement sentence
 * (item-sentences) and semicolon clause, and is cut at a dash only where the level changes ("Qualified
 * nurse – mentorship preferable"); a paragraph keeps only the sentences that read as requirements ("Full
 * training is given." is a note). An item that asks for a benefit ("interested in job security") gives nothing.
 */
export function itemSentences(words: string, listed: boolean): [number, number][] {
  if (wishesForBenefit(words) || (opensOnEmployer(words) && !readsAsRequirement(words))) return [];
  if (!listed) {
    const ranges = sentenceRanges(words).map(([from, to]) => trimmed(words, from, to));
    // A long plain line that asks nothing is pitch.
    if (ranges.length < 2) return isPitch(words) ? [] : (askingClauses(words, 0, words.length) ?? [[0, words.length]]);
    return ranges
      .filter(([from, to]) => to > from && readsAsRequirement(words.slice(from, to)))
      .flatMap(([from, to]) => askingClauses(words, from, to) ?? [[from, to]]);
  }
  const sentences = sentencesOf(words).map(([from, to]) => trimmed(words, from, to));
  const split = listItemSentences(words, sentences, readsAsRequirement);
  // An item read as one keeps its words as written, closing full stop and all.
  const whole = split.length === 1 && split[0]![0] === sentences[0]?.[0] && split[0]![1] === sentences.at(-1)![1];
  const pieces: [number, number][] = whole || split.length === 0 ? [[0, words.length]] : split;
  const clauses = pieces.flatMap(([from, to]) => clausesOf(words, from, to));
  const parts = clauses.flatMap(([from, to]) => dashLevelParts(words, from, to));
  return parts.length === 1 ? parts : parts.map(([a, b]) => trimmed(words, a, b)).filter(([from, to]) => to > from);
}

/**
 * "The post deals with callers all day, therefore you must have …": the clauses of a sentence that ask, when
 * some of its clauses ask and some do not; null when the sentence is one requirement or none.
 */
function askingClauses(words: string, from: number, to: number): [number, number][] | null {
  const parts = clauses(words, from, to);
  if (parts.length < 2) return null;
  const asks = parts.map(([a, b]) => readsAsRequirement(words.slice(a, b)));
  if (asks.every(Boolean) || !asks.some(Boolean)) return null;
  const kept: [number, number][] = [];
  parts.forEach(([a, b], i) => {
    if (!asks[i]) return;
    const last = kept[kept.length - 1];
    if (last && asks[i - 1]) last[1] = b;
    else kept.push([a, b]);
  });
  return kept.map(([a, b]) => trimmed(words, a, b));
}

/** Each part cut again where its second half is hedged ("Post-registration experience, ideally in …"). */
export function levelCuts(words: string, parts: [number, number][]): [number, number, boolean][] {
  return parts.flatMap(([from, to]): [number, number, boolean][] => {
    const hedged = hedgedCut(words, from, to);
    if (!hedged || hedgedLevel(words.slice(from, hedged.cut), true)) return [[from, to, false]];
    const [a, b] = trimmed(words, from, hedged.cut);
    const [c, d] = trimmed(words, hedged.hedgeAt, hedged.hedgeEnd);
    const cuts: [number, number, boolean][] = [
      [a, b, false],
      [c, d, true],
    ];
    if (hedged.restAt < hedged.restEnd) cuts.push([...trimmed(words, hedged.restAt, hedged.restEnd), false]);
    return cuts;
  });
}

// "Qualified nurse or ODP – mentorship preferable but not essential": a dash before a hedged part.
const DASH = /\s[-–—]\s/g;

function dashLevelParts(words: string, from: number, to: number): [number, number][] {
  for (const match of words.slice(from, to).matchAll(DASH)) {
    const cut = from + match.index!;
    const before = words.slice(from, cut);
    const after = words.slice(cut + match[0].length, to);
    if (wordCount(before) >= 2 && hedgedLevel(after, true) === 'desirable' && !hedgedLevel(before, true))
      return [[from, cut], trimmed(words, cut + match[0].length, to)];
  }
  return [[from, to]];
}

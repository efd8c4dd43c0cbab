import type { Level } from '../../model/criterion';
import { DEFAULT_CODES, readMethodKey, type MethodCodes } from './assessment';
import type { FreeTextCriterion, Layout } from './free-text-criterion';
import {
  categoryHeading,
  categoryLabel,
  desirableHeading,
  headingText,
  isBreakHeading,
  isCategoryPhrase,
  isOfferOrField,
  opensOffer,
  isSpecHeading,
  labelledItem,
  levelHeading,
  namesRequirements,
  requirementIntro,
} from './headings';
import { hedgedLevel, saysMust, statesEssential, wordCount, type MarkedLevel } from './levels';
import { parseTable } from './parse-table';
import { clausesOf, hedgedCut, proseCriteria, sentenceRanges, sentencesOf } from './prose';
import {
  opensAsRequirement,
  opensWithDuty,
  readsAsRequirement,
  statesWish,
  wishesForBenefit,
} from './requirement-sentence';
import { bulletLength, readItem } from './read-item';
import type { TextLine } from './text-line';

/**
 * none: outside any specification (only explicitly marked items and requirement sentences count);
 * level: under an Essential/Desirable heading or label; list: after "The successful candidate will
 * have:"; spec: under "Person Specification" with no level yet.
 */
type Mode = 'none' | 'level' | 'list' | 'spec';
type Section = {
  mode: Mode;
  level: MarkedLevel | null;
  layout: Layout;
  items: number;
  listItems: number;
  plainItems: number;
};

const NONE: Section = { mode: 'none', level: null, layout: 'inline-markers', items: 0, listItems: 0, plainItems: 0 };
const section = (mode: Mode, level: MarkedLevel | null, layout: Layout): Section => ({
  mode,
  level,
  layout,
  items: 0,
  listItems: 0,
  plainItems: 0,
});

const DOT_BULLET = /^[.·]\s+(?=\S)/;
// A bullet inside a line starts another item: "• Team player • Car driver", "…is provided.• Have a …".
const INLINE_BULLETS = /(?:\s|(?<=[.;:,)]))(?=[•▪●➢]\s*\S)|\s(?=·\s+\S)/g;
const CONTACT = /https?:\/\/|www\.|\S@\S|\bclick\b|\bapply\s+(?:now|online|today)\b|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/i;

/**
 * A person specification written as text: Essential/Desirable heading lines with categories before
 * them, "Essential:" labels, tables with E/D and assessment-method columns, inline "(E)"/"(D)",
 * "would be an advantage", requirement lists after "The successful candidate will have", and
 * requirement sentences in prose. Lines with none of these give nothing: no specification is
 * invented for an advert that has none.
 */
export function parseFreeText<L extends TextLine>(lines: readonly L[]): FreeTextCriterion<L>[] {
  const codes = methodKey(lines);
  const found: FreeTextCriterion<L>[] = [];
  let current = NONE;
  let category: string | null = null;
  let levelUnderCategory = false;

  const nextContent = (from: number): L | undefined => {
    for (let j = from; j < lines.length; j++) if (lines[j]!.text) return lines[j];
    return undefined;
  };

  const emit = (line: L, from: number, layout: Layout, upTo = line.text.length) => {
    const text = line.text.slice(0, upTo);
    const cuts = [
      from,
      ...[...text.slice(from).matchAll(INLINE_BULLETS)].map((m) => from + m.index! + m[0].length),
      text.length,
    ];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const piece = text.slice(cuts[k], cuts[k + 1]);
      const item = readItem(piece, codes);
      // ". RMN / RNLD": a full stop typed as a bullet.
      const dot = DOT_BULLET.exec(piece.slice(item.start, item.end))?.[0].length ?? 0;
      const at = cuts[k]! + item.start + dot;
      const words = piece.slice(item.start + dot, item.end);
      if (wordCount(words) === 0) continue;
      const listed = line.listItem || item.bulleted || dot > 0;
      // Outside an Essential/Desirable list, "Ensure …" and "To support …" are duties (labelling: what a criterion is).
      if (listed && current.mode !== 'level' && opensWithDuty(words)) continue;
      // One criterion per sentence (labelling rule 4); a paragraph's notes and pitch are left out.
      for (const [from, to, hedged] of levelCuts(words, itemSentences(words, listed))) {
        const sentence = words.slice(from, to);
        const level = hedged ? 'desirable' : itemLevel(current, item.level, sentence);
        if (!level) continue;
        found.push({
          line,
          start: at + from,
          end: at + to,
          level: level === 'essential' && statesWish(sentence) ? 'unspecified' : level,
          category,
          assessedBy: item.assessedBy,
          layout,
        });
        current.items++;
        if (listed) current.listItems++;
        else current.plainItems++;
      }
    }
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cells) {
      let end = i;
      while (end + 1 < lines.length && lines[end + 1]!.cells && lines[end + 1]!.table === line.table) end++;
      const rows = lines.slice(i, end + 1);
      const fromTable = parseTable(rows, category, codes);
      const before = found.length;
      found.push(...(fromTable ?? parseFreeText(rows.flatMap((row) => row.cells!.flat() as L[]))));
      // A table that held the specification ends it: the notes below it are not criteria.
      if (found.length > before) current = NONE;
      i = end;
      continue;
    }
    const text = line.text;
    if (!text || readMethodKey(text)) continue;

    const heading = levelHeading(text, line.heading);
    if (heading) {
      if (heading.level === null) {
        current = section('spec', null, 'spec-list');
        category = null;
        continue;
      }
      if (heading.category) category = heading.category;
      current = section('level', heading.level, 'heading-lines');
      levelUnderCategory = category !== null;
      continue;
    }
    if (desirableHeading(text)) {
      current = section('level', 'desirable', 'heading-lines');
      levelUnderCategory = category !== null;
      continue;
    }
    const label = labelledItem(text);
    if (label) {
      if (label.category) category = label.category;
      if (current.mode !== 'level' || current.level !== label.level || current.layout !== 'labels') {
        current = section('level', label.level, 'labels');
        levelUnderCategory = category !== null;
      }
      emit(line, label.contentStart, 'labels');
      continue;
    }
    const named = current.mode === 'level' ? null : categoryLabel(text);
    if (named) {
      category = named.category;
      if (current.mode === 'none') current = section('list', 'essential', 'labels');
      emit(line, named.contentStart, current.layout);
      continue;
    }
    if (isSpecHeading(text)) {
      current = section('spec', null, 'spec-list');
      category = null;
      continue;
    }
    const intro = requirementIntro(text, line.heading);
    if (intro && (current.mode === 'none' || current.mode === 'list' || !isCategoryPhrase(headingText(text).text))) {
      current = section('list', intro, 'requirement-list');
      category = isCategoryPhrase(headingText(text).text) ? categoryHeading(text, true) : null;
      continue;
    }
    const listish = line.listItem || readItem(text).bulleted;
    const words = wordCount(text);
    const known = isBreakHeading(text, false) && words <= 8 && !categoryHeading(text, line.heading);
    const next = nextContent(i + 1);
    // "Skills:" among the items, or a bold "Citrix" over them: a category inside the list, not an item.
    if (current.mode !== 'none' && !known && isSubHeading(text, line, listish, words, next)) {
      category = headingText(text).text;
      continue;
    }
    // "… a proven background in estates. They will also have:": the paragraph's last sentence opens a list.
    const lead = !listish && /[:;]-?\s*$/.test(text) ? closingIntro(text) : null;
    if (lead) {
      if (current.mode === 'none') looseCriteria(line, codes, found, lead.start);
      else emit(line, 0, current.layout, lead.start);
      current = section('list', lead.level, 'requirement-list');
      category = null;
      continue;
    }
    const nextHeading = next ? levelHeading(next.text, next.heading) : null;
    const cat =
      (!known && !listish ? categoryHeading(text, line.heading) : null) ??
      (nextHeading?.level && !nextHeading.category && words <= 6 && !/[.!?]$/.test(text) && !listish && !known
        ? headingText(text).text
        : null) ??
      (current.mode !== 'none' && !listish && !known && words <= 6 && /:\s*$/.test(text)
        ? headingText(text).text
        : null);
    if (cat) {
      category = cat;
      if (current.mode === 'level' && levelUnderCategory) current = section('spec', null, current.layout);
      // Outside a specification, "Skills and qualifications:" over a list is a requirement list.
      else if (current.mode === 'none' && namesRequirements(cat))
        current = section('list', 'essential', 'requirement-list');
      continue;
    }
    // A bold "Car owner/driver essential." is a criterion, not a heading.
    if (!listish && isBreakHeading(text, line.heading) && !readItem(text).level) {
      current = NONE;
      category = null;
      continue;
    }
    if (current.mode !== 'none' && endsSection(line, listish, words, current)) {
      current = NONE;
      category = null;
    }
    // A list with no introduction whose items read as requirements ("Experience of …", "Able to …").
    if (current.mode === 'none' && listish && readsAsRequirementList(lines, i)) {
      current = section('list', 'essential', 'requirement-list');
      category = null;
    }
    if (current.mode !== 'none') {
      emit(line, 0, current.layout);
      continue;
    }
    looseCriteria(line, codes, found);
  }
  return found;
}

const trimmed = (text: string, from: number, to: number): [number, number] => {
  const lead = text.slice(from, to).length - text.slice(from, to).trimStart().length;
  return [from + lead, from + text.slice(from, to).replace(/[\s.;,!]+$/, '').length];
};

/**
 * An item's criteria as [start, end) ranges of its words. A list item gives one per semicolon clause,
 * and is cut at a sentence or a dash only where the level changes ("Qualified nurse – mentorship
 * preferable"); a paragraph keeps only the sentences that read as requirements ("Full training is
 * given." is a note). An item that asks for a benefit ("interested in job security") gives nothing.
 */
function itemSentences(words: string, listed: boolean): [number, number][] {
  if (wishesForBenefit(words)) return [];
  if (!listed) {
    const ranges = sentenceRanges(words).map(([from, to]) => trimmed(words, from, to));
    // A long plain line that asks nothing is pitch.
    if (ranges.length < 2) return wordCount(words) > 12 && !readsAsRequirement(words) ? [] : [[0, words.length]];
    return ranges.filter(([from, to]) => to > from && readsAsRequirement(words.slice(from, to)));
  }
  const sentences = sentencesOf(words).map(([from, to]) => trimmed(words, from, to));
  const levels = sentences.map(([from, to]) => hedgedLevel(words.slice(from, to), true) ?? 'asked');
  const pieces = levels.every((level) => level === levels[0])
    ? [[0, words.length] as [number, number]]
    : sentences.filter(([from, to], n) => n === 0 || readsAsRequirement(words.slice(from, to)));
  const clauses = pieces.flatMap(([from, to]) => clausesOf(words, from, to));
  const parts = clauses.flatMap(([from, to]) => dashLevelParts(words, from, to));
  return parts.length === 1 ? parts : parts.map(([a, b]) => trimmed(words, a, b)).filter(([from, to]) => to > from);
}

/** Each part cut again where its second half is hedged ("Post-registration experience, ideally in …"). */
function levelCuts(words: string, parts: [number, number][]): [number, number, boolean][] {
  return parts.flatMap(([from, to]): [number, number, boolean][] => {
    const hedged = hedgedCut(words, from, to);
    if (!hedged || hedgedLevel(words.slice(from, hedged.cut), true)) return [[from, to, false]];
    const [a, b] = trimmed(words, from, hedged.cut);
    const [c, d] = trimmed(words, hedged.hedgeAt, to);
    return [
      [a, b, false],
      [c, d, true],
    ];
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

/** The run of list items from `from`: at least two, and most of them open as requirements do. */
function readsAsRequirementList(lines: readonly TextLine[], from: number): boolean {
  let items = 0;
  let asked = 0;
  for (let j = from; j < lines.length && items < 12; j++) {
    const { text, listItem } = lines[j]!;
    if (!text) continue;
    const item = readItem(text);
    if (!(listItem || item.bulleted)) break;
    items++;
    if (opensAsRequirement(text.slice(item.start, item.end))) asked++;
  }
  return items >= 2 && asked / items >= 0.6;
}

/** A short line inside a list that names what follows: "Skills:", or a bold title over items. */
function isSubHeading(text: string, line: TextLine, listish: boolean, words: number, next: TextLine | undefined) {
  if (words === 0 || words > 4 || readItem(text).level) return false;
  if (/:\s*$/.test(text)) return true;
  const nextListed = next !== undefined && (next.listItem || readItem(next.text).bulleted);
  return line.heading && !listish && nextListed && !/[.!?]$/.test(text);
}

/** The last sentence of a paragraph when it introduces a list ("They will also have:"), with its level. */
function closingIntro(text: string): { start: number; level: MarkedLevel } | null {
  const ranges = sentenceRanges(text);
  if (ranges.length < 2) return null;
  const [start] = ranges[ranges.length - 1]!;
  const level = requirementIntro(text.slice(start), false);
  return level ? { start, level } : null;
}

function itemLevel(current: Section, marker: MarkedLevel | null, words: string): Level | null {
  if (marker) return marker;
  if (statesEssential(words)) return 'essential';
  switch (current.mode) {
    case 'level': {
      const hedge = hedgedLevel(words, false);
      if (hedge === 'not-required') return null;
      return hedge ?? current.level;
    }
    case 'list': {
      const hedge = hedgedLevel(words, true);
      if (hedge === 'not-required') return null;
      return hedge ?? current.level;
    }
    case 'spec': {
      const hedge = hedgedLevel(words, false);
      if (hedge === 'not-required') return null;
      return hedge ?? (saysMust(words) ? 'essential' : 'unspecified');
    }
    case 'none':
      return null;
  }
}

/** A paragraph of prose after a list, a contact line, a long statement: the specification is over. */
function endsSection(line: TextLine, listish: boolean, words: number, current: Section): boolean {
  if (CONTACT.test(line.text)) return true;
  if (listish) return opensOffer(line.text);
  if (isOfferOrField(line.text)) return true;
  // After a list, a paragraph ends it; a short line ("Operating systems: Windows Server") is one more item.
  if (current.listItems > 0 && current.plainItems === 0) return words > 12 || !readsAsRequirement(line.text);
  if (words > 60) return true;
  // A paragraph that asks something of the applicant is part of the section ("About you: You will be …").
  if (current.mode === 'list' || (current.mode === 'spec' && current.level === null))
    return words > 25 && proseCriteria(line.text).length === 0;
  return current.items > 0 && words > 30;
}

/** Outside a specification: explicitly marked items ("Phlebotomy (desirable)") and requirement sentences. */
function looseCriteria<L extends TextLine>(
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
  for (const sentence of proseCriteria(whole.slice(from))) {
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

function methodKey(lines: readonly TextLine[]): MethodCodes {
  let codes: Map<string, import('../../model/criterion').AssessmentMethod | null> | null = null;
  for (const line of lines) {
    const key = line.text && line.text.length < 300 ? readMethodKey(line.text) : null;
    if (key) codes = new Map([...(codes ?? DEFAULT_CODES), ...key]);
  }
  return codes ?? DEFAULT_CODES;
}

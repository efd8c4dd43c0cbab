import { DEFAULT_CODES, readMethodKey, type MethodCodes } from './assessment';
import type { FreeTextCriterion, Layout } from './free-text-criterion';
import {
  categoryHeading,
  categoryLabel,
  desirableHeading,
  headingText,
  isAdvertSection,
  isBreakHeading,
  isCategoryPhrase,
  isSpecHeading,
  labelledItem,
  levelHeading,
  namesRequirements,
} from './headings';
import { requirementIntro } from './requirement-intro';
import { isBoldSentence } from './bold-sentence';
import { opensWithDuty, statesWish } from './item-kinds';
import { itemSentences, levelCuts } from './item-parts';
import { wordCount } from './levels';
import { closingIntro, isLeadIn, isSubHeading, readsAsRequirementList } from './list-shape';
import { looseCriteria } from './loose-criteria';
import { keepsListItem, requirementChance } from './requirement-scorer';
import { parseTable } from './parse-table';
import { sentenceRanges } from './prose';
import { bulletLength, readItem } from './read-item';
import { endsSection, itemLevel, NONE, section } from './section';
import type { TextLine } from './text-line';

const DOT_BULLET = /^[.·]\s+(?=\S)/;
// A bullet inside a line starts another item: "• Team player • Car driver", "…is provided.• Have a …".
const INLINE_BULLETS = /(?:\s|(?<=[.;:,)]))(?=[•▪●➢]\s*\S)|\s(?=·\s+\S)/g;

/** Under this many words a list item is left to the rules: the scorer learned from sentences; short items score low. */
const SCORED_ITEM_WORDS = 8;

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
      const parts = levelCuts(words, itemSentences(words, listed));
      for (const [n, [from, to, hedged]] of parts.entries()) {
        const sentence = words.slice(from, to);
        // The item's own marker ("… is desirable.", "(E)") belongs to its last part.
        const marker = n === parts.length - 1 ? item.level : null;
        const level = hedged ? 'desirable' : itemLevel(current, marker, sentence);
        if (!level) continue;
        // Under a lead-in ("You will have:"), an item the scorer finds nothing asked in is the post's or the offer's.
        if (
          current.mode === 'list' &&
          wordCount(sentence) >= SCORED_ITEM_WORDS &&
          !keepsListItem(requirementChance(sentence))
        )
          continue;
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
    const next = nextContent(i + 1);
    // A requirement sentence set in bold is read as the plain line it is.
    const bold = line.heading && !isBoldSentence(line, next);

    const heading = levelHeading(text, bold);
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
    const introLevel = requirementIntro(text, bold);
    const intro = introLevel && sentenceRanges(text).length < 2 ? introLevel : null;
    if (intro && (current.mode === 'none' || current.mode === 'list' || !isCategoryPhrase(headingText(text).text))) {
      current = section('list', intro, 'requirement-list');
      category = isCategoryPhrase(headingText(text).text) ? categoryHeading(text, true) : null;
      continue;
    }
    const listish = line.listItem || bulletLength(text) > 0;
    const words = wordCount(text);
    const known = isBreakHeading(text, false) && words <= 8 && !categoryHeading(text, bold);
    // "Skills:" among the items, or a bold "Citrix" over them: a category inside the list, not an item.
    if (
      current.mode !== 'none' &&
      !(listish ? isAdvertSection(text) : known) &&
      isSubHeading(text, bold === line.heading ? line : { ...line, heading: bold }, listish, words, next)
    ) {
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
    // "Competence through accredited courses in:" over a list: the lead-in the items complete.
    if (!listish && next && isLeadIn(text, next)) {
      category = headingText(text).text;
      if (current.mode === 'none') current = section('list', 'essential', 'requirement-list');
      continue;
    }
    const nextHeading = next ? levelHeading(next.text, next.heading) : null;
    const cat =
      (!known && !listish ? categoryHeading(text, bold) : null) ??
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
    if (!listish && isBreakHeading(text, bold) && !readItem(text).level) {
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

function methodKey(lines: readonly TextLine[]): MethodCodes {
  let codes: Map<string, import('../../model/criterion').AssessmentMethod | null> | null = null;
  for (const line of lines) {
    const key = line.text && line.text.length < 300 ? readMethodKey(line.text) : null;
    if (key) codes = new Map([...(codes ?? DEFAULT_CODES), ...key]);
  }
  return codes ?? DEFAULT_CODES;
}

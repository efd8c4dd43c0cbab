import type { AssessmentMethod } from '../../model/criterion';
import { methodsInCell, type MethodCodes } from './assessment';
import { levelHeading } from './headings';
import { hedgedLevel, levelOfWord, wordCount, type MarkedLevel } from './levels';
import { readItem } from './read-item';
import type { TextLine } from './text-line';
import type { FreeTextCriterion } from './free-text-criterion';

export type Role = 'criteria' | 'essential' | 'desirable' | 'level' | 'method' | 'category';

// Welsh: "dull" is method, "asesu" to assess.
const METHOD_WORD = '(?:method|means|how|mode|dull)';
const ASSESS_WORD = '(?:assess|evidence|identif|test|measure|asesu)';
const METHOD_OF_ASSESSMENT = String.raw`\b${METHOD_WORD}\b.*\b${ASSESS_WORD}`;
const ASSESSED = String.raw`assessment|assessed|evidence|how\s+(?:assessed|evidenced|identified)`;
const ASSESSED_BY = String.raw`assessed\s+by|method|identified\s+by|tested\s+by`;
const METHOD_CODES = String.raw`^(?:[aitrp])(?:\s*\/\s*[aitrp])+$`;

const HEADER_ROLES: [RegExp, Role][] = [
  [
    /^(?:e\s*\/\s*d|essential\s*(?:\/|or|and)\s*desirable|e\s+or\s+d|level|priority|hanfodol\s*\/\s*dymunol)$/i,
    'level',
  ],
  [/^(?:essential|hanfodol|e)(?:\s+(?:criteria|requirements?))?$/i, 'essential'],
  [/^(?:desirable|dymunol|d)(?:\s+(?:criteria|requirements?))?$/i, 'desirable'],
  [new RegExp(String.raw`${METHOD_OF_ASSESSMENT}|^(?:${ASSESSED}|${ASSESSED_BY})\b|${METHOD_CODES}`, 'i'), 'method'],
  [
    /^(?:factors?|category|categories|area|heading|domain|section|attributes?|qualities|requirement|ffactor)$/i,
    'category',
  ],
  [/criteri|requirement|description|specification|competenc|meini prawf/i, 'criteria'],
];

const cellText = (cell: readonly TextLine[] | undefined) =>
  (cell ?? [])
    .map((l) => l.text)
    .join(' ')
    .trim();

/** The role of each column of a header row, or null when no column names a level. */
export function tableHeaderRoles(texts: readonly string[]): Role[] | null {
  const roles = texts.map((cell) => {
    const text = cell.trim().replace(/[:*]+$/, '');
    for (const [pattern, role] of HEADER_ROLES) if (pattern.test(text)) return role;
    return null;
  });
  const hasLevel = roles.some((r) => r === 'essential' || r === 'desirable' || r === 'level');
  if (!hasLevel) return null;
  // The first unnamed column holds the criteria, or the category when another column is "Criteria".
  const hasCriteria = roles.includes('criteria');
  return roles.map((r, i) => r ?? (i === 0 ? (hasCriteria ? 'category' : 'criteria') : 'criteria'));
}

const headerRoles = (row: TextLine): Role[] | null => tableHeaderRoles((row.cells ?? []).map((cell) => cellText(cell)));

const MARK = /^(?:[✓✔√☑✗✘xX*•●■+]|yes|y|e|d|essential|desirable|hanfodol|dymunol|ie|oes)$/i;
const isMark = (text: string) => text.length > 0 && (MARK.test(text) || (text.length <= 3 && !/[a-z]{2}/i.test(text)));

/**
 * A person specification laid out as a table (design: taxonomy §3.2.2–3.2.3): columns Criteria |
 * Essential | Desirable | Method of assessment with marks, or Factor | Essential | Desirable with the
 * criteria written in the level columns, or an E/D column. Rows that only name a category or a level
 * set it for the rows below. Returns null when the header shows no level columns.
 */
export function parseTable<L extends TextLine>(
  rows: readonly L[],
  inheritedCategory: string | null,
  codes: MethodCodes,
): FreeTextCriterion<L>[] | null {
  const headerAt = rows.slice(0, 3).findIndex((row) => headerRoles(row) !== null);
  if (headerAt < 0) return null;
  const roles = headerRoles(rows[headerAt]!)!;
  const headerText = (rows[headerAt]!.cells ?? [])
    .map((c) => cellText(c))
    .join('|')
    .toLowerCase();
  const column = (role: Role) => roles.indexOf(role);
  const found: FreeTextCriterion<L>[] = [];
  let category = inheritedCategory;
  let rowLevel: MarkedLevel | null = null;

  for (const row of rows.slice(headerAt + 1)) {
    const cells = (row.cells ?? []) as unknown as L[][];
    const texts = cells.map((c) => cellText(c));
    const filled = texts.filter(Boolean);
    if (filled.length === 0) continue;
    if (texts.join('|').toLowerCase() === headerText) continue; // the header repeated on the next page
    if (filled.length === 1 || filled.every((t) => t === filled[0])) {
      const only = filled[0]!;
      const heading = levelHeading(only, true);
      if (heading) {
        rowLevel = heading.level;
        if (heading.category) category = heading.category;
        continue;
      }
      if (
        wordCount(only) <= 8 &&
        !roles.slice(1).some((r, i) => texts[i + 1] && (r === 'essential' || r === 'desirable'))
      ) {
        category = only.replace(/[:\s]+$/, '');
        continue;
      }
    }
    const categoryAt = column('category');
    if (categoryAt >= 0 && texts[categoryAt]) category = texts[categoryAt]!.replace(/[:\s]+$/, '');
    const methodAt = column('method');
    const assessedBy: AssessmentMethod[] =
      methodAt >= 0 && texts[methodAt] ? methodsInCell(texts[methodAt]!, codes) : [];

    const essentialAt = column('essential');
    const desirableAt = column('desirable');
    const levelAt = column('level');
    const criteriaAt = column('criteria');
    const markEssential = essentialAt >= 0 && isMark(texts[essentialAt] ?? '');
    const markDesirable = desirableAt >= 0 && isMark(texts[desirableAt] ?? '');

    const emit = (cell: readonly L[] | undefined, level: MarkedLevel | null) => {
      for (const line of cell ?? []) {
        if (!line.text) continue;
        const item = readItem(line.text, codes);
        if (item.end <= item.start || wordCount(line.text.slice(item.start, item.end)) === 0) continue;
        const text = line.text.slice(item.start, item.end);
        const hedge = hedgedLevel(text, false);
        const resolved = item.level ?? level ?? (hedge === 'desirable' ? 'desirable' : null) ?? rowLevel;
        if (hedge === 'not-required' && resolved !== 'desirable') continue;
        if (!resolved && !item.level) continue;
        found.push({
          line,
          start: item.start,
          end: item.end,
          level: resolved ?? 'unspecified',
          category,
          assessedBy: item.assessedBy.length > 0 ? item.assessedBy : assessedBy,
          layout: 'table',
        });
      }
    };

    if (levelAt >= 0 && criteriaAt >= 0) {
      const mark = texts[levelAt] ?? '';
      emit(
        cells[criteriaAt],
        /^(?:e|essential|hanfodol)/i.test(mark)
          ? 'essential'
          : /^(?:d|desirable|dymunol)/i.test(mark)
            ? 'desirable'
            : null,
      );
    } else if (
      (markEssential || markDesirable) &&
      criteriaAt >= 0 &&
      criteriaAt !== essentialAt &&
      criteriaAt !== desirableAt
    ) {
      const level = markEssential
        ? levelFromMark(texts[essentialAt]!, 'essential')
        : levelFromMark(texts[desirableAt]!, 'desirable');
      emit(cells[criteriaAt], level);
    } else if (
      criteriaAt >= 0 &&
      criteriaAt !== essentialAt &&
      criteriaAt !== desirableAt &&
      !texts[essentialAt] &&
      !texts[desirableAt]
    ) {
      emit(cells[criteriaAt], null); // unmarked: a level row above or the item's own marker decides
    } else {
      // The criteria are written in the Essential and Desirable columns.
      if (essentialAt >= 0) emit(cells[essentialAt], 'essential');
      if (desirableAt >= 0) emit(cells[desirableAt], 'desirable');
    }
  }
  return found;
}

function levelFromMark(mark: string, column: MarkedLevel): MarkedLevel {
  return /^(?:e|d|essential|desirable|hanfodol|dymunol)$/i.test(mark) ? levelOfWord(mark) : column;
}

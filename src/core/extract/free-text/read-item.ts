import type { AssessmentMethod } from '../../model/criterion';
import { DEFAULT_CODES, parseMethods, type MethodCodes } from './assessment';
import { LEVEL_WORD, levelOfWord, type MarkedLevel } from './levels';
import { remembered } from '../../text/remembered';

/**
 * A criterion inside a line: where its words start and end once bullets and trailing markers are
 * taken off ("• Current NMC registration (E) (A/I)" → "Current NMC registration"), and what the
 * markers said. The span stays inside the line so it can be highlighted on the page.
 */
export type Item = {
  start: number;
  end: number;
  /** An explicit marker on the item: "(E)", "(Desirable)", "… essential." */
  level: MarkedLevel | null;
  assessedBy: AssessmentMethod[];
  bulleted: boolean;
};

// •, ▪, ➢, "-", "*", "1.", "a)", "(ii)", and Word's "o" bullet before a capital.
const SYMBOL_BULLET = String.raw`[•·▪●◦‣∙■□➢➤►✓✔❖→]\s*`;
const DASH_BULLET = String.raw`[-–—*+]\s+`;
const NUMBER_BULLET = String.raw`\d{1,2}[.)]\s+|[a-z][.)]\s+|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+`;
const WORD_O_BULLET = String.raw`o\s+(?=\p{Lu})`;
const BULLET = new RegExp(`^(?:${SYMBOL_BULLET}|${DASH_BULLET}|${NUMBER_BULLET}|${WORD_O_BULLET})`, 'u');
const BRACKETS = /\s*[([]([^()[\]]{1,40})[)\]]\s*[.;,:]?\s*$/;
const LEADING_MARKER = new RegExp(`^[([]\\s*(E|D|${LEVEL_WORD})\\s*[)\\]]\\s*`, 'i');
// "evidenced by", "assessment method", "how assessed": the label before an item's methods.
const EVIDENCED_BY = 'evidence(?:d)?(?: by| through| via| at)?|assessed(?: by| via| at| through)?';
const ASSESSMENT_METHOD = 'assessment(?: method)?|method(?: of assessment)?|means of assessment';
const HOW_ASSESSED = 'how (?:assessed|evidenced|identified)|identified (?:by|through|at|via)|tested (?:by|at)';
const METHOD_WORDS = `(?:${EVIDENCED_BY}|${ASSESSMENT_METHOD}|${HOW_ASSESSED})`;
// The methods (group 1), then an optional closing bracket and stop at the end of the line.
const METHODS_TO_END = String.raw`\s*[:–-]?\s*([^()[\]]+?)\s*[)\]]?\s*[.;]?\s*$`;
const METHOD_LABEL = new RegExp(String.raw`[\s([–—-]*\b${METHOD_WORDS}${METHODS_TO_END}`, 'i');
const BARE_CODES = /\s+((?:AF|A|I|T|R|P|C)(?:\s*[/,&+]\s*(?:AF|A|I|T|R|P|C))+)\s*[.;]?$/;
const TRAILING_LEVEL = new RegExp(`(?:\\s*[-–—:,]\\s*|\\s+)(${LEVEL_WORD})\\s*[.!;]?\\s*$`, 'i');
const SENTENCE_LEVEL = /\b(?:is|are|be|being|been|also|highly|very|considered|seen as|as|not|but)\s*$/i;
const TRAILING_PUNCTUATION = /[\s;,:]+$/;

export const bulletLength = (text: string): number => BULLET.exec(text)?.[0].length ?? 0;

// The markers sit at the end of a line: the patterns anchored there read only its last characters, since
// a pattern anchored at the end is still tried from every position of a long paragraph.
const MARKERS_WITHIN = 160;

/** `pattern` over the end of `body`, its index counted from the start of `body`. */
function execAtEnd(pattern: RegExp, body: string): RegExpExecArray | null {
  const from = Math.max(0, body.length - MARKERS_WITHIN);
  const match = pattern.exec(from > 0 ? body.slice(from) : body);
  if (match) match.index += from;
  return match;
}

function bracketMarker(
  content: string,
  codes: MethodCodes,
): { level: MarkedLevel | null; methods: AssessmentMethod[] } | null {
  let level: MarkedLevel | null = null;
  const rest: string[] = [];
  for (const part of content.split(/\s*[,;/]\s*|\s+(?:but|and)\s+|\s+[-–—]\s+/i)) {
    const p = part.trim();
    if (!p) continue;
    if (new RegExp(`^(?:E|D|${LEVEL_WORD})$`, 'i').test(p) && (p.length > 1 ? true : p === p.toUpperCase()))
      level = levelOfWord(p);
    else if (/^not essential$/i.test(p)) continue;
    else rest.push(p);
  }
  if (rest.length === 0) return level ? { level, methods: [] } : null;
  const methods = parseMethods(rest.join('/'), codes);
  return methods ? { level, methods } : null;
}

// The reader asks about one line several times (its list's shape, its sub-heading, its criterion): remember.
const readWithDefaultCodes = remembered(512, (text: string) => readItemWith(text, DEFAULT_CODES));

/** The criterion inside a line and its markers; `codes` are the advert's assessment codes, when it has a key. */
export function readItem(text: string, codes: MethodCodes = DEFAULT_CODES): Item {
  if (codes !== DEFAULT_CODES) return readItemWith(text, codes);
  const item = readWithDefaultCodes(text);
  return { ...item, assessedBy: [...item.assessedBy] };
}

function readItemWith(text: string, codes: MethodCodes): Item {
  let start = bulletLength(text);
  const bulleted = start > 0;
  let end = text.length;
  let level: MarkedLevel | null = null;
  const methods = new Set<AssessmentMethod>();

  const leading = LEADING_MARKER.exec(text.slice(start));
  if (leading) {
    level = levelOfWord(leading[1]!);
    start += leading[0].length;
  }

  for (let round = 0; round < 4; round++) {
    const body = text.slice(start, end);
    const bracket = execAtEnd(BRACKETS, body);
    const marker = bracket ? bracketMarker(bracket[1]!, codes) : null;
    if (bracket && marker && bracket.index > 0) {
      level ??= marker.level;
      for (const m of marker.methods) methods.add(m);
      end = start + bracket.index;
      continue;
    }
    const label = execAtEnd(METHOD_LABEL, body);
    const labelled = label ? parseMethods(label[1]!, codes) : null;
    if (label && labelled && label.index > 0) {
      for (const m of labelled) methods.add(m);
      end = start + label.index;
      continue;
    }
    const codesAtEnd = execAtEnd(BARE_CODES, body);
    const coded = codesAtEnd ? parseMethods(codesAtEnd[1]!, codes) : null;
    if (codesAtEnd && coded && codesAtEnd.index > 0) {
      for (const m of coded) methods.add(m);
      end = start + codesAtEnd.index;
      continue;
    }
    const trailing = execAtEnd(TRAILING_LEVEL, body);
    if (trailing && trailing.index > 0 && !/\bnot\s*$/i.test(body.slice(0, trailing.index))) {
      level ??= levelOfWord(trailing[1]!);
      // "… is essential" stays a sentence; "Car driver essential." loses its marker.
      if (!SENTENCE_LEVEL.test(body.slice(0, trailing.index))) {
        end = start + trailing.index;
        continue;
      }
    }
    break;
  }
  const body = text.slice(start, end);
  end = start + body.replace(TRAILING_PUNCTUATION, '').length;
  const leadingSpace = /^\s*/.exec(text.slice(start, end))![0].length;
  return { start: start + leadingSpace, end, level, assessedBy: [...methods], bulleted };
}

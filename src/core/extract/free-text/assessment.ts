import type { AssessmentMethod } from '../../model/criterion';

/** Letter codes as a document's key defines them ("A = Application form, I = Interview"). */
export type MethodCodes = ReadonlyMap<string, AssessmentMethod | null>;

/** The usual NHS codes (design: taxonomy §3.2.3); a key in the document overrides them. */
export const DEFAULT_CODES: MethodCodes = new Map<string, AssessmentMethod | null>([
  ['a', 'application'],
  ['af', 'application'],
  ['app', 'application'],
  ['s', 'application'],
  ['sl', 'application'],
  ['i', 'interview'],
  ['int', 'interview'],
  ['t', 'test'],
  ['r', 'references'],
  ['ref', 'references'],
  ['refs', 'references'],
  ['p', 'presentation'],
  ['pres', 'presentation'],
  // certificates, health screening, document checks: how the employer checks, not one of ours
  ['c', null],
  ['cert', null],
  ['hs', null],
  ['d/c', null],
]);

const APPLICATION_FORM = 'application(?: form)?s?|app(?:lication)? form|shortlisting|cv';
const STATEMENT = 'supporting (?:information|statement)|personal statement';
// Certificates and checks: how the employer checks, not one of our methods (as C, HS and D/C above).
const CERTIFICATES = 'certificates?|certification|qualification certificates?|documents?|document check';
const CHECKS = 'health screening|dbs(?: check)?|registration check|pre-employment checks?';

const WORDS: [RegExp, AssessmentMethod | null][] = [
  [new RegExp(`^(?:${APPLICATION_FORM}|${STATEMENT})$`), 'application'],
  [/^(?:(?:formal |panel )?interviews?)$/, 'interview'],
  [/^(?:tests?|testing|(?:written |practical |skills )?(?:test|exercise|assessment)s?|assessment centre)$/, 'test'],
  [/^(?:references?)$/, 'references'],
  [/^(?:presentations?)$/, 'presentation'],
  [new RegExp(`^(?:${CERTIFICATES}|${CHECKS}|role play)$`), null],
];

const SEPARATORS = /\s*(?:\/|,|&|\+|;|\band\b|\bor\b|\band\/or\b)\s*|\s+(?=[A-Z]{1,3}\b)/;

function methodOf(token: string, codes: MethodCodes): AssessmentMethod | null | undefined {
  const t = token.trim().replace(/\.$/, '');
  if (!t) return undefined;
  if (/^[A-Za-z]{1,3}$/.test(t) && t === t.toUpperCase()) {
    const code = t.toLowerCase();
    return codes.has(code) ? codes.get(code)! : undefined;
  }
  const lower = t.toLowerCase();
  for (const [pattern, method] of WORDS) if (pattern.test(lower)) return method;
  return undefined;
}

/**
 * "A/I", "Application form / Interview", "AF, I, T": the methods a list names, or null when a token
 * is not a method (so "(or equivalent)" is never read as one).
 */
export function parseMethods(text: string, codes: MethodCodes = DEFAULT_CODES): AssessmentMethod[] | null {
  const tokens = text.split(SEPARATORS).filter((t) => t && t.trim());
  if (tokens.length === 0) return null;
  const found = new Set<AssessmentMethod>();
  for (const token of tokens) {
    const method = methodOf(token, codes);
    if (method === undefined) return null;
    if (method) found.add(method);
  }
  return [...found];
}

const NOT_LETTERS = /[^\p{L}]+/u;

/** A table cell of methods, tolerant of extra words ("Application form and interview (I)"). */
export function methodsInCell(text: string, codes: MethodCodes = DEFAULT_CODES): AssessmentMethod[] {
  const strict = parseMethods(text, codes);
  if (strict) return strict;
  const found = new Set<AssessmentMethod>();
  for (const token of text.split(NOT_LETTERS)) {
    const method = methodOf(token, codes);
    if (method) found.add(method);
  }
  return [...found];
}

const KEY_CODE = String.raw`\b([A-Z]{1,3})`;
const KEY_EQUALS = String.raw`\s*(?:=|–|-|:)\s*`;
const KEY_METHOD = 'application(?: form)?|interview|tests?|testing|references?|presentation';
const KEY_OTHER_METHOD = 'certificates?|role play|health screening|assessment';
const KEY_ENTRY = new RegExp(String.raw`${KEY_CODE}${KEY_EQUALS}(${KEY_METHOD}|${KEY_OTHER_METHOD})\b`, 'gi');
// A first look for a key's "= Method", which opens on one of four characters: most lines have none.
const KEY_METHOD_NAMED = new RegExp(String.raw`[=:–-]\s*(?:${KEY_METHOD}|${KEY_OTHER_METHOD})\b`, 'i');

/** A key line, "A = Application form  I = Interview  T = Test": the codes it defines. */
export function readMethodKey(text: string): Map<string, AssessmentMethod | null> | null {
  if (!KEY_METHOD_NAMED.test(text)) return null;
  const entries = [...text.matchAll(KEY_ENTRY)];
  if (entries.length < 2) return null;
  const codes = new Map<string, AssessmentMethod | null>();
  for (const [, code, word] of entries) codes.set(code!.toLowerCase(), methodOf(word!, DEFAULT_CODES) ?? null);
  return codes;
}

import { hedgedLevel, type MarkedLevel } from './levels';

export type ProseCriterion = { start: number; end: number; level: MarkedLevel };

const SENTENCE_END =
  /(?<!\b(?:e\.g|i\.e|etc|approx|incl?|Dr|Mr|Mrs|Ms|No|St|vs|cf))[.!?]+(?:\s+|(?=\p{Lu}))(?=[\p{Lu}\d("'‘“•])/gu;

/** Sentences as [start, end) ranges: a stop before a capital ends one; "e.g. the" does not. */
function sentences(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index! + match[0].length;
    ranges.push([start, end]);
    start = end;
  }
  if (start < text.length) ranges.push([start, text.length]);
  return ranges;
}
const STATED =
  /\b(?:is|are)\s+(?:also\s+|highly\s+|very\s+|absolutely\s+)?(essential|desirable|preferred|advantageous|an\s+advantage|a\s+requirement|mandatory)\b/i;
const WOULD_BE =
  /\bwould\s+be\s+(?:an?\s+|very\s+|highly\s+|particularly\s+)?(?:advantage|advantageous|beneficial|desirable|useful|preferred|welcome|welcomed|asset|helpful|plus)\b/i;
const IT_IS =
  /\bit(?:['’]s|\s+is)\s+(essential|desirable)\s+(?:that\s+)?(?:you|applicants|candidates|the\s+(?:successful\s+)?(?:candidate|applicant|post\s?holder))\b/i;
const MUST_HAVE =
  /\b(?:applicants|candidates|you|the\s+(?:successful\s+|ideal\s+)?(?:candidate|applicant|post\s?holder|person|individual))\s+(?:must|will\s+need\s+to|will\s+be\s+required\s+to|should|need\s+to)\s+(also\s+)?(ideally\s+)?(?:have|hold|be|possess|demonstrate)\b/i;
// A requirement names something an applicant can hold: without one, "X is essential" is a duty.
const REQUIREMENT_NOUN =
  /experience|qualifi|knowledge|skill|registration|registered|\bdegree|abilit|able\s+to|licen[cs]e|driv(?:er|ing)|training|trained|certificat|understanding|\bNVQ|\bGCSE|diploma|competen|proficien|fluen|speak|\bWelsh\b|\bIT\b|computer|literate|background|\bPIN\b|member(?:ship)?\b|accredit|course|\bMSc\b|\bBSc\b|\blevel\s+\d|evidence\s+of|learning|post-?graduate|travel/i;
const MAX_WORDS = 50;
// Interview arrangements and duties of every member of staff are not requirements of the applicant.
const NOT_APPLICANT =
  /\b(?:interviews?|shortlisted|shortlisting|closing\s+date|all\s+(?:staff|employees|colleagues)|every(?:one|\s+member\s+of\s+staff)|each\s+person)\b/i;

/**
 * Requirements stated in running prose: "Experience of phlebotomy is essential", "Knowledge of
 * SystmOne would be an advantage", "Applicants must hold a full driving licence". Duties ("It is
 * essential that records are kept") and "not required" sentences are left alone.
 */
export function proseCriteria(text: string): ProseCriterion[] {
  const found: ProseCriterion[] = [];
  for (const [from, to] of sentences(text)) {
    const sentence = text.slice(from, to);
    const lead = sentence.length - sentence.trimStart().length;
    const body = sentence.trim();
    if (!body || body.split(/\s+/).length > MAX_WORDS || !REQUIREMENT_NOUN.test(body) || NOT_APPLICANT.test(body))
      continue;
    const hedge = hedgedLevel(body, false);
    let level: MarkedLevel | null = null;
    if (hedge === 'not-required') continue;
    if (hedge === 'desirable' && !/\b(?:is|are)\s+essential\b/i.test(body)) level = 'desirable';
    else if (WOULD_BE.test(body)) level = 'desirable';
    else {
      const stated = STATED.exec(body) ?? IT_IS.exec(body);
      if (stated) level = /^(?:essential|a\s+requirement|mandatory)$/i.test(stated[1]!) ? 'essential' : 'desirable';
      else {
        const must = MUST_HAVE.exec(body);
        if (must) level = must[2] ? 'desirable' : 'essential';
      }
    }
    if (!level) continue;
    const start = from + lead;
    found.push({ start, end: start + body.replace(/[\s.;,:!]+$/, '').length, level });
  }
  return found;
}

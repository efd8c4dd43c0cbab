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

// "X is essential", "X is also highly desirable".
const VERY = String.raw`(?:also\s+|highly\s+|very\s+|absolutely\s+)?`;
const STATED_LEVEL = String.raw`(essential|desirable|preferred|advantageous|an\s+advantage|a\s+requirement|mandatory)`;
const STATED = new RegExp(String.raw`\b(?:is|are)\s+${VERY}${STATED_LEVEL}\b`, 'i');
// "X would be an advantage".
const WOULD_BE_VERY = String.raw`(?:an?\s+|very\s+|highly\s+|particularly\s+)?`;
const WELCOME = '(?:advantage|advantageous|beneficial|desirable|useful|preferred|welcome|welcomed|asset|helpful|plus)';
const WOULD_BE = new RegExp(String.raw`\bwould\s+be\s+${WOULD_BE_VERY}${WELCOME}\b`, 'i');
// "It is essential that you …".
const THE_APPLICANT = String.raw`the\s+(?:successful\s+)?(?:candidate|applicant|post\s?holder)`;
const IT_IS_THAT = String.raw`\bit(?:['’]s|\s+is)\s+(essential|desirable)\s+(?:that\s+)?`;
const IT_IS = new RegExp(String.raw`${IT_IS_THAT}(?:you|applicants|candidates|${THE_APPLICANT})\b`, 'i');
// "Applicants must (also) (ideally) have …"; the second group, "ideally", makes the item desirable.
const SOMEONE = String.raw`(?:candidate|applicant|post\s?holder|person|individual)`;
const THE_RIGHT_APPLICANT = String.raw`the\s+(?:successful\s+|ideal\s+)?${SOMEONE}`;
const MUST = String.raw`(?:must|will\s+need\s+to|will\s+be\s+required\s+to|should|need\s+to)`;
const HAVE = '(?:have|hold|be|possess|demonstrate)';
const MUST_HAVE = new RegExp(
  String.raw`\b(?:applicants|candidates|you|${THE_RIGHT_APPLICANT})\s+${MUST}\s+(also\s+)?(ideally\s+)?${HAVE}\b`,
  'i',
);
// A requirement names something an applicant can hold: without one, "X is essential" is a duty.
const REQUIREMENT_STEMS = [
  String.raw`experience|qualifi|knowledge|skill|registration|registered|\bdegree|abilit|able\s+to|licen[cs]e`,
  String.raw`driv(?:er|ing)|training|trained|certificat|understanding|\bNVQ|\bGCSE|diploma|competen|proficien`,
  String.raw`fluen|speak|\bWelsh\b|\bIT\b|computer|literate|background|\bPIN\b|member(?:ship)?\b|accredit|course`,
  String.raw`\bMSc\b|\bBSc\b|\blevel\s+\d|evidence\s+of|learning|post-?graduate|travel`,
];
const REQUIREMENT_NOUN = new RegExp(REQUIREMENT_STEMS.join('|'), 'i');
const MAX_WORDS = 50;
// Interview arrangements and duties of every member of staff are not requirements of the applicant.
const SELECTION = String.raw`interviews?|shortlisted|shortlisting|closing\s+date`;
const ALL_STAFF = String.raw`all\s+(?:staff|employees|colleagues)|every(?:one|\s+member\s+of\s+staff)|each\s+person`;
const NOT_APPLICANT = new RegExp(String.raw`\b(?:${SELECTION}|${ALL_STAFF})\b`, 'i');

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

/**
 * American → British spelling for one lower-case word, so "organization", "pediatric" and "behavior"
 * meet the taxonomy's British variants. Both the text and the variants go through it, so a rule only
 * has to be consistent, not perfect ("size" → "sise" is harmless).
 */
const WHOLE_WORDS: Record<string, string> = {
  program: 'programme',
  programs: 'programmes',
  center: 'centre',
  centers: 'centres',
  license: 'licence',
  licenses: 'licences',
  licensed: 'licenced',
  practise: 'practice',
  practising: 'practicing',
  judgment: 'judgement',
  judgments: 'judgements',
  enrollment: 'enrolment',
  fulfill: 'fulfil',
  aging: 'ageing',
  defense: 'defence',
  offense: 'offence',
  catalog: 'catalogue',
  dialog: 'dialogue',
  gray: 'grey',
  fetal: 'foetal',
  fetus: 'foetus',
  edema: 'oedema',
  esophageal: 'oesophageal',
};

const OUR_STEMS = ['behavio', 'colo', 'favo', 'hono', 'labo', 'neighbo', 'humo', 'vigo', 'endeavo', 'rumo'];

const PREFIXES: Array<[RegExp, string]> = [
  [/^pediatr/, 'paediatr'],
  [/^orthopedic/, 'orthopaedic'],
  [/^anesthe/, 'anaesthe'],
  [/^hem(at|o|orrh)/, 'haem$1'],
  [/^gynecolog/, 'gynaecolog'],
  [/^esophag/, 'oesophag'],
  [/^counsel(ing|or|ors)$/, 'counsell$1'],
  [/^(travel|model|label|cancel|signal)(ing|ed|er|ers)$/, '$1l$2'],
];

/** Whether any of PREFIXES can apply: one test instead of eight for most words. */
const ANY_PREFIX = /^(?:pediatr|orthopedic|anesthe|hem|gynecolog|esophag|counsel|travel|model|label|cancel|signal)/;

export function toBritish(word: string): string {
  const whole = WHOLE_WORDS[word];
  if (whole !== undefined && Object.hasOwn(WHOLE_WORDS, word)) return whole;
  if (word.includes('or')) {
    for (const stem of OUR_STEMS) {
      if (word.startsWith(stem + 'r') && !word.startsWith(stem + 'ur')) return stem + 'u' + word.slice(stem.length);
    }
  }
  if (ANY_PREFIX.test(word)) {
    for (const [pattern, replacement] of PREFIXES) {
      if (pattern.test(word)) return word.replace(pattern, replacement);
    }
  }
  if (!word.includes('z')) return word;
  return word.replace(/iz(e|es|ed|ing|er|ers|ation|ations|ational)$/, 'is$1').replace(/yz(e|es|ed|ing)$/, 'ys$1');
}

import type { Token } from '../../text/tokenise';

/** Verbs, in their plain and -ing forms, whose object is experience the post offers: "you will gain experience". */
const ACQUIRE = new Set([
  'gain',
  'gaining',
  'develop',
  'developing',
  'build',
  'building',
  'broaden',
  'broadening',
  'widen',
  'widening',
  'extend',
  'extending',
  'expand',
  'expanding',
  'enhance',
  'enhancing',
  'acquire',
  'acquiring',
  'consolidate',
  'consolidating',
  'increase',
  'increasing',
  'deepen',
  'deepening',
  'strengthen',
  'strengthening',
  'grow',
  'growing',
  'obtain',
  'obtaining',
  'get',
  'getting',
]);
/** Words between such a verb and "experience" that only say whose or how much: "gain your first experience". */
const BETWEEN = new Set([
  'your',
  'their',
  'his',
  'her',
  'our',
  'some',
  'further',
  'more',
  'new',
  'additional',
  'valuable',
  'invaluable',
  'first',
  'wider',
  'broader',
  'practical',
  'clinical',
  'hands',
  'on',
  'real',
  'direct',
  'relevant',
  'specialist',
  'extensive',
  'broad',
  'wide',
  'own',
  'professional',
  'existing',
]);
/**
 * What is acquired alongside experience in the same list, and the list's joins: "develop their skills, knowledge and
 * experience", "build your confidence and experience". With one of these the verb may stand further back.
 */
const LEARNED = new Set([
  'knowledge',
  'skill',
  'understanding',
  'competence',
  'competency',
  'expertise',
  'confidence',
  'ability',
  'abilities',
  'and',
  'or',
]);
const REACH = 4;
const LIST_REACH = 8;
const HEADS = new Set(['experience', 'exposure']);
/** Links from the experience to the work it is of: "gain experience of working in …". */
const LINKS = new Set(['of', 'in', 'from', 'by', 'through', 'with']);
const WORK = new Set(['work', 'working']);
/** Words after which "experience" is a verb: "to experience", "you experience". */
const AS_A_VERB = new Set(['to', 'you', 'they', 'we']);

/**
 * Whether the word at `i` is experience the applicant is to gain in the post, not experience asked of
 * them: the object of a verb of acquiring in its plain or -ing form ("an opportunity to gain experience
 * in …", "looking to develop their experience", "building your experience", "develop your skills and
 * experience"), or the work such an experience is of ("gain experience of working with …"), and "experience" as a
 * verb ("the chance to experience intensive care", "a rotation that lets you experience …"). Past forms ("having
 * gained experience in …") are the applicant's own and still ask for it.
 */
export function experienceToGain(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.norm;
  if (word === undefined) return false;
  if (WORK.has(word)) return LINKS.has(tokens[i - 1]?.norm ?? '') && experienceToGain(tokens, i - 2);
  if (!HEADS.has(word)) return false;
  // "an opportunity to experience community work", "lets you experience": the verb is what the post offers.
  if (word === 'experience' && AS_A_VERB.has(tokens[i - 1]?.norm ?? '')) return true;
  let listed = false;
  for (let k = i - 1; k >= 0 && i - k <= (listed ? LIST_REACH : REACH); k--) {
    const before = tokens[k]!.norm;
    if (ACQUIRE.has(before)) return true;
    if (LEARNED.has(before)) listed = true;
    else if (!BETWEEN.has(before)) return false;
  }
  return false;
}

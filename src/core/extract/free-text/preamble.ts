import { wordCount } from './levels';

/**
 * Where the applicant's own clause starts after a preamble that asks nothing: "The post deals with callers
 * all day, therefore you must …", "As a sonographer on the mobile team, you will be expected to …", "If the
 * post is covered by the Order the successful candidate will be …". The requirement is that clause
 * (labelling rule 4: one requirement, the employer's and the post's words are not part of it).
 */

const APPLICANT = String.raw`you|applicants|candidates|the\s+(?:successful\s+|ideal\s+)?(?:candidate|applicant|post[\s-]?holder)(?:\(s\)|s)?`;
const ASKS = String.raw`will|must|should|need|would|(?:are|is)\s+required`;
const APPLICANT_ASKED = new RegExp(String.raw`(?<=^|[\s,;)])(?:${APPLICANT})\s+(?:${ASKS})\b`, 'gi');
// The preamble turns to the applicant: a condition, a cause or a consequence, or a comma before the clause.
const TURN = /\b(?:if|(?<!\bwell\s)as(?!\s+well\b)|because|therefore|so|since|given|due\s+to|whilst|while)\b|,\s*$/i;
const MIN_PREAMBLE_WORDS = 4;
// "If you are a PCAP, you must …", "If applying as a psychotherapist you will …", "A strong team player, you
// will …": a condition on the applicant, or the applicant named by what they are, belongs to the requirement.
const ABOUT_THE_APPLICANT = /\b(?:you|your|applying|applicants?|candidates?)\b|^\s*an?\s/i;
// "… therefore ideally you will have …": the hedge stays with the clause it levels.
const HEDGE_BEFORE = /\b(?:ideally|preferably)[\s,]*$/i;

/** The offset in `sentence` where the applicant's clause starts after a preamble that asks nothing, else 0. */
export function afterPreamble(sentence: string, asks: (text: string) => boolean): number {
  APPLICANT_ASKED.lastIndex = 0;
  const first = APPLICANT_ASKED.exec(sentence);
  if (!first || first.index === 0) return 0;
  const before = sentence.slice(0, first.index);
  if (wordCount(before) < MIN_PREAMBLE_WORDS || !TURN.test(before) || ABOUT_THE_APPLICANT.test(before)) return 0;
  if (asks(before)) return 0;
  return HEDGE_BEFORE.exec(before)?.index ?? first.index;
}

import { headingText } from './heading-text';
import { wordCount } from './levels';
import { requirementIntro } from './requirement-intro';
import { proseCriteria } from './prose';
import { bulletLength } from './read-item';
import type { TextLine } from './text-line';

const ENDS_SENTENCE = /[.!]["'”’)]?\s*$/;
// Without a full stop, a title ("Bank Nurse with Theatre Experience") reads like a verbless requirement: a
// line that does not end as a sentence must have the verb of one.
const FINITE = /\b(?:must|will|should|would|shall|is|are)\b|['’]ll\b/i;
const MIN_WORDS = 5;

const listed = (line: TextLine | undefined) => line !== undefined && (line.listItem || bulletLength(line.text) > 0);

/**
 * A line in bold that is a requirement sentence, not a heading: "A full driving licence is essential for
 * this post.", "Applicants must hold current registration with the HCPC." Writers embolden the one
 * requirement they most want seen; read as a heading it would be lost. A lead-in over a list ("The
 * successful candidate will have") stays a heading, as does a hook question.
 */
export function isBoldSentence(line: TextLine, next: TextLine | undefined): boolean {
  if (!line.heading || line.listItem) return false;
  const text = line.text.slice(bulletLength(line.text)).trim();
  // A heading or lead-in ("Skills:", "You will have…") and a hook question stop on what follows.
  if (headingText(text).endsLikeHeading || /[;?]\s*$/.test(text) || wordCount(text) < MIN_WORDS) return false;
  if (!ENDS_SENTENCE.test(text) && (listed(next) || !FINITE.test(text))) return false;
  if (listed(next) && requirementIntro(text, true)) return false;
  return proseCriteria(text).length > 0;
}

import { professionsOfTitle } from './title-professions';
import type { Candidate } from '../find-candidates';
import type { MatchContext } from '../match-context';

const CASELOAD = 'clin-caseload';
const INITIATIVE = 'val-motivation-initiative';
/** Phrases that say the applicant works without being supervised: "work autonomously", "with minimal supervision". */
const AUTONOMY = /autonom|supervis/i;
/** Titles of clinical roles that name no registered profession of their own ("Theatre Practitioner"). */
const CLINICAL_TITLE = /\b(practitioners?|clinicians?|health visitors?|occupational health)\b/i;

/** Whether the advert's title is a clinical role: a registered profession or a practitioner. */
export const clinicalTitle = (title: string): boolean =>
  professionsOfTitle(title).length > 0 || CLINICAL_TITLE.test(title);

/**
 * Working without supervision means what labelling rule 8 says it means for the advert's role: autonomous
 * practice (`clin-caseload`) in a clinical role, motivation and initiative in any other. The phrase is
 * the same ("able to work autonomously", "with minimum supervision"); the title decides. Without a title
 * each phrase keeps the skill the taxonomy gives it.
 */
export function autonomyForRole(spans: Candidate[][], context: MatchContext): Candidate[][] {
  if (!context.title) return spans;
  const clinical = clinicalTitle(context.title);
  const [from, to] = clinical ? [INITIATIVE, CASELOAD] : [CASELOAD, INITIATIVE];
  const because = `working without supervision, on an advert for "${context.title}"`;
  return spans.map((span) => {
    const moved = span.map((c) =>
      c.terminal.skillId === from && AUTONOMY.test(c.terminal.variant)
        ? { ...c, terminal: { ...c.terminal, skillId: to }, because }
        : c,
    );
    return moved.filter((c, k) => moved.findIndex((o) => o.terminal.skillId === c.terminal.skillId) === k);
  });
}

import type { SkillVerdict } from '../../core/model/report';
import type { SkillHit } from '../../core/model/skill-hit';

type Props = { skillLabel: string; hits: SkillHit[]; verdict: SkillVerdict; label: (id: string) => string };

const QUALIFIER_TEXT: Record<NonNullable<SkillHit['qualifier']>, string> = {
  'or-equivalent': 'The advert accepts an equivalent.',
  'working-towards': 'The advert accepts working towards it.',
  'willing-to-undertake': 'The advert accepts willingness to undertake it after appointment.',
  eligible: 'The advert accepts eligibility for it.',
};

function verdictText(verdict: SkillVerdict, label: (id: string) => string): string {
  const via = verdict.via ? label(verdict.via) : null;
  switch (verdict.satisfied) {
    case 'held':
      return via ? `Your profile has ${via}, which counts as this.` : 'Your profile has this skill.';
    case 'working-towards':
      return `Your profile says you are working towards ${via ?? 'it'}.`;
    case 'broader':
      return `Your profile has ${via}, which counts towards this only in part.`;
    case 'no':
      return 'It is not in your profile yet.';
  }
}

/**
 * The word that let a short or ambiguous phrase count ("RM" beside "midwifery"), from the matcher's
 * rule (… with the midwifery cue "midwifery" nearby).
 */
const nearbyWords = (rule: string): string | null => /cue "([^"]+)" nearby$/.exec(rule)?.[1] ?? null;

/**
 * Why a skill was recognised in a criterion, in plain words: what the advert says, what it counts as,
 * and what the profile has. The matcher's rule stays out of it ("matched the phrase …").
 */
export function WhyDisclosure({ skillLabel, hits, verdict, label }: Props) {
  if (hits.length === 0) return null;
  return (
    <details class="why">
      <summary>
        Why?<span class="visually-hidden"> ({skillLabel})</span>
      </summary>
      <ul>
        {hits.map((hit) => (
          <li key={`${hit.start}-${hit.end}`}>
            The advert says “<mark class="found">{hit.matchedText}</mark>”, which counts as {skillLabel}
            {nearbyWords(hit.rule) ? ` because “${nearbyWords(hit.rule)}” is close by` : ''}.
            {hit.qualifier && ` ${QUALIFIER_TEXT[hit.qualifier]}`}
          </li>
        ))}
        <li>{verdictText(verdict, label)}</li>
      </ul>
    </details>
  );
}

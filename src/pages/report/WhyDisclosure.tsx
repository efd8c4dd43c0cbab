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
      return 'Your profile does not have this skill.';
  }
}

/** Why a skill was recognised in a criterion: the words on the page, the phrase and the rule that accepted them. */
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
            Found “<mark class="found">{hit.matchedText}</mark>”: matched the {hit.rule}
            {hit.variant && !hit.rule.includes(hit.variant) ? ` (variant “${hit.variant}”)` : ''}.
            {hit.qualifier && ` ${QUALIFIER_TEXT[hit.qualifier]}`}
          </li>
        ))}
        <li>{verdictText(verdict, label)}</li>
      </ul>
    </details>
  );
}

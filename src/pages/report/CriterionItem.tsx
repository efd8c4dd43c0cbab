import type { CriterionShortlisting } from '../../core/coach/shortlisting';
import type { LinkSuggestion as Suggestion } from '../../core/coach/suggestions';
import type { Profile } from '../../core/model/profile';
import type { CriterionReport } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { LinkSuggestion } from './LinkSuggestion';
import { ShortlistScore } from './ShortlistScore';
import { WhyDisclosure } from './WhyDisclosure';
import { StatusBadge } from './StatusBadge';

/** The coach's view of one criterion: its likely score, and examples kept elsewhere that fit it. */
export type CriterionCoach = {
  shortlisting: CriterionShortlisting;
  suggestions: Suggestion[];
  profile: Profile;
  onLink?: (suggestion: Suggestion) => void;
};

type Props = {
  item: CriterionReport;
  skills: ReadonlyMap<string, Skill>;
  onAddSkill?: (skillId: string) => void;
  onAddEvidence?: (skillId: string) => void;
  onReveal?: (criterionId: string) => void;
  coach?: CriterionCoach;
};

const SATISFIED_TEXT = {
  held: 'in your profile',
  'working-towards': 'you are working towards it',
  broader: 'partly, through a related skill',
  no: 'not in your profile yet',
} as const;

export function CriterionItem({ item, skills, onAddSkill, onAddEvidence, onReveal, coach }: Props) {
  const { criterion } = item;
  const label = (id: string) => skills.get(id)?.label ?? id;
  const needsNote = new Set(item.needsEvidence ?? []);
  return (
    <li
      class={`criterion criterion--${item.status}`}
      data-criterion-id={criterion.id}
      data-status={item.status}
      data-score={coach?.shortlisting.score}
    >
      <div class="criterion-head">
        <StatusBadge status={item.status} />
        {onReveal ? (
          <button
            type="button"
            class="link criterion-text"
            onClick={() => onReveal(criterion.id)}
            title="Show on the page"
          >
            {criterion.text}
          </button>
        ) : (
          <span class="criterion-text">{criterion.text}</span>
        )}
      </div>
      {coach && <ShortlistScore shortlisting={coach.shortlisting} />}
      {item.skills.length > 0 && (
        <ul class="skills">
          {item.skills.map((verdict) => {
            const holder = verdict.via ?? verdict.skillId;
            return (
              <li key={verdict.skillId} class={`skill skill--${verdict.satisfied}`}>
                <span class="skill-name">{label(verdict.skillId)}</span>
                <span class="skill-state">
                  {': '}
                  {SATISFIED_TEXT[verdict.satisfied]}
                  {verdict.via && verdict.via !== verdict.skillId ? ` (${label(verdict.via)})` : ''}
                  {needsNote.has(holder) ? ', no example yet' : ''}
                </span>
                {verdict.satisfied === 'no' && onAddSkill && (
                  <button type="button" class="add" onClick={() => onAddSkill(verdict.skillId)}>
                    I have this
                  </button>
                )}
                {needsNote.has(holder) && onAddEvidence && (
                  <button type="button" class="add" onClick={() => onAddEvidence(holder)}>
                    Add evidence<span class="visually-hidden"> for {label(holder)}</span>
                  </button>
                )}
                <WhyDisclosure
                  skillLabel={label(verdict.skillId)}
                  hits={criterion.hits.filter((h) => h.skillId === verdict.skillId && !h.negated)}
                  verdict={verdict}
                  label={label}
                />
              </li>
            );
          })}
        </ul>
      )}
      {coach?.suggestions.map((suggestion) => (
        <LinkSuggestion
          key={`${suggestion.skillId}-${suggestion.from.noteId}`}
          suggestion={suggestion}
          profile={coach.profile}
          skills={skills}
          onLink={coach.onLink}
        />
      ))}
    </li>
  );
}

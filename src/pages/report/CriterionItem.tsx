import type { CriterionShortlisting } from '../../core/coach/shortlisting';
import type { LinkSuggestion as Suggestion } from '../../core/coach/suggestions';
import type { Profile } from '../../core/model/profile';
import type { CriterionReport } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { LinkSuggestion } from './LinkSuggestion';
import { ScoreChip, ShortlistScore } from './ShortlistScore';
import { SkillVerdictItem } from './SkillVerdictItem';
import { StatusBadge } from './StatusBadge';
import { useShowsContent } from './folded-content';

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
  /** Whether the disclosure is open; uncontrolled when left out. */
  open?: boolean;
  onToggle?: (open: boolean) => void;
  /** Called before an action inside changes the profile, so the report can keep this criterion in view. */
  onAction?: () => void;
  /** Say the criterion's category in its summary (where it is listed apart from it, as blockers are). */
  showCategory?: boolean;
};

/**
 * One criterion as a disclosure: its summary (one tab stop) is the criterion's text, status and likely
 * score; inside are what each skill stands at, with "Why?", "I have this", "Add evidence", examples to
 * link, and "Show on the page".
 */
export function CriterionItem({
  item,
  skills,
  onAddSkill,
  onAddEvidence,
  onReveal,
  coach,
  open,
  onToggle,
  onAction,
  showCategory,
}: Props) {
  const { criterion } = item;
  const showsContent = useShowsContent(open);
  const category = criterion.category ?? 'Other criteria';
  const act =
    <T,>(handler?: (value: T) => void) =>
    (value: T) => {
      onAction?.();
      handler?.(value);
    };
  return (
    <li
      class={`criterion criterion--${item.status}`}
      data-criterion-id={criterion.id}
      data-status={item.status}
      data-score={coach?.shortlisting.score}
      data-category={category}
    >
      <details
        class="criterion-details"
        open={open}
        onToggle={onToggle && ((e) => onToggle((e.currentTarget as HTMLDetailsElement).open))}
      >
        <summary class="criterion-summary">
          <span class="criterion-text">{criterion.text}</span>{' '}
          <span class="criterion-meta">
            <StatusBadge status={item.status} />
            {coach && (
              <>
                {' '}
                <ScoreChip score={coach.shortlisting.score} />
              </>
            )}
            {showCategory && (
              <>
                {' '}
                <span class="criterion-category">{category}</span>
              </>
            )}
          </span>
        </summary>
        {showsContent && (
          <div class="criterion-body">
            {coach && <ShortlistScore shortlisting={coach.shortlisting} />}
            {item.skills.length > 0 && (
              <ul class="skills" aria-label="What it asks for">
                {item.skills.map((verdict) => (
                  <SkillVerdictItem
                    key={verdict.skillId}
                    verdict={verdict}
                    hits={criterion.hits.filter((h) => h.skillId === verdict.skillId && !h.negated)}
                    needsNote={(item.needsEvidence ?? []).includes(verdict.via ?? verdict.skillId)}
                    skills={skills}
                    onAddSkill={onAddSkill && act(onAddSkill)}
                    onAddEvidence={onAddEvidence}
                  />
                ))}
              </ul>
            )}
            {item.status === 'not-a-skill' && (
              <p class="muted">No skill was recognised in it, so it cannot be checked: answer it yourself.</p>
            )}
            {coach?.suggestions.map((suggestion) => (
              <LinkSuggestion
                key={`${suggestion.skillId}-${suggestion.from.noteId}`}
                suggestion={suggestion}
                profile={coach.profile}
                skills={skills}
                onLink={coach.onLink && act(coach.onLink)}
              />
            ))}
            {onReveal && (
              <p class="criterion-actions">
                <button type="button" class="secondary reveal" onClick={() => onReveal(criterion.id)}>
                  Show on the page
                </button>
              </p>
            )}
          </div>
        )}
      </details>
    </li>
  );
}

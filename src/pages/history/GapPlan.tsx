import type { RecurringGap } from '../../core/history/recurring-gaps';
import type { Skill } from '../../core/model/skill';

type Props = {
  gaps: RecurringGap[];
  skills: ReadonlyMap<string, Skill>;
  onAddSkill: (skillId: string) => void;
  onAddEvidence: (skillId: string) => void;
};

/**
 * Gaps that keep coming back, as a plan: most often missing first (essential ones weighing twice), what
 * the adverts asked in their own words, and the next step: add the skill, or write up its example.
 */
export function GapPlan({ gaps, skills, onAddSkill, onAddEvidence }: Props) {
  if (gaps.length === 0) return null;
  return (
    <div class="recurring" data-testid="recurring-gaps">
      <h3>Gaps that keep coming back</h3>
      <p class="muted">Most often missing first; a gap in an essential criterion counts twice.</p>
      <ol class="gap-plan">
        {gaps.map((gap) => {
          const label = skills.get(gap.skillId)?.label ?? gap.label;
          return (
            <li key={gap.skillId} data-testid="recurring-gap" data-action={gap.action}>
              <span>
                <strong>{label}</strong>: {gap.action === 'add-skill' ? 'missing' : 'no example yet'} in {gap.count} of
                your last {gap.of} adverts
                {gap.essential > 0 && <span class="muted"> ({gap.essential} as essential)</span>}
              </span>
              {gap.action === 'add-skill' ? (
                <button
                  type="button"
                  class="add"
                  aria-label={`I have this: ${label}`}
                  onClick={() => onAddSkill(gap.skillId)}
                >
                  I have this
                </button>
              ) : (
                <button
                  type="button"
                  class="add"
                  aria-label={`Add evidence: ${label}`}
                  onClick={() => onAddEvidence(gap.skillId)}
                >
                  Add evidence
                </button>
              )}
              {gap.asks.length > 0 && (
                <>
                  <span class="visually-hidden">What the adverts asked:</span>
                  <ul class="asks">
                    {gap.asks.map((ask) => (
                      <li key={ask}>“{ask}”</li>
                    ))}
                  </ul>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

import type { CriterionReport } from '../spec/report';
import type { Skill } from '../spec/skill';
import { StatusBadge } from './StatusBadge';

type Props = {
  item: CriterionReport;
  skills: ReadonlyMap<string, Skill>;
  onAddSkill?: (skillId: string) => void;
  onReveal?: (criterionId: string) => void;
};

const SATISFIED_TEXT = {
  held: 'in your profile',
  'working-towards': 'working towards',
  broader: 'related skill',
  no: 'not in your profile',
} as const;

export function CriterionItem({ item, skills, onAddSkill, onReveal }: Props) {
  const { criterion } = item;
  const label = (id: string) => skills.get(id)?.label ?? id;
  return (
    <li class={`criterion criterion--${item.status}`} data-criterion-id={criterion.id} data-status={item.status}>
      <div class="criterion-head">
        <StatusBadge status={item.status} />
        {onReveal ? (
          <button type="button" class="link criterion-text" onClick={() => onReveal(criterion.id)} title="Show on the page">
            {criterion.text}
          </button>
        ) : (
          <span class="criterion-text">{criterion.text}</span>
        )}
      </div>
      {item.skills.length > 0 && (
        <ul class="skills">
          {item.skills.map((verdict) => (
            <li key={verdict.skillId} class={`skill skill--${verdict.satisfied}`}>
              <span>{label(verdict.skillId)}</span>
              <span class="skill-state">
                {' — '}
                {SATISFIED_TEXT[verdict.satisfied]}
                {verdict.via && verdict.via !== verdict.skillId ? ` (${label(verdict.via)})` : ''}
              </span>
              {verdict.satisfied === 'no' && onAddSkill && (
                <button type="button" class="add" onClick={() => onAddSkill(verdict.skillId)}>
                  I have this
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

import type { Skill, SkillCategory } from '../../core/model/skill';
import { SkillSelect } from './SkillSelect';

type Props = {
  id: string;
  skills: ReadonlyMap<string, Skill>;
  category: SkillCategory;
  hint: string;
  value: string | undefined;
  onChange: (skillId: string | undefined) => void;
};

/** Which taxonomy skill an entry is, so adverts asking for that skill count the entry as held. */
export function CountsAsField({ id, skills, category, hint, value, onChange }: Props) {
  return (
    <div class="field">
      <label for={`${id}-skill`}>Counts as</label>
      <span class="hint" id={`${id}-skill-hint`}>
        {hint}
      </span>
      <SkillSelect id={`${id}-skill`} skills={skills} categories={[category]} value={value} onChange={onChange} />
    </div>
  );
}

import type { Skill, SkillCategory } from '../../core/model/skill';
import { SkillSelect } from './SkillSelect';

type Props = {
  id: string;
  skills: ReadonlyMap<string, Skill>;
  category: SkillCategory;
  hint: string;
  /** The hint is a warning: as things stand, the entry counts for nothing. */
  warn?: boolean;
  value: string | undefined;
  onChange: (skillId: string | undefined) => void;
};

/** Which taxonomy skill an entry is, so adverts asking for that skill count the entry as held. */
export function CountsAsField({ id, skills, category, hint, warn = false, value, onChange }: Props) {
  return (
    <div class="field">
      <label for={`${id}-skill`}>Counts as</label>
      <span class={warn ? 'hint hint--warning' : 'hint'} id={`${id}-skill-hint`}>
        {warn && <span aria-hidden="true">⚠ </span>}
        {hint}
      </span>
      <SkillSelect
        id={`${id}-skill`}
        describedBy={`${id}-skill-hint`}
        skills={skills}
        categories={[category]}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

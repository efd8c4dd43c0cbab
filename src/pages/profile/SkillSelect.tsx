import type { Skill, SkillCategory } from '../../core/model/skill';

type Props = {
  id: string;
  describedBy?: string;
  skills: ReadonlyMap<string, Skill>;
  categories: readonly SkillCategory[];
  value: string | undefined;
  onChange: (skillId: string | undefined) => void;
};

/** "Counts as": which skill of the list a registration or qualification is, so adverts count it as held. */
export function SkillSelect({ id, describedBy, skills, categories, value, onChange }: Props) {
  const options = [...skills.values()]
    .filter((s) => categories.includes(s.category))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <select
      id={id}
      aria-describedby={describedBy}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value || undefined)}
    >
      <option value="">(none)</option>
      {options.map((s) => (
        <option key={s.id} value={s.id}>
          {s.label}
        </option>
      ))}
    </select>
  );
}

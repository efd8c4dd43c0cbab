import type { Profile } from '../spec/profile';
import type { Skill } from '../spec/skill';

type Props = {
  profile: Profile;
  skills: ReadonlyMap<string, Skill>;
  onRemove: (skillId: string) => void;
};

export function ProfileSkillList({ profile, skills, onRemove }: Props) {
  if (profile.skills.length === 0) {
    return <p class="hint">No skills yet. Type above to add the first.</p>;
  }
  const sorted = [...profile.skills].sort((a, b) =>
    (skills.get(a.skillId)?.label ?? a.skillId).localeCompare(skills.get(b.skillId)?.label ?? b.skillId),
  );
  return (
    <ul class="profile-skills" aria-label="Your skills">
      {sorted.map((entry) => {
        const label = skills.get(entry.skillId)?.label ?? `${entry.skillId} (unknown skill)`;
        return (
          <li key={entry.skillId} data-skill-id={entry.skillId}>
            <span>
              {label}
              {entry.status === 'working-towards' && <em class="muted"> (working towards)</em>}
            </span>
            <button type="button" class="remove" aria-label={`Remove ${label}`} onClick={() => onRemove(entry.skillId)}>
              Remove
            </button>
          </li>
        );
      })}
    </ul>
  );
}

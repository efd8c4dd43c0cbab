import { useMemo, useState } from 'preact/hooks';
import { addSkill, removeSkill, type ProfileChange } from '../../core/profile/edit-profile';
import type { Profile } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { SkillPicker } from '../components/SkillPicker';
import { orderSkills } from '../profile/SkillsSection';

type Props = {
  profile: Profile;
  skills: ReadonlyMap<string, Skill>;
  update: (change: ProfileChange) => void;
  heading: string;
};

/** The set-up's second step: skills added with the options page's picker, the newest on top. */
export function SkillsStep({ profile, skills, update, heading }: Props) {
  const held = useMemo(() => new Set(profile.skills.map((s) => s.skillId)), [profile]);
  const [recent, setRecent] = useState<string[]>([]);
  const label = (id: string) => skills.get(id)?.label ?? id;
  const remove = (id: string) => {
    update((p) => removeSkill(p, id));
    setRecent((r) => r.filter((x) => x !== id));
  };
  return (
    <section aria-labelledby="setup-skills-heading">
      <h2 id="setup-skills-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p class="muted">
        Add the skills you could give an example of. Type them as you would say them (“communication”, “audit”, “Excel”,
        “safeguarding”), press ↓ to choose from the list, then Enter. Adverts are compared with what you add here.
      </p>
      <SkillPicker
        skills={skills}
        exclude={held}
        onPick={(id) => {
          update((p) => addSkill(p, id));
          setRecent((r) => [id, ...r.filter((x) => x !== id)]);
        }}
        onUndo={remove}
      />
      {profile.skills.length === 0 ? (
        <p class="hint">No skills yet.</p>
      ) : (
        <ul class="entries" aria-label="Your skills">
          {orderSkills(profile.skills, recent, label).map(({ skillId }) => (
            <li key={skillId}>
              <span>{label(skillId)}</span>
              <button
                type="button"
                class="remove"
                aria-label={`Remove ${label(skillId)}`}
                onClick={() => remove(skillId)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

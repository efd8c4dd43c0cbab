import { useId, useState } from 'preact/hooks';
import { isSelfEvident } from '../../core/compare/evidence';
import type { ProfileChange } from '../../core/profile/edit-profile';
import type { Profile } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { SkillCard } from '../profile/SkillCard';
import { skillCardActions } from '../profile/skill-card-actions';

type Props = {
  profile: Profile;
  skills: ReadonlyMap<string, Skill>;
  update: (change: ProfileChange) => void;
  heading: string;
  onAddSkills: () => void;
};

/** The skill to write about first: the first that needs an example (a registration does not). */
function firstToWrite(profile: Profile, skills: ReadonlyMap<string, Skill>): string | undefined {
  const needing = profile.skills.find((s) => !isSelfEvident(skills.get(s.skillId)));
  return (needing ?? profile.skills[0])?.skillId;
}

/** The set-up's third step: one situation–action–result example, in the options page's skill card. */
export function ExampleStep({ profile, skills, update, heading, onAddSkills }: Props) {
  const id = useId();
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const label = (skillId: string) => skills.get(skillId)?.label ?? skillId;
  const skillId = profile.skills.some((s) => s.skillId === chosen) ? chosen : firstToWrite(profile, skills);
  const entry = profile.skills.find((s) => s.skillId === skillId);

  return (
    <section aria-labelledby="setup-example-heading">
      <h2 id="setup-example-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p class="muted">
        Pick one skill and write one real example: where you were, what you did yourself, and what changed. Your
        statement outline puts it under every criterion it answers. The rest can wait for the profile page.
      </p>
      {!entry ? (
        <p>
          Add a skill first, then come back to write about it.{' '}
          <button type="button" class="link" onClick={onAddSkills}>
            Back to your skills
          </button>
        </p>
      ) : (
        <>
          <div class="field">
            <label for={`${id}-skill`}>Skill to write about</label>
            <select id={`${id}-skill`} value={entry.skillId} onChange={(e) => setChosen(e.currentTarget.value)}>
              {profile.skills.map((s) => (
                <option key={s.skillId} value={s.skillId}>
                  {label(s.skillId)}
                </option>
              ))}
            </select>
          </div>
          <ul class="skill-cards" aria-label="Your example">
            <SkillCard
              key={entry.skillId}
              entry={entry}
              label={label(entry.skillId)}
              custom={profile.customSkills.some((c) => c.id === entry.skillId)}
              known={skills.has(entry.skillId)}
              selfEvident={isSelfEvident(skills.get(entry.skillId))}
              focused
              {...skillCardActions(entry, label(entry.skillId), update)}
            />
          </ul>
        </>
      )}
    </section>
  );
}

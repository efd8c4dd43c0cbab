import { useEffect, useMemo, useState } from 'preact/hooks';
import { isSelfEvident } from '../../core/compare/evidence';
import { addSkill, removeSkill, type ProfileChange } from '../../core/profile/edit-profile';
import type { Profile } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { SkillPicker } from '../components/SkillPicker';
import { evidenceAnchor } from '../open-options';
import { SkillCard } from './SkillCard';
import { skillCardActions } from './skill-card-actions';

type Props = {
  profile: Profile;
  skills: ReadonlyMap<string, Skill>;
  update: (change: ProfileChange) => void;
  /** The skill whose evidence the page was opened for (#evidence-<id>). */
  focusSkill: string | null;
};

/** The skills the user holds, each with its status, date and evidence notes. */
export function SkillsSection({ profile, skills, update, focusSkill }: Props) {
  const held = useMemo(() => new Set(profile.skills.map((s) => s.skillId)), [profile]);
  const custom = useMemo(() => new Set(profile.customSkills.map((c) => c.id)), [profile]);
  const label = (id: string) => skills.get(id)?.label ?? id;
  // Skills added on this visit come first, newest on top, so the one just added is in sight.
  const [recent, setRecent] = useState<string[]>([]);
  const sorted = orderSkills(profile.skills, recent, label);
  useEffect(() => {
    if (recent[0]) document.getElementById(evidenceAnchor(recent[0]))?.scrollIntoView({ block: 'nearest' });
  }, [recent]);
  return (
    <section aria-labelledby="skills-heading" id="skills">
      <h2 id="skills-heading">Skills and evidence ({profile.skills.length})</h2>
      <p class="muted">
        Add what you can evidence. For each skill, write a short example: the situation, what you did, and the result.
        The statement outline puts your examples under each criterion they answer.
      </p>
      <SkillPicker
        skills={skills}
        exclude={held}
        onPick={(id) => {
          update((p) => addSkill(p, id));
          setRecent((r) => [id, ...r.filter((x) => x !== id)]);
        }}
        onUndo={(id) => {
          update((p) => removeSkill(p, id));
          setRecent((r) => r.filter((x) => x !== id));
        }}
      />
      {sorted.length === 0 ? (
        <p class="hint">No skills yet. Type above to add the first.</p>
      ) : (
        <ul class="skill-cards" aria-label="Your skills">
          {sorted.map((entry) => (
            <SkillCard
              key={entry.skillId}
              entry={entry}
              label={skills.get(entry.skillId)?.label ?? entry.skillId}
              custom={custom.has(entry.skillId)}
              known={skills.has(entry.skillId)}
              selfEvident={isSelfEvident(skills.get(entry.skillId))}
              focused={focusSkill === entry.skillId}
              justAdded={recent[0] === entry.skillId}
              {...skillCardActions(entry, label(entry.skillId), update)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Skills added on this visit first (newest on top), then the rest by label. */
export function orderSkills<T extends { skillId: string }>(
  entries: readonly T[],
  recent: readonly string[],
  label: (id: string) => string,
): T[] {
  const rank = (id: string) => (recent.includes(id) ? recent.indexOf(id) : recent.length);
  return [...entries].sort(
    (a, b) => rank(a.skillId) - rank(b.skillId) || label(a.skillId).localeCompare(label(b.skillId)),
  );
}

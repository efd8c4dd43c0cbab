import { useMemo } from 'preact/hooks';
import { addSkill, removeSkill } from '../../profile/edit-profile';
import { defaultMatcher } from '../../taxonomy/default-matcher';
import { InvalidProfileNotice } from '../InvalidProfileNotice';
import { ProfileSkillList } from '../ProfileSkillList';
import { SkillPicker } from '../SkillPicker';
import { useProfile } from '../use-profile';

export function OptionsApp() {
  const skills = defaultMatcher().skills;
  const { state, error, update } = useProfile();
  const held = useMemo(
    () => new Set(state?.state === 'ok' ? state.profile.skills.map((s) => s.skillId) : []),
    [state],
  );

  return (
    <main class="page">
      <h1>Your profile</h1>
      <p class="muted">
        The skills, registrations and qualifications you hold. Adverts are compared with this list. It is stored only
        in this browser.
      </p>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {state === null && <p role="status">Loading…</p>}
      {state?.state === 'invalid' && <InvalidProfileNotice error={state.error} raw={state.raw} />}
      {state?.state === 'ok' && (
        <section aria-labelledby="skills-heading">
          <h2 id="skills-heading">Skills ({state.profile.skills.length})</h2>
          <SkillPicker skills={skills} exclude={held} onPick={(id) => void update((p) => addSkill(p, id))} />
          <ProfileSkillList profile={state.profile} skills={skills} onRemove={(id) => void update((p) => removeSkill(p, id))} />
        </section>
      )}
    </main>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { addSkill } from '../../core/profile/edit-profile';
import { replaceProfile } from '../../storage/profile-store';
import { emptyProfile } from '../../core/model/profile';
import { SaveStatusBar } from '../components/SaveStatusBar';
import { HistorySection } from '../history/HistorySection';
import { InvalidProfileNotice } from '../components/InvalidProfileNotice';
import { AboutSection } from '../profile/AboutSection';
import { CustomSkillsSection } from '../profile/CustomSkillsSection';
import { ImportExportSection } from '../profile/ImportExportSection';
import { QualificationsSection } from '../profile/QualificationsSection';
import { RegistrationsSection } from '../profile/RegistrationsSection';
import { SkillsSection } from '../profile/SkillsSection';
import { useProfile } from '../hooks/use-profile';
import { useSkills } from '../hooks/use-skills';

const SECTIONS = [
  ['skills', 'Skills and evidence'],
  ['custom-skills', 'Your own skills'],
  ['registrations', 'Registrations'],
  ['qualifications', 'Qualifications'],
  ['about', 'About you'],
  ['history', 'Adverts'],
  ['import-export', 'Export and import'],
] as const;

const focusedSkill = () =>
  location.hash.startsWith('#evidence-') ? decodeURIComponent(location.hash.slice('#evidence-'.length)) : null;

export function OptionsApp() {
  const { state, save, update, retryNow, dismissRefused } = useProfile();
  const profile = state?.state === 'ok' ? state.profile : null;
  const skills = useSkills(profile?.customSkills, { phrases: true });
  const [focus, setFocus] = useState(focusedSkill);
  useEffect(() => {
    const onHash = () => setFocus(focusedSkill());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  return (
    <div class="options">
      <a class="skip-link" href="#main">
        Skip to your profile
      </a>
      <header class="options-header">
        <h1>Your profile</h1>
        <p class="muted">
          What you hold and can evidence. Adverts are compared with it, and it is stored only in this browser.
        </p>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([anchor, title]) => (
              <li key={anchor}>
                <a href={`#${anchor}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SaveStatusBar save={save} onRetry={retryNow} onDismiss={dismissRefused} />
      </header>
      <main class="page" id="main" tabIndex={-1}>
        {(state === null || (profile && !skills)) && <p role="status">Loading…</p>}
        {state?.state === 'invalid' && (
          <InvalidProfileNotice
            error={state.error}
            raw={state.raw}
            onStartAfresh={() => {
              if (!confirm('Start an empty profile? The unreadable one is kept as your previous profile.')) return;
              replaceProfile(emptyProfile()).catch((e: unknown) =>
                alert(
                  `The empty profile could not be saved, and nothing was changed: ${e instanceof Error ? e.message : String(e)}`,
                ),
              );
            }}
          />
        )}
        {profile && skills && (
          <>
            <SkillsSection profile={profile} skills={skills} update={update} focusSkill={focus} />
            <CustomSkillsSection profile={profile} skills={skills} update={update} />
            <RegistrationsSection profile={profile} skills={skills} update={update} />
            <QualificationsSection profile={profile} skills={skills} update={update} />
            <AboutSection profile={profile} update={update} />
            <HistorySection profile={profile} skills={skills} onAddSkill={(id) => update((p) => addSkill(p, id))} />
          </>
        )}
        {state !== null && <ImportExportSection profile={profile} pending={save.pending} />}
      </main>
    </div>
  );
}

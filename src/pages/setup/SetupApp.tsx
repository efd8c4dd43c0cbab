import { useEffect, useRef, useState } from 'preact/hooks';
import { SaveStatusBar } from '../components/SaveStatusBar';
import { InvalidProfileNotice } from '../components/InvalidProfileNotice';
import { useProfile } from '../hooks/use-profile';
import { useSkills } from '../hooks/use-skills';
import { RegistrationsSection } from '../profile/RegistrationsSection';
import { DoneStep } from './DoneStep';
import { ExampleStep } from './ExampleStep';
import { SETUP_STEPS, stepHeading, type SetupStep } from './setup-steps';
import { SkillsStep } from './SkillsStep';

const NEXT_LABEL: Record<SetupStep, string> = {
  registration: 'Next: your skills',
  skills: 'Next: one example',
  example: 'Finish',
  done: '',
};

/**
 * The short set-up opened on install: registration, then skills, then one example, each with the
 * options page's own components, so what is learnt here works there. Every step can be skipped.
 */
export function SetupApp() {
  const { state, save, update, retryNow, dismissRefused } = useProfile();
  const profile = state?.state === 'ok' ? state.profile : null;
  const skills = useSkills(profile?.customSkills, { phrases: true });
  const [step, setStep] = useState<SetupStep>('registration');
  const index = SETUP_STEPS.findIndex((s) => s.key === step);
  const go = (to: number) => setStep(SETUP_STEPS[to]!.key);

  // A new step's heading takes the focus, so keyboard and screen reader users start at its top.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) return void (first.current = false);
    document.querySelector<HTMLElement>('main h2')?.focus();
  }, [step]);

  const heading = stepHeading(step);
  return (
    <main class="page setup" id="main">
      <h1>Set up your profile</h1>
      <p class="muted">
        Three short steps, so adverts show what you meet. Everything stays in this browser, and you can change it later.
      </p>
      <ol class="setup-steps" aria-label="Steps">
        {SETUP_STEPS.slice(0, -1).map((s, i) => (
          <li key={s.key} aria-current={s.key === step ? 'step' : undefined} class={i < index ? 'done' : undefined}>
            {i + 1}. {s.title}
          </li>
        ))}
      </ol>
      <SaveStatusBar save={save} onRetry={retryNow} onDismiss={dismissRefused} />
      {(state === null || (profile && !skills)) && <p role="status">Loading…</p>}
      {state?.state === 'invalid' && <InvalidProfileNotice error={state.error} raw={state.raw} />}
      {profile && skills && (
        <>
          {step === 'registration' && (
            <RegistrationsSection
              profile={profile}
              skills={skills}
              update={update}
              heading={heading}
              intro="Nearly every advert for nurses, midwives and allied health professionals asks for it. Type your register (NMC, HCPC …), then add it. No registration? Go on to your skills."
            />
          )}
          {step === 'skills' && <SkillsStep profile={profile} skills={skills} update={update} heading={heading} />}
          {step === 'example' && (
            <ExampleStep
              profile={profile}
              skills={skills}
              update={update}
              heading={heading}
              onAddSkills={() => setStep('skills')}
            />
          )}
          {step === 'done' && <DoneStep profile={profile} heading={heading} />}
          {step !== 'done' && (
            <nav class="setup-nav" aria-label="Set-up steps">
              {index > 0 && (
                <button type="button" class="secondary" onClick={() => go(index - 1)}>
                  Back
                </button>
              )}
              <button type="button" class="primary" onClick={() => go(index + 1)}>
                {NEXT_LABEL[step]}
              </button>
            </nav>
          )}
        </>
      )}
    </main>
  );
}

import { openSetupPage } from '../open-setup';

/**
 * The first thing the popup says while the profile is empty: every criterion would show as missing,
 * so the score means nothing until the set-up is done.
 */
export function SetUpCallToAction({ criteria }: { criteria: number | null }) {
  return (
    <section class="setup-cta" aria-labelledby="setup-cta-heading" data-testid="setup-cta">
      <h2 id="setup-cta-heading">Set up your profile to see what you meet</h2>
      <p>
        {criteria
          ? `This advert lists ${criteria} criteria. Your profile is empty, so none of them counts as met yet. `
          : 'Your profile is empty, so adverts cannot be compared with it yet. '}
        Three short steps: your registration, your skills, one example.
      </p>
      <button type="button" class="primary" onClick={openSetupPage}>
        Set up your profile
      </button>
    </section>
  );
}

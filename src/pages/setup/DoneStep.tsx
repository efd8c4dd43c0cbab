import { browser } from 'wxt/browser';
import type { Profile } from '../../core/model/profile';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The end of the set-up: what was saved, and where to go next (an advert, or the rest of the profile). */
export function DoneStep({ profile, heading }: { profile: Profile; heading: string }) {
  const examples = profile.skills.reduce((n, s) => n + (s.evidence?.length ?? 0), 0);
  return (
    <section aria-labelledby="setup-done-heading">
      <h2 id="setup-done-heading" tabIndex={-1}>
        {heading}
      </h2>
      <p data-testid="setup-summary">
        Saved in this browser: {count(profile.registrations.length, 'registration')},{' '}
        {count(profile.skills.length, 'skill')}, {count(examples, 'example')}.
      </p>
      <p>
        Now open a job advert. On NHS Jobs, HealthJobsUK and nhsjobs.com the extension marks what each criterion asks
        for; its button in the toolbar shows which criteria you meet and which you do not yet.
      </p>
      <p>
        <a href="https://www.jobs.nhs.uk/candidate/search" target="_blank" rel="noreferrer">
          Search for adverts on NHS Jobs
        </a>
      </p>
      <p>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Add more to your profile
        </button>{' '}
        <span class="muted">(qualifications, band, more examples)</span>
      </p>
    </section>
  );
}

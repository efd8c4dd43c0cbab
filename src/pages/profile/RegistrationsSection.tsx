import { useId } from 'preact/hooks';
import { removeRegistration } from '../../core/profile/edit-entries';
import type { ProfileChange } from '../../core/profile/edit-profile';
import type { Profile } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { RegistrationForm, type RegistrationFields } from './RegistrationForm';
import { RegistrationList } from './RegistrationList';
import { useEntryForm } from './use-entry-form';

type Props = {
  profile: Profile;
  skills: ReadonlyMap<string, Skill>;
  update: (change: ProfileChange) => void;
  /** The heading and an introduction, when the set-up words them its own way. */
  heading?: string;
  intro?: string;
};

/**
 * Professional registrations: body, PIN, expiry, and what each counts as on adverts. An expiry before
 * an advert's closing date is warned about. An entry is changed in place through the same form (same
 * id, so the change merges like any other).
 */
export function RegistrationsSection({ profile, skills, update, heading, intro }: Props) {
  const id = useId();
  const entry = useEntryForm<RegistrationFields>({ body: '' });

  return (
    <section aria-labelledby="registrations-heading" id="registrations">
      <h2 id="registrations-heading" tabIndex={-1}>
        {heading ?? `Registrations (${profile.registrations.length})`}
      </h2>
      {intro && <p class="muted">{intro}</p>}
      <RegistrationForm id={id} skills={skills} entry={entry} update={update} />
      <RegistrationList
        registrations={profile.registrations}
        skills={skills}
        onEdit={(r) =>
          entry.edit(r.id, { body: r.body, number: r.number, expires: r.expires, skillId: r.skillId }, `${id}-body`)
        }
        onDelete={(r) => {
          if (entry.editing === r.id) entry.reset();
          update((p) => removeRegistration(p, r.id));
        }}
      />
    </section>
  );
}

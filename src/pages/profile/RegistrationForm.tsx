import { saveRegistration } from '../../core/profile/edit-entries';
import type { ProfileChange } from '../../core/profile/edit-profile';
import { newId } from '../../core/profile/new-id';
import { inferRegistration, type RegistrationInference } from '../../core/profile/registration-skill';
import type { Registration } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { CountsAsField } from './CountsAsField';
import { FormSubmit } from './FormSubmit';
import { RegisterPartChoice } from './RegisterPartChoice';
import type { EntryForm } from './use-entry-form';

export type RegistrationFields = Omit<Registration, 'id'>;

type Props = {
  id: string;
  skills: ReadonlyMap<string, Skill>;
  entry: EntryForm<RegistrationFields>;
  update: (change: ProfileChange) => void;
  /** Called with the registration once it is saved. */
  onSaved?: (registration: Registration) => void;
};

const BODIES = [
  'NMC',
  'HCPC',
  'GMC',
  'GPhC',
  'GDC',
  'GOC',
  'GOsC',
  'GCC',
  'Social Work England',
  'SSSC',
  'Social Care Wales',
  'NISCC',
  'PSNI',
  'AHCS',
  'UKPHR',
];

/** Whether a skill chosen earlier still fits the register now typed ("NMC" → "HCPC" drops "Nurse: adult"). */
function stillFits(skillId: string | undefined, inferred: RegistrationInference): boolean {
  if (!skillId || inferred.kind === 'unknown') return true;
  if (inferred.kind === 'known') return inferred.skillId === skillId;
  return inferred.choices.some((c) => c.skillId === skillId);
}

/**
 * Adds or changes a registration: body, PIN, expiry, and what it counts as. What it counts as is read
 * from the body ("HCPC"); a register of several professions ("NMC") asks which, and a body this version
 * does not know says it will count for nothing unless "Counts as" is set.
 */
export function RegistrationForm({ id, skills, entry, update, onSaved }: Props) {
  const { form, setForm, error, setError, editing, reset } = entry;
  const inferred = inferRegistration(form.body);
  const needsChoice = inferred.kind === 'choose' && !form.skillId;
  const shown = form.skillId ?? (inferred.kind === 'known' ? inferred.skillId : undefined);

  const submit = (event: Event) => {
    event.preventDefault();
    const body = form.body.trim();
    if (!body) return setError('Say which body you are registered with.');
    if (needsChoice) {
      setError(
        inferred.register === 'nursing'
          ? 'Say which field of nursing you are registered in, so adverts count it.'
          : `Say which part of the ${inferred.register} register you are on, so adverts count it.`,
      );
      document.getElementById(`${id}-part`)?.focus();
      return;
    }
    const registration: Registration = { id: editing ?? newId('reg'), body };
    if (form.number?.trim()) registration.number = form.number.trim();
    if (form.expires) registration.expires = form.expires;
    // Only a choice is stored: what the body says is worked out again each time, so it follows the body.
    if (form.skillId) registration.skillId = form.skillId;
    update((p) => saveRegistration(p, registration));
    reset();
    onSaved?.(registration);
  };

  const unknownBody = inferred.kind === 'unknown' && form.body.trim() !== '' && !form.skillId;
  const hint =
    inferred.kind === 'known' && !form.skillId
      ? 'Worked out from the register you typed. Change it if it is not right.'
      : unknownBody
        ? 'This register is not one we know: choose what it counts as, or adverts will not count it.'
        : 'The registration adverts ask for, so they count it as yours.';

  return (
    <form
      class="entry-form"
      onSubmit={submit}
      noValidate
      aria-label={editing ? 'Change a registration' : 'Add a registration'}
    >
      <div class="field-row">
        <div class="field">
          <label for={`${id}-body`}>Registered with</label>
          <input
            id={`${id}-body`}
            type="text"
            list={`${id}-bodies`}
            maxLength={60}
            value={form.body}
            aria-invalid={!!error && !form.body.trim()}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => {
              const body = e.currentTarget.value;
              const fits = stillFits(form.skillId, inferRegistration(body));
              setForm({ ...form, body, skillId: fits ? form.skillId : undefined });
              setError(null);
            }}
          />
          <datalist id={`${id}-bodies`}>
            {BODIES.map((b) => (
              <option key={b} value={b} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for={`${id}-number`}>PIN or number</label>
          <input
            id={`${id}-number`}
            type="text"
            maxLength={60}
            autocomplete="off"
            value={form.number ?? ''}
            onInput={(e) => setForm({ ...form, number: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-expires`}>Expires</label>
          <input
            id={`${id}-expires`}
            type="date"
            value={form.expires ?? ''}
            onInput={(e) => setForm({ ...form, expires: e.currentTarget.value || undefined })}
          />
        </div>
      </div>
      {inferred.kind === 'choose' && (
        <RegisterPartChoice
          id={id}
          register={inferred.register}
          choices={inferred.choices}
          value={form.skillId}
          invalid={!!error && needsChoice}
          onChange={(skillId) => {
            setForm({ ...form, skillId });
            setError(null);
          }}
        />
      )}
      <CountsAsField
        id={id}
        skills={skills}
        category="registration"
        hint={hint}
        warn={unknownBody}
        value={shown}
        onChange={(skillId) => setForm({ ...form, skillId })}
      />
      <FormSubmit
        id={id}
        error={error}
        label={editing ? 'Save registration' : 'Add registration'}
        onCancel={editing ? reset : undefined}
      />
    </form>
  );
}

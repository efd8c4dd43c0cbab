import { useId } from 'preact/hooks';
import { daysBetween } from '../../core/compare/warnings';
import { removeRegistration, saveRegistration } from '../../core/profile/edit-entries';
import type { ProfileChange } from '../../core/profile/edit-profile';
import { newId } from '../../core/profile/new-id';
import type { Profile, Registration } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { formatDate } from '../../core/present/format-date';
import { CountsAsField } from './CountsAsField';
import { EntryActions } from './EntryActions';
import { FormSubmit } from './FormSubmit';
import { useEntryForm } from './use-entry-form';

type Props = { profile: Profile; skills: ReadonlyMap<string, Skill>; update: (change: ProfileChange) => void };

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
];

function expiryText(expires: string | undefined, now = new Date()): string | null {
  if (!expires) return null;
  const days = daysBetween(now, expires);
  if (days < 0) return `Expired on ${formatDate(expires)}`;
  if (days <= 90) return `Expires in ${days} day${days === 1 ? '' : 's'} (${formatDate(expires)})`;
  return `Expires ${formatDate(expires)}`;
}

/**
 * Professional registrations: body, PIN, expiry. An expiry before an advert's closing date is warned
 * about. An entry is changed in place through the same form (same id, so the change merges like any other).
 */
export function RegistrationsSection({ profile, skills, update }: Props) {
  const id = useId();
  const { form, setForm, error, setError, editing, edit, reset } = useEntryForm<Omit<Registration, 'id'>>({ body: '' });
  const label = (skillId: string | undefined) => (skillId ? (skills.get(skillId)?.label ?? skillId) : null);

  const submit = (event: Event) => {
    event.preventDefault();
    const body = form.body.trim();
    if (!body) return setError('Say which body you are registered with.');
    const registration: Registration = { id: editing ?? newId('reg'), body };
    if (form.number?.trim()) registration.number = form.number.trim();
    if (form.expires) registration.expires = form.expires;
    if (form.skillId) registration.skillId = form.skillId;
    update((p) => saveRegistration(p, registration));
    reset();
  };

  return (
    <section aria-labelledby="registrations-heading" id="registrations">
      <h2 id="registrations-heading">Registrations ({profile.registrations.length})</h2>
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
              aria-invalid={!!error}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => setForm({ ...form, body: e.currentTarget.value })}
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
        <CountsAsField
          id={id}
          skills={skills}
          category="registration"
          hint="The registration adverts ask for, so they count it as yours."
          value={form.skillId}
          onChange={(skillId) => setForm({ ...form, skillId })}
        />
        <FormSubmit
          id={id}
          error={error}
          label={editing ? 'Save registration' : 'Add registration'}
          onCancel={editing ? reset : undefined}
        />
      </form>
      {profile.registrations.length > 0 && (
        <ul class="entries" aria-label="Your registrations">
          {profile.registrations.map((r) => {
            const expiry = expiryText(r.expires);
            const expired = r.expires !== undefined && daysBetween(new Date(), r.expires) < 0;
            return (
              <li key={r.id}>
                <span>
                  <strong>{r.body}</strong>
                  {r.number && <span> · PIN {r.number}</span>}
                  {expiry && (
                    <span class={expired ? 'warning' : 'muted'}>
                      {' · '}
                      {expired && <span aria-hidden="true">⚠ </span>}
                      {expiry}
                    </span>
                  )}
                  {r.skillId && <span class="muted"> · counts as {label(r.skillId)}</span>}
                </span>
                <EntryActions
                  what={`registration ${r.body}`}
                  onEdit={() =>
                    edit(r.id, { body: r.body, number: r.number, expires: r.expires, skillId: r.skillId }, `${id}-body`)
                  }
                  onDelete={() => {
                    if (editing === r.id) reset();
                    update((p) => removeRegistration(p, r.id));
                  }}
                />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

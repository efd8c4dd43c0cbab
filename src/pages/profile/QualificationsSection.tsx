import { useId } from 'preact/hooks';
import { removeQualification, saveQualification } from '../../core/profile/edit-entries';
import type { ProfileChange } from '../../core/profile/edit-profile';
import { newId } from '../../core/profile/new-id';
import type { Profile, Qualification } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { CountsAsField } from './CountsAsField';
import { EntryActions } from './EntryActions';
import { FormSubmit } from './FormSubmit';
import { useEntryForm } from './use-entry-form';

type Props = { profile: Profile; skills: ReadonlyMap<string, Skill>; update: (change: ProfileChange) => void };

type Form = {
  title: string;
  institution: string;
  year: string;
  status: Qualification['status'];
  skillId?: string | undefined;
};
const EMPTY: Form = { title: '', institution: '', year: '', status: 'held' };

/**
 * Qualifications: title, where from, year; "counts as" links one to the skills adverts ask for.
 * Each can be changed in place.
 */
export function QualificationsSection({ profile, skills, update }: Props) {
  const id = useId();
  const { form, setForm, error, setError, editing, edit, reset } = useEntryForm<Form>(EMPTY);
  const label = (skillId: string | undefined) => (skillId ? (skills.get(skillId)?.label ?? skillId) : null);

  const submit = (event: Event) => {
    event.preventDefault();
    const title = form.title.trim();
    if (!title) return setError('Give the qualification a title.');
    const year = form.year.trim() === '' ? undefined : Number(form.year);
    if (year !== undefined && !(Number.isInteger(year) && year >= 1940 && year <= 2100))
      return setError('The year should be a year, such as 2019.');
    const qualification: Qualification = { id: editing ?? newId('qual'), title, status: form.status };
    if (form.institution.trim()) qualification.institution = form.institution.trim();
    if (year !== undefined) qualification.year = year;
    if (form.skillId) qualification.skillId = form.skillId;
    update((p) => saveQualification(p, qualification));
    reset();
  };

  return (
    <section aria-labelledby="qualifications-heading" id="qualifications">
      <h2 id="qualifications-heading">Qualifications ({profile.qualifications.length})</h2>
      <form
        class="entry-form"
        onSubmit={submit}
        noValidate
        aria-label={editing ? 'Change a qualification' : 'Add a qualification'}
      >
        <div class="field">
          <label for={`${id}-title`}>Qualification</label>
          <input
            id={`${id}-title`}
            type="text"
            maxLength={200}
            placeholder="e.g. BSc (Hons) Adult Nursing"
            value={form.title}
            aria-invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setForm({ ...form, title: e.currentTarget.value })}
          />
        </div>
        <div class="field-row">
          <div class="field">
            <label for={`${id}-institution`}>From</label>
            <input
              id={`${id}-institution`}
              type="text"
              maxLength={200}
              value={form.institution}
              onInput={(e) => setForm({ ...form, institution: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${id}-year`}>Year</label>
            <input
              id={`${id}-year`}
              type="number"
              inputMode="numeric"
              min={1940}
              max={2100}
              value={form.year}
              onInput={(e) => setForm({ ...form, year: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={form.status}
              onChange={(e) => setForm({ ...form, status: e.currentTarget.value as Qualification['status'] })}
            >
              <option value="held">Awarded</option>
              <option value="working-towards">Working towards it</option>
            </select>
          </div>
        </div>
        <CountsAsField
          id={id}
          skills={skills}
          category="qualification"
          hint="The kind of qualification adverts ask for, so they count it as yours."
          value={form.skillId}
          onChange={(skillId) => setForm({ ...form, skillId })}
        />
        <FormSubmit
          id={id}
          error={error}
          label={editing ? 'Save qualification' : 'Add qualification'}
          onCancel={editing ? reset : undefined}
        />
      </form>
      {profile.qualifications.length > 0 && (
        <ul class="entries" aria-label="Your qualifications">
          {profile.qualifications.map((q) => (
            <li key={q.id}>
              <span>
                <strong>{q.title}</strong>
                {q.institution && <span> · {q.institution}</span>}
                {q.year && <span> · {q.year}</span>}
                {q.status === 'working-towards' && <em class="muted"> · working towards</em>}
                {q.skillId && <span class="muted"> · counts as {label(q.skillId)}</span>}
              </span>
              <EntryActions
                what={`qualification ${q.title}`}
                onEdit={() =>
                  edit(
                    q.id,
                    {
                      title: q.title,
                      institution: q.institution ?? '',
                      year: q.year === undefined ? '' : String(q.year),
                      status: q.status,
                      skillId: q.skillId,
                    },
                    `${id}-title`,
                  )
                }
                onDelete={() => {
                  if (editing === q.id) reset();
                  update((p) => removeQualification(p, q.id));
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

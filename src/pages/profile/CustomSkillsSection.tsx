import { useId, useState } from 'preact/hooks';
import { customSkillId, removeCustomSkill, saveCustomSkill } from '../../core/profile/custom-skills';
import type { ProfileChange } from '../../core/profile/edit-profile';
import { PROFILE_LIMITS, type CustomSkill, type Profile } from '../../core/model/profile';
import { skillCategorySchema, type Skill } from '../../core/model/skill';
import { ConflictNotice } from '../components/ConflictNotice';
import { useDraft } from '../hooks/use-draft';
import { splitVariants } from './split-variants';
import { FormSubmit } from './FormSubmit';

type Props = { profile: Profile; skills: ReadonlyMap<string, Skill>; update: (change: ProfileChange) => void };

const CATEGORY_LABELS: Record<CustomSkill['category'], string> = {
  registration: 'Registration',
  qualification: 'Qualification',
  clinical: 'Clinical',
  governance: 'Governance and quality',
  leadership: 'Leadership and management',
  communication: 'Communication',
  it: 'IT and digital',
  finance: 'Finance',
  values: 'Values',
  other: 'Other',
  experience: 'Experience',
};

/** The other wordings of an existing custom skill, edited in place (saved on leaving the field). */
function CustomWordingsEditor({ custom, onSave }: { custom: CustomSkill; onSave: (variants: string[]) => void }) {
  const id = useId();
  const draft = useDraft(custom.variants.join('\n'), (text) => onSave(splitVariants(text)));
  return (
    <details class="custom-edit">
      <summary>
        Edit wordings<span class="visually-hidden"> of {custom.label}</span>
      </summary>
      {draft.conflict && (
        <ConflictNotice what="These wordings" onKeepMine={draft.keepMine} onTakeTheirs={draft.takeTheirs} />
      )}
      <label for={`${id}-wordings`}>Other wordings of {custom.label}, one per line</label>
      <textarea
        id={`${id}-wordings`}
        rows={3}
        value={draft.value}
        onInput={(e) => draft.set(e.currentTarget.value)}
        onBlur={draft.commit}
      />
    </details>
  );
}

/** Skills the built-in list lacks: their names and other wordings are found and marked on adverts. */
export function CustomSkillsSection({ profile, skills, update }: Props) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [variants, setVariants] = useState('');
  const [category, setCategory] = useState<CustomSkill['category']>('other');
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const add = (event: Event) => {
    event.preventDefault();
    const name = label.trim().replace(/\s+/g, ' ');
    if (!name) return setError('Give the skill a name.');
    if (name.length > 120) return setError('Keep the name under 120 characters.');
    const clash = [...skills.values()].find((s) => s.label.toLowerCase() === name.toLowerCase());
    if (clash) return setError(`“${clash.label}” is already a skill: add it under Skills instead.`);
    const custom = { label: name, variants: splitVariants(variants), category };
    // The id is made against the latest stored list, so two pages adding at once do not collide.
    update((p) =>
      saveCustomSkill(p, {
        ...custom,
        id: customSkillId(
          name,
          p.customSkills.map((c) => c.id),
        ),
      }),
    );
    setLabel('');
    setVariants('');
    setError(null);
  };

  return (
    <section aria-labelledby="custom-heading" id="custom-skills">
      <h2 id="custom-heading">Your own skills ({profile.customSkills.length})</h2>
      <p class="muted">
        A skill the list above does not know, with the other ways adverts write it. Adverts are searched for them and
        marked like built-in skills.
      </p>
      {/* Folded away: most people never need it, and its boxes should not be the first on the page. */}
      <details class="add-own" open={adding} onToggle={(e) => setAdding(e.currentTarget.open)}>
        <summary id={`${id}-legend`}>Add a skill of your own</summary>
        <form class="entry-form" onSubmit={add} aria-labelledby={`${id}-legend`} noValidate>
          <div class="field">
            <label for={`${id}-label`}>Name</label>
            <input
              id={`${id}-label`}
              type="text"
              maxLength={PROFILE_LIMITS.labelChars}
              value={label}
              aria-invalid={!!error}
              aria-describedby={error ? `${id}-error` : undefined}
              onInput={(e) => setLabel(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-variants`}>Other wordings</label>
            <span class="hint" id={`${id}-variants-hint`}>
              One per line, or separated by commas: abbreviations, other names.
            </span>
            <textarea
              id={`${id}-variants`}
              rows={2}
              aria-describedby={`${id}-variants-hint`}
              value={variants}
              onInput={(e) => setVariants(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for={`${id}-category`}>Kind of skill</label>
            <select
              id={`${id}-category`}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value as CustomSkill['category'])}
            >
              {skillCategorySchema.options.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <FormSubmit id={id} error={error} label="Add your skill" />
        </form>
      </details>
      {profile.customSkills.length > 0 && (
        <ul class="entries" aria-label="Your own skills">
          {profile.customSkills.map((custom) => (
            <li key={custom.id} data-custom-id={custom.id}>
              <span>
                <strong>{custom.label}</strong>
                {custom.variants.length > 0 && <span class="muted"> — also: {custom.variants.join(', ')}</span>}
              </span>
              <button
                type="button"
                class="remove"
                aria-label={`Delete your skill ${custom.label}`}
                onClick={() => {
                  const notes = profile.skills.find((s) => s.skillId === custom.id)?.evidence?.length ?? 0;
                  if (
                    notes > 0 &&
                    !confirm(`Delete ${custom.label} and its ${notes === 1 ? 'example' : `${notes} examples`}?`)
                  )
                    return;
                  update((p) => removeCustomSkill(p, custom.id));
                }}
              >
                Delete
              </button>
              <CustomWordingsEditor
                custom={custom}
                onSave={(variants) =>
                  update((p) => {
                    const current = p.customSkills.find((c) => c.id === custom.id) ?? custom;
                    return saveCustomSkill(p, { ...current, variants });
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

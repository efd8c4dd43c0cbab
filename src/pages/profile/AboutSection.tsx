import { useId } from 'preact/hooks';
import { setAbout, setPreferences } from '../../core/profile/edit-entries';
import type { ProfileChange } from '../../core/profile/edit-profile';
import type { Profile } from '../../core/model/profile';
import { useDraft } from '../hooks/use-draft';
import { WordLimitField } from '../statement/WordLimitField';

type Props = { profile: Profile; update: (change: ProfileChange) => void };

const BANDS = [
  'Band 1',
  'Band 2',
  'Band 3',
  'Band 4',
  'Band 5',
  'Band 6',
  'Band 7',
  'Band 8a',
  'Band 8b',
  'Band 8c',
  'Band 8d',
  'Band 9',
];

/** Current band, years of experience, and how the statement and history behave. */
export function AboutSection({ profile, update }: Props) {
  const id = useId();
  const years = useDraft(profile.yearsExperience === undefined ? '' : String(profile.yearsExperience), (value) => {
    const n = value.trim() === '' ? undefined : Number(value);
    if (n === undefined || (Number.isFinite(n) && n >= 0 && n <= 60))
      update((p) => setAbout(p, { yearsExperience: n }));
  });
  const yearsNumber = Number(years.value);
  const yearsInvalid =
    years.value.trim() !== '' && !(Number.isFinite(yearsNumber) && yearsNumber >= 0 && yearsNumber <= 60);
  const bands = profile.band && !BANDS.includes(profile.band) ? [...BANDS, profile.band] : BANDS;
  return (
    <section aria-labelledby="about-heading" id="about">
      <h2 id="about-heading">About you</h2>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-band`}>Current band</label>
          <select
            id={`${id}-band`}
            onChange={(e) => {
              const band = e.currentTarget.value || undefined;
              update((p) => setAbout(p, { band }));
            }}
          >
            <option value="" selected={!profile.band}>
              Not on Agenda for Change, or not saying
            </option>
            {bands.map((b) => (
              <option key={b} value={b} selected={b === profile.band}>
                {b}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-years`}>Years of experience</label>
          <input
            id={`${id}-years`}
            type="number"
            inputMode="decimal"
            min={0}
            max={60}
            step={0.5}
            value={years.value}
            aria-invalid={yearsInvalid}
            aria-describedby={yearsInvalid ? `${id}-years-error` : undefined}
            onInput={(e) => years.set(e.currentTarget.value)}
            onBlur={years.commit}
          />
          {yearsInvalid && (
            <span id={`${id}-years-error`} class="field-error">
              A number from 0 to 60
            </span>
          )}
        </div>
      </div>
      <h3>Statement and history</h3>
      <WordLimitField
        limit={profile.preferences.wordLimit}
        onChange={(wordLimit) => update((p) => setPreferences(p, { wordLimit }))}
      />
      <div class="field field--check">
        <input
          id={`${id}-history`}
          type="checkbox"
          checked={profile.preferences.keepHistory}
          onChange={(e) => {
            const keepHistory = e.currentTarget.checked;
            update((p) => setPreferences(p, { keepHistory }));
          }}
        />
        <label for={`${id}-history`}>Keep a history of the adverts I open (in this browser only)</label>
      </div>
    </section>
  );
}

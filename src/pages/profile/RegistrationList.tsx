import { daysBetween } from '../../core/compare/warnings';
import { registrationStanding } from '../../core/profile/registration-skill';
import type { Registration } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { formatDate } from '../../core/present/format-date';
import { EntryActions } from './EntryActions';

type Props = {
  registrations: readonly Registration[];
  skills: ReadonlyMap<string, Skill>;
  onEdit: (registration: Registration) => void;
  onDelete: (registration: Registration) => void;
};

function expiryText(expires: string | undefined, now = new Date()): string | null {
  if (!expires) return null;
  const days = daysBetween(now, expires);
  if (days < 0) return `Expired on ${formatDate(expires)}`;
  if (days <= 90) return `Expires in ${days} day${days === 1 ? '' : 's'} (${formatDate(expires)})`;
  return `Expires ${formatDate(expires)}`;
}

/** What a registration counts as on adverts, or a warning when it counts for less than it should, or nothing. */
function CountsAs({ registration, label }: { registration: Registration; label: (id: string) => string }) {
  const standing = registrationStanding(registration);
  switch (standing.kind) {
    case 'chosen':
      return <span class="muted"> · counts as {label(standing.skillId)}</span>;
    case 'inferred':
      return <span class="muted"> · counts as {label(standing.skillId)} (from the register)</span>;
    case 'needs-choice':
      return (
        <span class="warning" data-testid="registration-flag">
          {' · '}
          <span aria-hidden="true">⚠ </span>
          counts only as {label(standing.skillId)}: edit it to say which part of the register you are on
        </span>
      );
    case 'nothing':
      return (
        <span class="warning" data-testid="registration-flag">
          {' · '}
          <span aria-hidden="true">⚠ </span>
          counts for nothing on adverts: edit it to say what it counts as
        </span>
      );
  }
}

/** The registrations of the profile: body, PIN, expiry, what each counts as; each editable and removable. */
export function RegistrationList({ registrations, skills, onEdit, onDelete }: Props) {
  if (registrations.length === 0) return null;
  const label = (skillId: string) => skills.get(skillId)?.label ?? skillId;
  return (
    <ul class="entries" aria-label="Your registrations">
      {registrations.map((r) => {
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
              <CountsAs registration={r} label={label} />
            </span>
            <EntryActions what={`registration ${r.body}`} onEdit={() => onEdit(r)} onDelete={() => onDelete(r)} />
          </li>
        );
      })}
    </ul>
  );
}

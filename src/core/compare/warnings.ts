import type { Profile } from '../model/profile';
import type { Warning } from '../model/report';

const DAY_MS = 24 * 3600 * 1000;
/** How close a closing date has to be for a warning. */
export const CLOSING_SOON_DAYS = 7;

/** Whole days from `now`'s calendar day to the date (negative once it has passed). */
export function daysBetween(now: Date, iso: string): number {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - today) / DAY_MS);
}

const todayIso = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** The closing date soon or passed; a registration that has expired or expires before the closing date. */
export function advertWarnings(closingDate: string | null, profile: Profile, now: Date): Warning[] {
  const warnings: Warning[] = [];
  if (closingDate) {
    const days = daysBetween(now, closingDate);
    if (days < 0) warnings.push({ kind: 'closed', closingDate });
    else if (days <= CLOSING_SOON_DAYS) warnings.push({ kind: 'closing-soon', closingDate, days });
  }
  const today = todayIso(now);
  for (const { body, expires } of profile.registrations) {
    if (!expires) continue;
    if (expires < today) warnings.push({ kind: 'registration-expired', body, expires });
    else if (closingDate && expires < closingDate)
      warnings.push({ kind: 'registration-expires', body, expires, closingDate });
  }
  return warnings;
}

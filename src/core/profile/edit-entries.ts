import type { Preferences, Profile, Qualification, Registration } from '../model/profile';

const touch = (profile: Profile, now: Date): Profile => ({ ...profile, updatedAt: now.toISOString() });

type WithId = { id: string };

/** Replaces the entry with the same id, or appends it: an entry removed meanwhile elsewhere is not lost. */
function upsert<T extends WithId>(list: readonly T[], entry: T): T[] {
  return list.some((e) => e.id === entry.id) ? list.map((e) => (e.id === entry.id ? entry : e)) : [...list, entry];
}

export const saveRegistration = (profile: Profile, registration: Registration, now = new Date()): Profile =>
  touch({ ...profile, registrations: upsert(profile.registrations, registration) }, now);

export const removeRegistration = (profile: Profile, id: string, now = new Date()): Profile =>
  touch({ ...profile, registrations: profile.registrations.filter((r) => r.id !== id) }, now);

export const saveQualification = (profile: Profile, qualification: Qualification, now = new Date()): Profile =>
  touch({ ...profile, qualifications: upsert(profile.qualifications, qualification) }, now);

export const removeQualification = (profile: Profile, id: string, now = new Date()): Profile =>
  touch({ ...profile, qualifications: profile.qualifications.filter((q) => q.id !== id) }, now);

export type AboutFields = { band?: string | undefined; yearsExperience?: number | undefined };

/** Sets (or clears, with undefined) the current band and years of experience given. */
export function setAbout(profile: Profile, fields: AboutFields, now = new Date()): Profile {
  const next: Profile = { ...profile };
  for (const key of ['band', 'yearsExperience'] as const) {
    if (!(key in fields)) continue;
    const value = fields[key];
    if (value === undefined || value === '') delete next[key];
    else (next as Record<string, unknown>)[key] = value;
  }
  return touch(next, now);
}

export const setPreferences = (profile: Profile, preferences: Partial<Preferences>, now = new Date()): Profile =>
  touch({ ...profile, preferences: { ...profile.preferences, ...preferences } }, now);

import * as z from 'zod/mini';
import { PROFILE_VERSION, profileSchema, type Profile } from '../model/profile';
import { migrateProfile } from './migrations';

export type ProfileParse = { ok: true; profile: Profile } | { ok: false; error: string };

/** Any stored or imported value → a current profile, or an error that names the field at fault. */
export function parseProfile(raw: unknown): ProfileParse {
  const migrated = migrateProfile(raw);
  if (!migrated.ok) return migrated;
  const result = profileSchema.safeParse(migrated.value);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, error: describeIssues(result.error) };
}

export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(profile)'}: ${issue.message}`)
    .join('; ');
}

export { PROFILE_VERSION };

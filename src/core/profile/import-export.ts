import type { Profile } from '../model/profile';
import { parseProfile, type ProfileParse } from './parse-profile';

/** The profile as the file the user downloads: the stored value itself, so an import restores it exactly. */
export function exportProfileJson(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

export function exportFileName(now = new Date()): string {
  return `nhs-profile-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * The largest profile file read. A full profile (every list at its limit) exports to under 3 MB;
 * anything larger is refused from its size alone, before it is read.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why a file of this size is not read, or null when it may be. */
export function importSizeError(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB: a profile file is at most 5 MB.`;
}

/** The text of a chosen file → a current profile, or an error that names what is wrong. */
export function parseImport(text: string): ProfileParse {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `(file): not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  return parseProfile(raw);
}

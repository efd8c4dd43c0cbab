import { readFile, stat } from 'node:fs/promises';
import { importSizeError } from '../core/profile/import-export';
import { parseProfile } from '../core/profile/parse-profile';
import type { Profile } from '../core/model/profile';

export class ProfileFileError extends Error {}

export async function loadProfileFile(file: string): Promise<Profile> {
  let raw: unknown;
  try {
    const tooLarge = importSizeError((await stat(file)).size);
    if (tooLarge) throw new Error(tooLarge);
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ProfileFileError(`profile ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseProfile(raw);
  if (!parsed.ok) throw new ProfileFileError(`profile ${file} is not valid: ${parsed.error}`);
  return parsed.profile;
}

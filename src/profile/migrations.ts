import { PROFILE_VERSION } from '../spec/profile';

type Migration = (value: Record<string, unknown>) => Record<string, unknown>;

/** migrations[n] turns a version-n profile into version n + 1. Never edit one that has shipped. */
const MIGRATIONS: Record<number, Migration> = {};

export type Migrated = { ok: true; value: unknown } | { ok: false; error: string };

export function migrateProfile(raw: unknown): Migrated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: '(profile): expected a JSON object' };
  }
  let value = raw as Record<string, unknown>;
  let version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: expected a whole number from 1 upwards' };
  }
  if (version > PROFILE_VERSION) {
    return { ok: false, error: `version: ${version} is newer than this extension understands (${PROFILE_VERSION}); update the extension` };
  }
  while (version < PROFILE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, error: `version: no migration from version ${version}` };
    value = { ...migrate(value), version: version + 1 };
    version += 1;
  }
  return { ok: true, value };
}

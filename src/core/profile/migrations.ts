import { PROFILE_VERSION } from '../model/profile';

type Loose = Record<string, unknown>;
type Migration = (value: Loose) => Loose;

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Maps the entries of a list that is one, leaving anything else for validation to report. */
const mapList = (list: unknown, each: (item: Loose, index: number) => Loose): unknown =>
  Array.isArray(list) ? list.map((item, i) => (isObject(item) ? each(item, i) : item)) : list;

/**
 * Version 1 → 2: an evidence note was one free-text string per skill; it becomes the situation of a
 * first situation–action–result note. Registrations gain ids so edits can name them; custom skill ids are
 * tidied to the form the matcher accepts.
 */
function v1ToV2(value: Loose): Loose {
  // Version 1 let custom ids end in or repeat dashes ("custom-x-"), which the matcher rejects.
  const tidy = (id: unknown) =>
    typeof id === 'string' && id.startsWith('custom-') ? id.replace(/-+/g, '-').replace(/-$/, '') : id;
  return {
    ...value,
    customSkills: mapList(value.customSkills, (custom) => ({ ...custom, id: tidy(custom.id) })),
    skills: mapList(value.skills, (skill) => {
      const { evidence, ...rest }: Loose = { ...skill, skillId: tidy(skill.skillId) };
      if (evidence === undefined) return rest;
      if (typeof evidence !== 'string') return { ...rest, evidence };
      return evidence.trim() === ''
        ? rest
        : { ...rest, evidence: [{ id: 'note-1', situation: evidence, action: '', result: '' }] };
    }),
    registrations: mapList(value.registrations, (registration, i) => ({ id: `reg-${i + 1}`, ...registration })),
  };
}

/** MIGRATIONS[n] turns a version-n profile into version n + 1. Never edit one that has shipped. */
const MIGRATIONS: Record<number, Migration> = { 1: v1ToV2 };

/** Every version a profile has ever been saved in, oldest first (tests migrate from each). */
export const PROFILE_VERSIONS: readonly number[] = Array.from({ length: PROFILE_VERSION }, (_, i) => i + 1);

export type Migrated = { ok: true; value: unknown } | { ok: false; error: string };

export function migrateProfile(raw: unknown): Migrated {
  if (!isObject(raw)) {
    return { ok: false, error: '(profile): expected a JSON object' };
  }
  let value = raw;
  let version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: expected a whole number from 1 upwards' };
  }
  if (version > PROFILE_VERSION) {
    return {
      ok: false,
      error: `version: ${version} is newer than this extension understands (${PROFILE_VERSION}); update the extension`,
    };
  }
  while (version < PROFILE_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) return { ok: false, error: `version: no migration from version ${version}` };
    value = { ...migrate(value), version: version + 1 };
    version += 1;
  }
  return { ok: true, value };
}

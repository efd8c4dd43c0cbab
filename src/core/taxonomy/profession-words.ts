import { tokenise } from '../text/tokenise';

/**
 * Words that name a regulated profession, by the profession: "pharmacy experience" on a pharmacist's
 * advert is experience in the applicant's own profession, not a specialty.
 */
const PROFESSIONS: Readonly<Record<string, readonly string[]>> = {
  nursing: ['nurse', 'nurses', 'nursing'],
  midwifery: ['midwife', 'midwives', 'midwifery'],
  pharmacy: ['pharmacy', 'pharmacist', 'pharmacists', 'pharmaceutical'],
  physiotherapy: ['physiotherapy', 'physiotherapist', 'physio'],
  'occupational therapy': ['OT', 'OTs', 'occupational therapy', 'occupational therapist'],
  radiography: ['radiography', 'radiographer', 'radiographers'],
  dietetics: ['dietetics', 'dietetic', 'dietitian', 'dietician'],
  podiatry: ['podiatry', 'podiatrist'],
  paramedic: ['paramedic', 'paramedics'],
  psychology: ['psychology', 'psychologist', 'psychological'],
  'speech and language therapy': ['SLT', 'speech and language therapy', 'speech and language therapist'],
  'social work': ['social work', 'social worker'],
  audiology: ['audiology', 'audiologist'],
  orthoptics: ['orthoptics', 'orthoptist'],
  'biomedical science': ['biomedical', 'BMS'],
  medicine: ['doctor', 'GP', 'consultant', 'registrar', 'physician', 'surgeon', 'psychiatrist', 'anaesthetist'],
  dentistry: ['dentist', 'dental officer'],
  optometry: ['optometrist'],
};

/** Normal forms of a profession's name, word by word and joined by spaces → the professions it can name. */
export const PROFESSION_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [profession, names] of Object.entries(PROFESSIONS)) {
    for (const name of names) {
      const norm = tokenise(name)
        .map((t) => t.norm)
        .join(' ');
      map.set(norm, [...(map.get(norm) ?? []), profession]);
    }
  }
  return map;
})();

/** The professions a run of words names, whole ("occupational therapy") or word by word ("pharmacy"). */
export function professionsNamed(norms: readonly string[]): string[] | null {
  const whole = PROFESSION_WORDS.get(norms.join(' '));
  if (whole) return [...whole];
  if (norms.length === 0 || !norms.every((w) => PROFESSION_WORDS.has(w))) return null;
  return norms.flatMap((w) => PROFESSION_WORDS.get(w)!);
}

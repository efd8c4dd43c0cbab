import { normaliseToken } from '../text/normalise-token';

/**
 * Words that name a regulated profession, by the profession: "pharmacy experience" on a pharmacist's
 * advert is experience in the applicant's own profession, not a specialty.
 */
const PROFESSIONS: Readonly<Record<string, readonly string[]>> = {
  nursing: ['nurse', 'nurses', 'nursing'],
  midwifery: ['midwife', 'midwives', 'midwifery'],
  pharmacy: ['pharmacy', 'pharmacist', 'pharmacists', 'pharmaceutical'],
  physiotherapy: ['physiotherapy', 'physiotherapist', 'physio'],
  'occupational therapy': ['OT', 'OTs'],
  radiography: ['radiography', 'radiographer', 'radiographers'],
  dietetics: ['dietetics', 'dietetic', 'dietitian', 'dietician'],
  podiatry: ['podiatry', 'podiatrist'],
  paramedic: ['paramedic', 'paramedics'],
  psychology: ['psychology', 'psychologist', 'psychological'],
  'speech and language therapy': ['SLT'],
  audiology: ['audiology', 'audiologist'],
  orthoptics: ['orthoptics', 'orthoptist'],
  'biomedical science': ['biomedical', 'BMS'],
};

/** Normal form of a profession word → the professions it can name. */
export const PROFESSION_WORDS: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [profession, words] of Object.entries(PROFESSIONS)) {
    for (const word of words) {
      const norm = normaliseToken(word);
      map.set(norm, [...(map.get(norm) ?? []), profession]);
    }
  }
  return map;
})();

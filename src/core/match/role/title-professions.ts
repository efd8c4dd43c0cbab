import { professionsNamed } from '../../taxonomy/profession-words';
import { tokenise } from '../../text/tokenise';

/** The last title read and its professions: every criterion of an advert asks about the same title. */
let last: { title: string; professions: readonly string[] } | undefined;

/** The professions an advert's title names: "Band 6 Occupational Therapist" → occupational therapy. */
export function professionsOfTitle(title: string | null | undefined): string[] {
  if (!title) return [];
  if (last?.title !== title) last = { title, professions: readProfessions(title) };
  return [...last.professions];
}

function readProfessions(title: string): string[] {
  const norms = tokenise(title).map((t) => t.norm);
  const found = new Set<string>();
  for (let i = 0; i < norms.length; i++) {
    for (let j = i + 1; j <= Math.min(norms.length, i + 4); j++) {
      for (const p of professionsNamed(norms.slice(i, j)) ?? []) found.add(p);
    }
  }
  return [...found];
}

import type { LabelledCriterion, Profession } from '../../fixtures/criteria';
import type { LabelledAdvert } from './labelled-set';

/**
 * The labelled criteria as the matcher evaluation takes them, grouped by profession: each distinct
 * criterion text once per advert (a paragraph repeated as several criteria is one unit).
 */
export function skillGroups(adverts: readonly LabelledAdvert[]): Profession[] {
  const byProfession = new Map<string, LabelledCriterion[]>();
  for (const advert of adverts) {
    const seen = new Set<string>();
    const list = byProfession.get(advert.profession) ?? [];
    for (const c of advert.criteria) {
      const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (seen.has(key)) continue;
      seen.add(key);
      // The matcher sees the advert's title and the criterion's heading or lead-in, as in the extension.
      list.push([c.text, c.skills, { title: advert.title, category: c.leadIn ?? c.category }]);
    }
    byProfession.set(advert.profession, list);
  }
  return [...byProfession]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, criteria]) => ({ name, criteria, heldOut: [], unseen: [] }));
}

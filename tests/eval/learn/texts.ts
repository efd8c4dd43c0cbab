import type { LabelledCriterion, Profession } from '../../fixtures/criteria';
import type { LabelledAdvert } from '../labels/labelled-set';
import type { SplitName } from '../labels/splits';
import type { LabelledText } from './examples';

/** The distinct criteria of one split's adverts (as the evaluation scores them), for the learner. */
export function textsOf(adverts: readonly LabelledAdvert[], split: SplitName): LabelledText[] {
  return adverts
    .filter((a) => a.split === split)
    .flatMap((a) => {
      const seen = new Set<string>();
      return a.criteria
        .filter((c) => {
          const key = c.text.toLowerCase().replace(/\s+/g, ' ').trim();
          return !seen.has(key) && seen.add(key);
        })
        .map((c) => ({
          advert: a.id,
          text: c.text,
          title: a.title,
          category: c.leadIn ?? c.category,
          skills: c.skills,
        }));
    });
}

/** The criteria written for the project, one fixture split of every profession, for the learner. */
export function fixtureTexts(
  professions: readonly Profession[],
  part: 'criteria' | 'heldOut' | 'unseen',
): LabelledText[] {
  return professions.flatMap((p) =>
    p[part].map(([text, skills, context]: LabelledCriterion) => ({
      advert: `fixture:${p.name}`,
      text,
      title: context?.title ?? '',
      category: context?.category ?? null,
      skills,
    })),
  );
}

import { blankSpec } from '../../../src/core/model/blank-spec';
import type { Level } from '../../../src/core/model/criterion';
import type { PersonSpec } from '../../../src/core/model/person-spec';

/** A criterion's text, essential, or its level and text. */
export type SpecItem = string | readonly [Level, string];

/** An NHS Jobs advert of criteria with these texts (essential unless a level is given), and nothing else known. */
export const specOf = (items: readonly SpecItem[], spec: Partial<PersonSpec> = {}): PersonSpec =>
  blankSpec({
    site: 'nhs-jobs',
    pageKind: 'advert',
    url: 'https://www.jobs.nhs.uk/candidate/jobadvert/C0000-26-0001',
    criteria: items.map((item, i) => {
      const [level, text] = typeof item === 'string' ? (['essential', item] as const) : item;
      return { id: `c${i}`, category: null, level, text };
    }),
    ...spec,
  });

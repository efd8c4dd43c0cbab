import { matchText } from '../match/match-text';
import type { AnalysedSpec } from '../model/analysed-spec';
import type { PersonSpec } from '../model/person-spec';
import type { Matcher } from '../taxonomy/compile';

/** The second stage: every criterion with the skills it names. */
export function matchSpec(spec: PersonSpec, matcher: Matcher): AnalysedSpec {
  return {
    ...spec,
    criteria: spec.criteria.map((c) => ({
      ...c,
      hits: matchText(matcher, c.text, { title: spec.title, category: c.category }),
    })),
  };
}

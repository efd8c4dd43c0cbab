import type { AnalysedSpec } from '../model/analysed-spec';
import type { PersonSpec } from '../model/person-spec';
import type { Matcher } from '../taxonomy/compile';
import { matchText } from './match-text';

/** Every criterion with the skills it names. */
export function analyseSpec(spec: PersonSpec, matcher: Matcher): AnalysedSpec {
  return { ...spec, criteria: spec.criteria.map((c) => ({ ...c, hits: matchText(matcher, c.text) })) };
}

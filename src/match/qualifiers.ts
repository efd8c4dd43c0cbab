import type { Qualifier } from '../spec/skill-hit';
import type { TokenScopes } from './clauses';
import { findPhrases, phraseSet, type PhraseSet } from './phrase-finder';
import type { Token } from './tokenise';

type Rule = { qualifier: Qualifier; cues: PhraseSet; reach: 'before-hit' | 'after-hit' | 'clause' };

/** In priority order: the first rule whose cue reaches a hit gives its qualifier. */
const RULES: Rule[] = [
  {
    qualifier: 'eligible',
    reach: 'before-hit',
    cues: phraseSet(['eligible for', 'eligibility for', 'eligible to', 'awaiting', 'pending', 'due to qualify']),
  },
  {
    qualifier: 'willing-to-undertake',
    reach: 'clause',
    cues: phraseSet([
      'willing to',
      'willingness to',
      'prepared to undertake',
      'prepared to work towards',
      'commitment to undertake',
      'commitment to complete',
      'commitment to work towards',
      'to be completed within',
      'to be achieved within',
      'must be completed within',
      'of appointment',
      'of commencement',
      'of starting',
      'able to undertake',
    ]),
  },
  {
    qualifier: 'working-towards',
    reach: 'clause',
    cues: phraseSet([
      'working towards',
      'working toward',
      'work towards',
      'close to achieving',
      'close to completion',
      'currently undertaking',
      'currently studying',
      'studying towards',
      'studying for',
      'in the process of',
    ]),
  },
  {
    qualifier: 'or-equivalent',
    reach: 'after-hit',
    cues: phraseSet(['or equivalent', 'or equiv', 'or an equivalent', 'or the equivalent', 'or comparable', 'or similar']),
  },
];

/** The qualifier that applies to the hit at tokens [start, end), if any. */
export function qualifierFinder(tokens: readonly Token[], scopes: TokenScopes) {
  const found = RULES.map((rule) => ({ rule, cues: findPhrases(tokens, rule.cues) }));
  return (start: number, end: number): Qualifier | undefined => {
    const clause = scopes.clause[start];
    for (const { rule, cues } of found) {
      for (const cue of cues) {
        if (scopes.clause[cue.start] !== clause) continue;
        if (rule.reach === 'before-hit' && cue.end > start) continue;
        if (rule.reach === 'after-hit' && cue.start < end) continue;
        return rule.qualifier;
      }
    }
    return undefined;
  };
}

import type { SkillHit } from '../model/skill-hit';
import type { Matcher } from '../taxonomy/compile';
import { explain } from './find-candidates';
import { reviewSpans } from './learned/review-spans';
import type { MatchContext } from './match-context';
import { negatedTokens } from './negation';
import { readParams } from './params';
import { readQualifiers } from './qualifiers';
import { readSpans } from './read-spans';
import { inCategory } from './candidate-category';

/**
 * Every skill the text names, with exact offsets into it, its qualifier, negation and explanation.
 * The advert's `context` (its title) settles what the text leaves open: which part of the NMC register
 * "NMC registration" means on a midwife's advert.
 */
export function matchText(matcher: Matcher, text: string, context: MatchContext = {}): SkillHit[] {
  const read = readSpans(matcher, text, context);
  if (!read) return [];
  const { tokens, scopes } = read;
  const spans = matcher.learned ? reviewSpans(matcher, matcher.learned, read, context) : read.spans;
  if (spans.length === 0) return [];

  const negated = negatedTokens(text, tokens, scopes);
  const ranges = spans.map((span) => ({
    start: span[0]!.start,
    end: span[0]!.end,
    skillIds: span.map((c) => c.terminal.skillId!),
    isExperience: span.some(inCategory(matcher, 'experience')),
  }));
  const qualifiers = readQualifiers(tokens, scopes, ranges);
  const params = readParams(tokens, scopes, ranges);

  const hits: SkillHit[] = [];
  spans.forEach((span, k) => {
    const first = span[0]!;
    const start = tokens[first.start]!.start;
    const end = closeBracket(text, start, tokens[first.end - 1]!.end);
    const qualifier = qualifiers[k];
    for (const candidate of span) {
      const hit: SkillHit = {
        skillId: candidate.terminal.skillId!,
        start,
        end,
        matchedText: text.slice(start, end),
        variant: candidate.terminal.variant,
        rule: explain(candidate, tokens),
        negated: negated[first.start] === 1,
      };
      if (qualifier) hit.qualifier = qualifier;
      const p = params[k];
      if (p) hit.params = p;
      hits.push(hit);
    }
  });
  return hits;
}

/** "Registered Nurse (Adult" is highlighted with its closing bracket. */
function closeBracket(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const unbalanced = span.split('(').length > span.split(')').length;
  return unbalanced && text[end] === ')' ? end + 1 : end;
}

import type { SkillHit } from '../spec/skill-hit';
import type { Matcher } from '../taxonomy/compile';
import { scopeTokens } from './clauses';
import { findCandidates, type Candidate } from './find-candidates';
import { negatedTokens } from './negation';
import { paramsFinder } from './params';
import { qualifierFinder } from './qualifiers';
import { selectSpans } from './select-spans';
import { tokenise } from './tokenise';

/** Every skill the text names, with exact offsets into it, its qualifier, negation and explanation. */
export function matchText(matcher: Matcher, text: string): SkillHit[] {
  const tokens = tokenise(text);
  if (tokens.length === 0) return [];
  const scopes = scopeTokens(text, tokens);
  const spans = selectSpans(findCandidates(matcher, tokens, scopes));
  if (spans.length === 0) return [];

  const negated = negatedTokens(tokens, scopes);
  const qualifierAt = qualifierFinder(tokens, scopes);
  const paramsAt = paramsFinder(tokens, scopes);

  const hits: SkillHit[] = [];
  for (const span of spans) {
    const first = span[0]!;
    const start = tokens[first.start]!.start;
    const end = closeBracket(text, start, tokens[first.end - 1]!.end);
    for (const candidate of mostSpecific(matcher, span)) {
      const skill = matcher.skills.get(candidate.terminal.skillId)!;
      const hit: SkillHit = {
        skillId: skill.id,
        start,
        end,
        matchedText: text.slice(start, end),
        variant: candidate.terminal.variant,
        rule: candidate.rule,
        negated: negated[first.start] === 1,
      };
      const qualifier = qualifierAt(first.start, first.end);
      if (qualifier) hit.qualifier = qualifier;
      const params = paramsAt(first.start, first.end, skill.category === 'experience');
      if (params) hit.params = params;
      hits.push(hit);
    }
  }
  return hits;
}

/** One span naming a skill and its broader parent keeps only the specific skill. */
function mostSpecific(matcher: Matcher, span: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return span.filter((c) => {
    const id = c.terminal.skillId;
    if (seen.has(id)) return false;
    seen.add(id);
    return !span.some((other) => isParentOf(matcher.skills.get(other.terminal.skillId)!, id));
  });
}

const isParentOf = (skill: { implies: string[]; broader: string[] }, id: string) =>
  skill.implies.includes(id) || skill.broader.includes(id);

/** "Registered Nurse (Adult" is highlighted with its closing bracket. */
function closeBracket(text: string, start: number, end: number): number {
  const span = text.slice(start, end);
  const unbalanced = span.split('(').length > span.split(')').length;
  return unbalanced && text[end] === ')' ? end + 1 : end;
}

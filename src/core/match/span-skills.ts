import type { Matcher } from '../taxonomy/compile';
import { EXPERIENCE_FRAMES } from '../taxonomy/experience-frames';
import { registerOfTitle } from '../taxonomy/register-of-title';
import type { TokenScopes } from './clauses';
import { experienceObjects, professionsOfTitle } from './experience-objects';
import type { Candidate } from './find-candidates';
import type { Token } from '../text/tokenise';
import type { MatchContext } from './match-context';

/** One span naming a skill and its more general parent keeps only the specific skill, once. */
export function mostSpecific(matcher: Matcher, span: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return span.filter((c) => {
    const id = c.terminal.skillId!;
    if (seen.has(id)) return false;
    seen.add(id);
    return !span.some((other) => isParentOf(matcher.skills.get(other.terminal.skillId!)!, id));
  });
}

const isParentOf = (skill: { implies: string[]; broader: string[] }, id: string) =>
  skill.implies.includes(id) || skill.broader.includes(id);

/**
 * The span's skills with those they name as well: "RMN" is a registered nurse in the mental health
 * field (`alsoNames`), and "NMC registration" on a midwife's advert is the midwives' part of the
 * register (the advert's title, when known).
 */
export function withSkillsAlsoNamed(matcher: Matcher, span: Candidate[], context: MatchContext): Candidate[] {
  const out = [...span];
  const add = (from: Candidate, id: string, because: string) => {
    if (out.some((c) => c.terminal.skillId === id)) return;
    out.push({ ...from, terminal: { ...from.terminal, skillId: id }, because });
  };
  for (const candidate of span) {
    const skill = matcher.skills.get(candidate.terminal.skillId!)!;
    for (const id of skill.alsoNames) add(candidate, id, `which names "${matcher.skills.get(id)!.label}" too`);
    const register = context.title ? registerOfTitle(skill.id, context.title) : null;
    if (register && matcher.skills.has(register)) add(candidate, register, `on an advert for "${context.title}"`);
  }
  return out;
}

/** The experience the text asks for by the shape of its sentence ("experience of working with …"), as spans. */
export function readExperienceObjects(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  context: MatchContext,
): Candidate[][] {
  const taken = spans.map((span) => ({ start: span[0]!.start, end: span[0]!.end }));
  return experienceObjects(tokens, scopes, taken, context.title)
    .filter((object) => matcher.skills.has(object.skillId))
    .map((object) => {
      const variant = tokens
        .slice(object.start, object.end)
        .map((t) => t.raw)
        .join(' ');
      const rule = { skillId: object.skillId, pattern: variant, needs: null, unless: null, window: 0, cueKind: null };
      const terminal = { rule, skillId: object.skillId, variant, length: 0, exactCase: null, wordLike: false };
      return [
        { start: object.start, end: object.end, terminal, cue: -1, cueLength: 0, explanation: object.explanation },
      ];
    });
}

/** Words that join a generic registration to the register it turns out to be ("registration with the"). */
const JOINING = new Set(['with', 'on', 'the', 'a', 'an', 'to', 'by', 'of', 'as']);
const LINKS = new Set(['with', 'on', 'to', 'by']);

/**
 * A span that only names a more general skill of the span right after it, joined by a link word
 * ("current registration with the General Dental Council", "Registered Practitioner with NMC …"),
 * is that skill's span: the general one goes. A bracket or comma between them ("registered with the
 * relevant body (HCPC, NMC)") makes the general ask stand with its examples.
 */
export function withoutGenericBeforeSpecific(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  return spans.filter((span, k) => {
    const next = spans[k + 1];
    if (!next) return true;
    const end = span[0]!.end;
    const start = next[0]!.start;
    if (start <= end || scopes.segment[start] !== scopes.segment[end - 1]) return true;
    const between = tokens.slice(end, start).map((t) => t.norm);
    if (!between.every((w) => JOINING.has(w)) || !between.some((w) => LINKS.has(w))) return true;
    const specific = next.map((c) => matcher.skills.get(c.terminal.skillId!)!);
    return !span.every((c) => specific.some((skill) => isParentOf(skill, c.terminal.skillId!)));
  });
}

/**
 * Experience of a place of care means what the labelling rules say it means for the advert's role: for
 * a registered profession, experience of a setting ("a hospital environment", "a primary care setting")
 * is specialty experience, not the care experience asked of a role without registration.
 */
export function settingsForRole(matcher: Matcher, spans: Candidate[][], context: MatchContext): Candidate[][] {
  if (!context.title || !matcher.skills.has(SPECIALTY) || professionsOfTitle(context.title).length === 0) return spans;
  const because = `a setting, on an advert for "${context.title}"`;
  return spans.map((span) =>
    span.map((c) =>
      c.terminal.skillId === CARE_SETTING && PLACE.test(c.terminal.variant)
        ? { ...c, terminal: { ...c.terminal, skillId: SPECIALTY }, because }
        : c,
    ),
  );
}

const CARE_SETTING = EXPERIENCE_FRAMES.careSettingId;
/** Care experience that names a place ("a hospital environment"), not care experience in general. */
const PLACE = /\b(settings?|environments?|hospitals?|homes?|wards?|units?|services?|sector)\b/i;
const SPECIALTY = EXPERIENCE_FRAMES.skillId;

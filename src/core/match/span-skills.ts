import { alternativeAfter, complementNamesRegister, withoutRegisterParts } from './qualification/register-complement';
import { inCategory } from './candidate-category';
import type { Matcher } from '../taxonomy/compile';
import { EXPERIENCE_FRAMES } from '../taxonomy/experience-frames';
import { professionsNamed } from '../taxonomy/profession-words';
import { registerOfTitle } from '../taxonomy/register-of-title';
import type { TokenScopes } from './clauses';
import { experienceObjects } from './experience/experience-objects';
import { supportRoleTitle } from './role/support-role';
import { professionsOfTitle } from './role/title-professions';
import type { Candidate } from './find-candidates';
import { readCandidate } from './read-candidate';
import { roleInField } from './experience/role-in-specialty';
import type { Token } from '../text/tokenise';
import type { MatchContext } from './match-context';

/**
 * One span naming a skill and its more general parent keeps only the specific skill, once, unless the
 * specific one names the parent as well (`alsoNames`).
 */
export function mostSpecific(matcher: Matcher, span: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return span.filter((c) => {
    const id = c.terminal.skillId!;
    if (seen.has(id)) return false;
    seen.add(id);
    return !span.some((other) => {
      const skill = matcher.skills.get(other.terminal.skillId!)!;
      // A skill the child names as well stays (labelling: "RMN" is reg-nmc-nurse and its field).
      return isParentOf(skill, id) && !skill.alsoNames.includes(id);
    });
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

/**
 * The spans with the experience the text asks for by the shape of its sentence ("experience of working
 * with …") added. Words that name the role "experienced" qualifies ("an experienced Mental Health
 * Nurse") are that role, not also a specialty.
 */
export function withExperienceObjects(
  matcher: Matcher,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
  context: MatchContext,
): Candidate[][] {
  const range = (span: Candidate[]) => ({ start: span[0]!.start, end: span[0]!.end });
  const isField = (span: Candidate[]) => span.every((c) => FIELD_SKILLS.has(c.terminal.skillId!));
  const taken = spans.map(range);
  const fields = spans.filter(isField).map(range);
  // A post-registration award says what the role is as a registration does ("an experienced QIS nurse").
  const isQuality = (span: Candidate[]) =>
    span.every(
      (c) =>
        inCategory(matcher, 'registration')(c) ||
        inCategory(matcher, 'values')(c) ||
        c.terminal.skillId === 'qual-specialist-post-reg',
    );
  const qualities = spans.filter(isQuality).map(range);
  const objects = experienceObjects(tokens, scopes, taken, context.title, fields, qualities).filter((o) =>
    matcher.skills.has(o.skillId),
  );
  const inRole = (span: Candidate[]) =>
    objects.some((o) => o.role && span[0]!.start >= o.start && span[0]!.end <= o.end);
  const kept = spans
    .map((span) => (inRole(span) ? span.filter((c) => c.terminal.skillId !== SPECIALTY) : span))
    .filter((span) => span.length > 0);
  // "an experienced Registered Nurse working in Respiratory": the experience is of the field, not only the profession.
  const fieldsAt = [
    ...kept.filter((span) => span.some((c) => c.terminal.skillId === SPECIALTY)).map((span) => span[0]!.start),
    ...objects.filter((o) => !o.role && o.skillId === SPECIALTY).map((o) => o.start),
  ];
  const inField = (o: (typeof objects)[number]) =>
    o.role && o.skillId === POST_REGISTRATION && fieldsAt.some((at) => roleInField(tokens, scopes, o.end, at));
  const read = objects
    .filter((o) => !inField(o))
    .map((o) => [readCandidate(tokens, [o.start, o.end], o.skillId, () => o.explanation)]);
  return [...kept, ...read].sort((a, b) => a[0]!.start - b[0]!.start);
}

/** Words that join a generic registration to the register it turns out to be ("registration with the"). */
const JOINING = new Set(['with', 'on', 'the', 'a', 'an', 'to', 'by', 'of', 'as']);
const LINKS = new Set(['with', 'on', 'to', 'by']);

/**
 * A span that only names a more general skill of the span next to it, joined by a link word
 * ("current registration with the General Dental Council", "Registered Nurse with live registration"),
 * or right after it ("NMC professional registration"), is that skill's span: the general one goes. So is a general
 * registration whose complement names the register (`complementNamesRegister`: "registration as a dietitian with the
 * HCPC"), unless another register follows as an alternative. A bracket or comma between them ("registered with the
 * relevant body (HCPC, NMC)") makes the general ask stand with its examples.
 */
export function withoutGenericBeforeSpecific(
  matcher: Matcher,
  text: string,
  tokens: readonly Token[],
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  // "NMC professional registration": a register named right before words naming no register is that registration.
  const joined = (a: Candidate[], b: Candidate[], adjacent = false) => {
    const end = a[0]!.end;
    const start = b[0]!.start;
    if (start < end || (start === end && !adjacent) || scopes.segment[start] !== scopes.segment[end - 1]) return false;
    const between = withoutRegisterParts(tokens.slice(end, start).map((t) => t.norm));
    return between.every((w) => JOINING.has(w)) && (between.length === 0 || between.some((w) => LINKS.has(w)));
  };
  const generalOf = (span: Candidate[], other: Candidate[] | undefined) =>
    other !== undefined &&
    span.every((c) => other.some((o) => isParentOf(matcher.skills.get(o.terminal.skillId!)!, c.terminal.skillId!)));
  // After the specific one, only a registration that names no register at all goes ("… with live registration").
  const namesNothing = (span: Candidate[]) =>
    span.every((c) => {
      const skill = matcher.skills.get(c.terminal.skillId!)!;
      return skill.implies.length === 0 && skill.broader.length === 0;
    });
  return spans.filter((span, k) => {
    const next = spans[k + 1];
    const previous = spans[k - 1];
    // A general registration naming no register, followed by the profession registered as or the register's name.
    const complement = () =>
      next !== undefined &&
      namesNothing(span) &&
      complementNamesRegister(text, tokens, scopes, span[0]!.end, next[0]!.start) &&
      !alternativeAfter(tokens, scopes, text, next[0]!.end, spans[k + 2]);
    if (next && (joined(span, next) || complement()) && generalOf(span, next)) return false;
    return !(previous && joined(previous, span, true) && generalOf(span, previous) && namesNothing(span));
  });
}

/**
 * A general qualification asked for beside a more specific one that counts towards it, in the same
 * clause ("Degree/Diploma in Physiotherapy", "BSc (Hons) or equivalent occupational therapy
 * qualification"), is the specific one. Qualifications that include one another ("MSc or PG Dip",
 * "degree or postgraduate diploma") are alternatives and both stay.
 */
export function withoutGenericQualifications(
  matcher: Matcher,
  scopes: TokenScopes,
  spans: readonly Candidate[][],
): Candidate[][] {
  const qualification = (id: string) => matcher.skills.get(id)!.category === 'qualification';
  return spans
    .map((span) =>
      span.filter((c) => {
        const id = c.terminal.skillId!;
        if (!qualification(id)) return true;
        const clause = scopes.clause[c.start];
        return !spans.some(
          (other) =>
            other !== span &&
            other.some(
              (o) =>
                scopes.clause[o.start] === clause &&
                qualification(o.terminal.skillId!) &&
                matcher.skills.get(o.terminal.skillId!)!.broader.includes(id),
            ),
        );
      }),
    )
    .filter((span) => span.length > 0);
}

/**
 * Experience of a place of care means what the labelling rules say it means for the advert's role: for
 * a registered profession, experience of a setting ("a hospital environment", "a primary care setting")
 * is specialty experience, not the care experience asked of a role without registration.
 */
export function settingsForRole(matcher: Matcher, spans: Candidate[][], context: MatchContext): Candidate[][] {
  if (!context.title || !matcher.skills.has(SPECIALTY) || !registeredRoleTitle(context.title)) return spans;
  const because = `a setting, on an advert for "${context.title}"`;
  return spans.map((span) =>
    span.map((c) =>
      c.terminal.skillId === CARE_SETTING && PLACE.test(c.terminal.variant)
        ? { ...c, terminal: { ...c.terminal, skillId: SPECIALTY }, because }
        : c,
    ),
  );
}

/**
 * A specialty phrase that only names the advert's own profession ("5 years pharmacy experience" on a
 * pharmacy technician's advert) is experience in the profession (labelling rule 9).
 */
export function ownProfessionForRole(
  tokens: readonly Token[],
  spans: Candidate[][],
  context: MatchContext,
): Candidate[][] {
  const professions = registeredRoleTitle(context.title) ? professionsOfTitle(context.title) : [];
  if (professions.length === 0) return spans;
  const because = `the profession of the advert "${context.title}"`;
  return spans.map((span) =>
    span.map((c) => {
      if (c.terminal.skillId !== SPECIALTY) return c;
      const named = professionsNamed(tokens.slice(c.start, c.end).map((t) => t.norm));
      if (!named?.some((p) => professions.includes(p))) return c;
      return { ...c, terminal: { ...c.terminal, skillId: POST_REGISTRATION }, because };
    }),
  );
}

/** A title naming a registered profession, not a support role beside one ("Pharmacy Assistant"). */
const registeredRoleTitle = (title: string | null | undefined): boolean =>
  professionsOfTitle(title).length > 0 && !supportRoleTitle(title);

const POST_REGISTRATION = EXPERIENCE_FRAMES.ownProfessionId;
const CARE_SETTING = EXPERIENCE_FRAMES.careSettingId;
/** Care experience that names a place ("a hospital environment"), not care experience in general. */
const PLACE = /\b(settings?|environments?|hospitals?|homes?|wards?|units?|services?|sector)\b/i;
const SPECIALTY = EXPERIENCE_FRAMES.skillId;
const FIELD_SKILLS: ReadonlySet<string> = new Set(EXPERIENCE_FRAMES.fieldSkills);

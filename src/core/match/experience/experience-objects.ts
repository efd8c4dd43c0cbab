import { expandPattern } from '../../taxonomy/expand-pattern';
import { EXPERIENCE_FRAMES } from '../../taxonomy/experience-frames';
import { professionsNamed } from '../../taxonomy/profession-words';
import type { Token } from '../../text/tokenise';
import type { TokenScopes } from '../clauses';
import { phraseAt, phraseSet } from '../phrase-finder';
import { professionsOfTitle } from '../role/title-professions';
import { SPECIALTIES } from '../../taxonomy/specialties';
import { hasLetter } from '../../text/letters';
import { fieldHead, isFieldNoun, namesField } from './experience-fields';
import { objectAfter, objectBefore, objectStart } from './experience-object-range';
import { furtherObjects } from './experience-object-list';
import type { Compiled } from './experience-words';
import { onlyQualifiers, postLevel, roleExperience } from './experienced-role';
import { levelAsRole, namesALevel } from './experience-level';
import { experienceToGain } from './experience-to-gain';
import { titleAfter } from './experienced-title';
import { roleAfterAs } from './experience-as-role';
import { clientGroupAfter } from './client-group';
import type { ExperienceObject, Taken } from './experience-object';
import { normsOf, phrasesLongestFirst } from '../../text/word-norms';

/** -ing words that name a field, not an activity ("learning disabilities", "nursing homes"). */
const FIELD_ING = new Set(['nursing', 'learning', 'hearing', 'housing', 'ageing', 'eating']);
/** Words naming people, made on first use. */
let groupWords: Set<string> | undefined;
const SPECIALTY_PHRASES = phraseSet(SPECIALTIES.flatMap(([, phrases]) => phrases));

let compiled: Compiled | undefined;

export function compile(): Compiled {
  const f = EXPERIENCE_FRAMES;
  compiled ??= {
    heads: normsOf(f.heads),
    nounHeads: normsOf(f.nounHeads),
    links: normsOf(f.links),
    bridges: phrasesLongestFirst(f.bridges.flatMap((b) => expandPattern(b))),
    determiners: normsOf(f.determiners),
    stops: normsOf(f.stops),
    generic: normsOf(f.generic),
    modifiers: normsOf(f.modifiers),
    practitioners: normsOf(f.practitioners),
    careRoles: normsOf(f.careRoles),
    posts: normsOf(f.posts),
    managers: normsOf(f.managers),
    roleWords: normsOf(f.roleWords),
    activities: normsOf(f.activities),
    seniority: normsOf(f.seniority),
    specialtyEnding: new RegExp(`(${f.specialtyEndings.join('|')})$`),
    specialtyWords: normsOf(f.specialtyWords),
    specialtyReferences: normsOf(f.specialtyReferences),
    pointers: normsOf(f.pointers),
    ownFieldNouns: normsOf(f.ownFieldNouns),
    ownPointers: normsOf(f.ownPointers),
    anchors: normsOf([...f.groups, ...f.places]),
    notSpecialties: normsOf(f.notSpecialties),
  };
  return compiled;
}

/**
 * The specialties, settings and client groups the text asks experience of without naming one of the
 * taxonomy's phrases: the object after "experience of / in / with" (through "working with", "the
 * management of"), or the words before "experience" ("Endoscopy experience"). An object that is a
 * skill already read, an activity ("experience of managing budgets"), or only generic words ("a busy
 * team") names nothing; the advert's own profession ("5 years pharmacy experience" on a pharmacist's
 * advert) is post-registration experience.
 */
export function experienceObjects(
  tokens: readonly Token[],
  scopes: TokenScopes,
  taken: readonly Taken[],
  title: string | null | undefined,
  /** Phrases of skills that name a field of work as well ("public health"): an object with one is a specialty. */
  fields: readonly Taken[] = [],
  /** Phrases of a registration or a personal quality, which say what the role is, not what it is experienced in. */
  qualities: readonly Taken[] = [],
): ExperienceObject[] {
  const c = compile();
  const found: ExperienceObject[] = [];
  const titleProfessions = professionsOfTitle(title);
  // A field skill may lie inside the object; classify decides whether the object is a field by it.
  const unlessField = taken.filter((t) => !fields.some((f) => f.start === t.start && f.end === t.end));
  const more: ExperienceObject[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    // "Lived experience of mental health services" is the applicant's own life, not a specialty.
    if (tokens[i - 1]?.norm === 'lived' || experienceToGain(tokens, i)) continue;
    const object = c.heads.has(norm) ? objectAfter(c, tokens, scopes, i) : null;
    const opened = c.heads.has(norm) ? objectStart(c, tokens, scopes, i) : null;
    if (opened) more.push(...furtherSpecialties(c, tokens, scopes, i, opened[0], unlessField, fields));
    const group = opened ? clientGroupAfter(c, tokens, scopes, i, opened[0], taken) : null;
    if (group) more.push(group);
    const asRole = opened ? levelAsRole(c, tokens, scopes, i) : null;
    if (asRole && !taken.some((t) => t.start < asRole[1] && t.end > asRole[0]))
      more.push(levelObject(tokens, i, asRole));
    const before = !object && c.nounHeads.has(norm) ? objectBefore(c, tokens, scopes, i) : null;
    const titled = !object && !before && norm === 'experienced' ? titleAfter(c, tokens, scopes, i) : null;
    const post = titled ? postLevel(c, tokens, titled) : undefined;
    // A post that names a skill ("an experienced Project Manager") asks for that skill, not for a level.
    if (post === null || (post && taken.some((t) => t.start <= titled![1] && t.end > titled![0]))) continue;
    let own = titled !== null && (post !== undefined || onlyQualifiers(c, tokens, titled));
    let range = own ? titled : untaken(c, tokens, object ?? before ?? titled, unlessField);
    let named =
      range &&
      (post ??
        (own
          ? roleExperience(c, tokens, range)
          : (namesALevel(c, tokens, range) ??
            classify(c, tokens, range, taken, titleProfessions, fieldHead(tokens, i, object !== null), fields))));
    // "an experienced and dynamic Specialist Nurse": words that name no specialty still leave the role experienced.
    // A skill inside the words ("an experienced Cardiac Nurse") says what the experience is of instead.
    // A registration or a quality inside the words ("an experienced HCPC registered podiatrist") leaves it bare.
    const quality = (t: Taken) => qualities.some((q) => q.start === t.start && q.end === t.end);
    const bare = titled && !taken.some((t) => t.start < titled[1] && t.end > titled[0] && !quality(t));
    if (!named && bare) [own, range, named] = [true, titled, roleExperience(c, tokens, titled)];
    // "experience as a Physiotherapist" on any advert: the role gained in is read as "an experienced [role]" is.
    const gainedAs = !named && object ? roleAfterAs(c, tokens, scopes, i) : null;
    if (gainedAs && !taken.some((t) => t.start < gainedAs[1] + 1 && t.end > gainedAs[0]))
      [own, range, named] = [true, gainedAs, roleExperience(c, tokens, gainedAs)];
    if (!range || !named) continue;
    const words = tokens
      .slice(range[0], range[1])
      .map((t) => t.raw)
      .join(' ');
    const head = tokens[i]!.raw;
    const how = object ? `"${head}" of "${words}"` : titled ? `"${head} ${words} …"` : `"${words} ${head}"`;
    const what =
      named === EXPERIENCE_FRAMES.skillId
        ? 'a specialty, setting or client group'
        : named === EXPERIENCE_FRAMES.bandId
          ? 'a senior post'
          : named === EXPERIENCE_FRAMES.careSettingId
            ? 'care work'
            : 'the own profession';
    found.push({
      start: range[0],
      end: range[1],
      skillId: named,
      explanation: `${how}: experience of ${what}`,
      role: own,
    });
  }
  const overlaps = (o: ExperienceObject) => found.some((f) => f.start < o.end && f.end > o.start);
  return [...found, ...more.filter((o, k) => !overlaps(o) && !more.slice(0, k).some((p) => p.start === o.start))];
}

/**
 * The objects after the first that name a specialty. One joined by "and"/"or" shares the first one's kind:
 * after a skill or an activity ("experience of managing patients with X and Y") it is that activity's
 * object too. One introduced by "in"/"within" is where the experience was, unless it names people
 * ("prescribing antibiotics in elderly patients" is whom the activity is for).
 */
function furtherSpecialties(
  c: Compiled,
  tokens: readonly Token[],
  scopes: TokenScopes,
  head: number,
  first: number,
  taken: readonly Taken[],
  fields: readonly Taken[],
): ExperienceObject[] {
  const { firstEnd, further } = furtherObjects(c, tokens, scopes, head, first);
  const firstWord = tokens[first]!.norm;
  const activity =
    (firstWord.endsWith('ing') && !FIELD_ING.has(firstWord)) ||
    tokens.slice(first, firstEnd).some((t) => c.activities.has(t.norm)) ||
    taken.some((t) => t.start <= first && t.end > first);
  const groups = (groupWords ??= normsOf(EXPERIENCE_FRAMES.groups));
  const people = (range: [number, number]) => tokens.slice(...range).some((t) => groups.has(t.norm));
  return further.flatMap(({ range: piece, where }) => {
    if (where ? people(piece) : activity) return [];
    const range = untaken(c, tokens, piece, taken);
    if (!range || classify(c, tokens, range, taken, [], '', fields) !== EXPERIENCE_FRAMES.skillId) return [];
    const words = tokens
      .slice(range[0], range[1])
      .map((t) => t.raw)
      .join(' ');
    const explanation = `"${tokens[head]!.raw}" of "${words}", after its first object: experience of a specialty, setting or client group`;
    return [{ start: range[0], end: range[1], skillId: EXPERIENCE_FRAMES.skillId, explanation, role: false }];
  });
}

/**
 * The object without a skill read later in it ("Medicine at an NHS Trust" → "Medicine"); null when a
 * skill starts it ("experience of budget management" is that skill).
 */
function untaken(
  c: Compiled,
  tokens: readonly Token[],
  range: [number, number] | null,
  taken: readonly Taken[],
): [number, number] | null {
  if (!range) return null;
  const start = range[0];
  let end = range[1];
  for (const t of taken) {
    if (t.start <= start && t.end > start) return null;
    if (t.start <= start || t.start >= end) continue;
    // A skill after a link word ends the object; a skill the object's words lead into is what it is,
    // unless those words name a specialty it is done in ("aseptic | dispensing experience").
    const before = tokens[t.start - 1]!.norm;
    // A skill that opens with its own link word ("on a busy ward") ends the object as the link would.
    const linked = c.links.has(before) || c.links.has(tokens[t.start]!.norm);
    if (!linked && !c.determiners.has(before) && !namesSpecialty(tokens, start, t.start)) return null;
    end = Math.min(end, t.start);
  }
  return [start, end];
}

/** The anchor an object names, or null for a skill, an activity or only generic words. */
export function classify(
  c: Compiled,
  tokens: readonly Token[],
  [start, end]: [number, number],
  taken: readonly Taken[],
  titleProfessions: readonly string[],
  head = '',
  fields: readonly Taken[] = [],
): string | null {
  const first = tokens[start]!.norm;
  if (first.endsWith('ing') && !FIELD_ING.has(first)) return null;
  if (tokens.slice(start, end).some((t) => c.activities.has(t.norm))) return null;
  if (namesSpecialty(tokens, start, end) || pointsAtSpecialty(c, tokens, start, end)) return EXPERIENCE_FRAMES.skillId;
  // "experienced in your own discipline": the applicant's profession, whichever it is.
  const own = tokens.slice(start, end).map((t) => t.norm);
  if (
    c.ownFieldNouns.has(own[own.length - 1]!) &&
    own.slice(0, -1).every((w) => c.ownPointers.has(w)) &&
    own.length > 1
  )
    return EXPERIENCE_FRAMES.ownProfessionId;
  // "health promotion work", "a public health adviser"; "public health surveillance" is an activity of the skill.
  const asField = (f: Taken) => f.start >= start && f.end < end && isFieldNoun(tokens[f.end]!.norm);
  if (fields.some(asField)) return EXPERIENCE_FRAMES.skillId;
  const words = tokens.slice(start, end).map((t) => t.norm);
  const content = words.filter((w) => hasLetter(w) && !c.generic.has(w));
  const field = namesField(words, c.generic, head);
  if (content.length === 0 && !field) return null;
  if (taken.some((t) => t.start < end && t.end > start)) return null;
  const anchored = words.some((w) => c.anchors.has(w));
  const named = anchored ? null : professionsNamed(content);
  if (named && named.some((p) => titleProfessions.includes(p))) return EXPERIENCE_FRAMES.ownProfessionId;
  if (field && !named?.length) return EXPERIENCE_FRAMES.skillId;
  const specialty = content.some(
    (w) => c.specialtyWords.has(w) || (c.specialtyEnding.test(w) && !c.notSpecialties.has(w)),
  );
  const qualified = anchored && content.some((w) => !c.anchors.has(w));
  return specialty || qualified ? EXPERIENCE_FRAMES.skillId : null;
}

/** Whether the words name the post's specialty by pointing at it: "the speciality", "your previous specialty". */
function pointsAtSpecialty(c: Compiled, tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    if (!c.specialtyReferences.has(tokens[k]!.norm)) continue;
    // The pointer may sit before the object as read ("within | the speciality") or inside it.
    const before = tokens[k - 1]?.norm === 'previous' ? tokens[k - 2] : tokens[k - 1];
    if (before && c.pointers.has(before.norm)) return true;
  }
  return false;
}

/** Whether a phrase of the specialty list lies wholly inside tokens [start, end). */
export function namesSpecialty(tokens: readonly Token[], start: number, end: number): boolean {
  for (const phrase of SPECIALTY_PHRASES.phrases) {
    for (let i = start; i + phrase.length <= end; i++) if (phraseAt(tokens, i, phrase)) return true;
  }
  return false;
}

const levelObject = (tokens: readonly Token[], head: number, [start, end]: [number, number]): ExperienceObject => {
  const words = tokens
    .slice(start, end)
    .map((t) => t.raw)
    .join(' ');
  const explanation = `"${tokens[head]!.raw}" gained "as a ${words}": experience of a senior post`;
  return { start, end, skillId: EXPERIENCE_FRAMES.bandId, explanation, role: false };
};

import { holderOf, isSelfEvident } from '../compare/evidence';
import { profileHoldings, type Holding } from '../compare/holdings';
import { daysBetween } from '../compare/warnings';
import type { Level } from '../model/criterion';
import type { EvidenceNote, Profile } from '../model/profile';
import type { CriterionReport, Report, Requirement, SkillVerdict } from '../model/report';
import type { Skill } from '../model/skill';
import { formatDate } from '../present/format-date';
import { isComplete, type EvidenceReview, type NoteFields } from '../model/evidence-review';
import { whatIsLacking } from './review-words';

export type ShortlistScore = 0 | 1 | 2;

/** How a shortlister would likely score a criterion from the profile, and why, in plain words. */
export type CriterionShortlisting = { score: ShortlistScore; why: string };

export type Shortlisting = {
  /** By criterion id. */
  criteria: Map<string, CriterionShortlisting>;
  /** The level shortlisting turns on: essential, or unmarked criteria when the advert marks none. */
  primary: Exclude<Level, 'desirable'>;
  /** Points on that level's criteria: 2 a criterion, every criterion counted. */
  points: { earned: number; possible: number };
};

/** The review of a note's text; undefined while it is not known yet. */
export type ReviewOf = (note: NoteFields) => EvidenceReview | undefined;

type Judged = { ok: boolean; why: string };

/**
 * The shortlister's view: 0 when nothing in the profile evidences a criterion; 1 when it is held (a
 * skill, a registration, a qualification) but without a specific example, or met only in part; 2 for
 * an example with a situation, the applicant's own action and a result, or a registration or
 * qualification held (and, for a registration, in date at the closing date). It reads the profile and
 * the examples' reviews only: nothing in the advert, and no keyword in a note, can raise it.
 */
export function shortlist(
  report: Report,
  profile: Profile,
  skills: ReadonlyMap<string, Skill>,
  reviewOf: ReviewOf,
  now = new Date(),
): Shortlisting {
  const holdings = profileHoldings(profile);
  const label = (id: string) => skills.get(id)?.label ?? id;
  const deadline = report.spec.closingDate ?? todayIso(now);

  const judgeVerdict = (verdict: SkillVerdict): Judged => {
    const holder = holderOf(verdict);
    const holding = holdings.get(holder);
    if (isSelfEvident(skills.get(verdict.skillId)) || isSelfEvident(skills.get(holder)) || holding?.recorded) {
      return judgeRecord(verdict, holder, profile, skills, deadline, now);
    }
    return judgeNotes(label(holder), holding, reviewOf);
  };
  const judgeRequirement = (requirement: Requirement): Judged => {
    const judged = requirement.fullyMet.map(judgeVerdict);
    return judged.find((j) => j.ok) ?? judged[0] ?? { ok: false, why: 'Not met in full.' };
  };

  const criteria = new Map<string, CriterionShortlisting>();
  for (const item of report.criteria) criteria.set(item.criterion.id, judgeCriterion(item, label, judgeRequirement));

  const primary = report.criteria.some((c) => c.criterion.level === 'essential') ? 'essential' : 'unspecified';
  let earned = 0;
  let possible = 0;
  for (const item of report.criteria) {
    if (item.criterion.level !== primary) continue;
    earned += criteria.get(item.criterion.id)!.score;
    possible += 2;
  }
  return { criteria, primary, points: { earned, possible } };
}

function judgeCriterion(
  item: CriterionReport,
  label: (id: string) => string,
  judgeRequirement: (r: Requirement) => Judged,
): CriterionShortlisting {
  switch (item.status) {
    case 'not-a-skill':
      return {
        score: 0,
        why: 'No skill the extension recognises, so nothing in your profile is linked to it. A shortlister still scores it: answer it in your own words.',
      };
    case 'missing': {
      const missing = item.skills.filter((s) => s.satisfied === 'no').map((s) => label(s.skillId));
      return { score: 0, why: `Nothing in your profile evidences it (${listed(missing)}).` };
    }
    case 'partial':
      return { score: 1, why: `Only partly met: ${partialReason(item, label)}.` };
    case 'met':
    case 'not-evidenced': {
      const judged = (item.requirements ?? []).map(judgeRequirement);
      const failed = judged.find((j) => !j.ok);
      if (failed) return { score: 1, why: failed.why };
      return { score: 2, why: [...new Set(judged.map((j) => j.why))].join(' ') };
    }
  }
}

function judgeNotes(name: string, holding: Holding | undefined, reviewOf: ReviewOf): Judged {
  const notes = holding?.notes ?? [];
  if (notes.length === 0) return { ok: false, why: `You hold ${name}, but have no example for it yet.` };
  const reviews = notes.map((n) => reviewOf(n)).filter((r): r is EvidenceReview => r !== undefined);
  if (reviews.some(isComplete)) {
    return { ok: true, why: `Your example for ${name} has a situation, your own action and a result.` };
  }
  if (reviews.length < notes.length) return { ok: false, why: `Your example for ${name} is still being checked.` };
  // The example nearest to complete says what is left to do.
  const nearest = [...reviews].sort((a, b) => parts(b) - parts(a))[0]!;
  return { ok: false, why: `Your example for ${name} ${whatIsLacking(nearest) ?? 'is not complete yet'}.` };
}

const parts = (r: EvidenceReview) => +r.situation + +r.action + +r.result + +r.firstPerson;

function judgeRecord(
  verdict: SkillVerdict,
  holder: string,
  profile: Profile,
  skills: ReadonlyMap<string, Skill>,
  deadline: string,
  now: Date,
): Judged {
  const name = skills.get(holder)?.label ?? holder;
  if (verdict.satisfied === 'working-towards') {
    return { ok: true, why: `${name}: you are working towards it, which the advert accepts.` };
  }
  const registrations = profile.registrations.filter((r) => r.skillId === holder || r.skillId === verdict.skillId);
  const dated = registrations.filter((r) => r.expires);
  if (registrations.length > 0 && dated.length === registrations.length) {
    const latest = dated.sort((a, b) => b.expires!.localeCompare(a.expires!))[0]!;
    if (latest.expires! < deadline) {
      const lapsed = daysBetween(now, latest.expires!) < 0;
      return {
        ok: false,
        why: `Your ${latest.body} registration ${lapsed ? 'expired' : 'expires'} on ${formatDate(latest.expires!)}, before the closing date: renew it, or say when it will be renewed.`,
      };
    }
    return { ok: true, why: `${name}: registered, and in date at the closing date.` };
  }
  const registration = [holder, verdict.skillId].some((id) => skills.get(id)?.category === 'registration');
  return {
    ok: true,
    why: registration
      ? `${name}: registered (checked on the register, not by example).`
      : `${name}: held (checked on the certificate, not by example).`,
  };
}

function partialReason(item: CriterionReport, label: (id: string) => string): string {
  const reasons: string[] = [];
  for (const verdict of item.skills) {
    if (verdict.satisfied === 'broader')
      reasons.push(`through a related skill (${label(verdict.via ?? verdict.skillId)})`);
    if (verdict.satisfied === 'working-towards') reasons.push(`you are working towards ${label(holderOf(verdict))}`);
  }
  const missing = item.skills.filter((s) => s.satisfied === 'no').map((s) => label(s.skillId));
  if (missing.length > 0) reasons.push(`not in your profile: ${listed(missing)}`);
  if (reasons.length === 0) reasons.push('the advert asks for more (a duration, a level) than your profile shows');
  return reasons.join('; ');
}

const listed = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const todayIso = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

/** A note's reviews looked up by its text: the same text reads the same wherever it is kept. */
export const noteKey = (note: NoteFields): string => `${note.situation}\u0000${note.action}\u0000${note.result}`;

/** A review lookup over reviews computed already (the command line, the background's answer). */
export function reviewLookup(reviews: Iterable<[NoteFields, EvidenceReview]>): ReviewOf {
  const byText = new Map<string, EvidenceReview>();
  for (const [note, review] of reviews) byText.set(noteKey(note), review);
  return (note: EvidenceNote | NoteFields) => byText.get(noteKey(note));
}

import type { CriterionEvidence, SkillVerdict } from '../model/report';
import type { Skill } from '../model/skill';
import type { ProfileCoverage } from './profile-coverage';

/** Registrations and qualifications are checked on a register or a certificate, not in a statement. */
const SELF_EVIDENT = new Set(['registration', 'qualification']);
export const isSelfEvident = (skill: Skill | undefined): boolean => SELF_EVIDENT.has(skill?.category ?? '');

/** The profile skill that answers a verdict: the skill itself, or the one that implies it. */
export const holderOf = (verdict: SkillVerdict): string => verdict.via ?? verdict.skillId;

/** Whether a requirement met through this verdict still needs an evidence note from the user. */
export function needsNote(
  verdict: SkillVerdict,
  coverage: ProfileCoverage,
  skills: ReadonlyMap<string, Skill>,
): boolean {
  const holder = holderOf(verdict);
  if (SELF_EVIDENT.has(skills.get(verdict.skillId)?.category ?? '')) return false;
  if (SELF_EVIDENT.has(skills.get(holder)?.category ?? '')) return false;
  const holding = coverage.entry(holder);
  return !holding?.recorded && (holding?.notes.length ?? 0) === 0;
}

/** Every note of the profile skills that satisfy a criterion, fully or partly, each once. */
export function criterionEvidence(verdicts: Iterable<SkillVerdict>, coverage: ProfileCoverage): CriterionEvidence[] {
  const seen = new Set<string>();
  const evidence: CriterionEvidence[] = [];
  for (const verdict of verdicts) {
    if (verdict.satisfied === 'no') continue;
    const holder = holderOf(verdict);
    if (seen.has(holder)) continue;
    seen.add(holder);
    for (const note of coverage.entry(holder)?.notes ?? []) evidence.push({ skillId: holder, note });
  }
  return evidence;
}

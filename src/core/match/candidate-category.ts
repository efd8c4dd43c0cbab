import type { SkillCategory } from '../model/skill';
import type { Matcher } from '../taxonomy/compile';
import type { Candidate } from './find-candidates';

/** Whether a candidate's skill is of this category ("communication", "registration" …). */
export const inCategory =
  (matcher: Matcher, category: SkillCategory) =>
  (candidate: Candidate): boolean =>
    matcher.skills.get(candidate.terminal.skillId!)?.category === category;

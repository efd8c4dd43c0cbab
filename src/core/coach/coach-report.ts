import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import type { Skill } from '../model/skill';
import { buildOutline, type Outline } from '../statement/outline';
import { shortlist, type ReviewOf, type Shortlisting } from './shortlisting';
import { suggestLinks, type LinkSuggestion } from './suggestions';

/** What the coach adds to a report: the shortlister's view, the statement's plan, examples to link. */
export type CoachReport = { shortlisting: Shortlisting; outline: Outline; suggestions: LinkSuggestion[] };

export function coachReport(
  report: Report,
  profile: Profile,
  skills: ReadonlyMap<string, Skill>,
  reviewOf: ReviewOf,
  now = new Date(),
): CoachReport {
  const shortlisting = shortlist(report, profile, skills, reviewOf, now);
  return {
    shortlisting,
    outline: buildOutline(report, skills, profile.preferences.wordLimit),
    suggestions: suggestLinks(report, shortlisting, profile, skills, reviewOf),
  };
}

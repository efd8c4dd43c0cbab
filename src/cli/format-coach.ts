import type { CoachReport } from '../core/coach/coach-report';
import { EXAMPLE_WORDS } from '../core/model/evidence-review';
import type { ExampleReview } from '../core/coach/profile-reviews';
import type { Report } from '../core/model/report';
import type { Skill } from '../core/model/skill';
import type { Style } from './format-report';

const tick = (found: boolean) => (found ? '✓' : '✗');

/** The review of each example of the profile: what a shortlister would find in it. */
export function formatEvidenceReview(
  reviews: readonly ExampleReview[],
  skills: ReadonlyMap<string, Skill>,
  style: Style,
): string[] {
  if (reviews.length === 0) return [];
  const label = (id: string) => skills.get(id)?.label ?? id;
  const lines = [style.bold('YOUR EXAMPLES, AS A SHORTLISTER READS THEM')];
  for (const { skillId, exampleId, review } of reviews) {
    lines.push(`  ${label(skillId)} (${exampleId})`);
    const length =
      review.length === 'within' ? '' : ` (${review.length}: ${EXAMPLE_WORDS.min}–${EXAMPLE_WORDS.max} read best)`;
    lines.push(
      style.dim(
        `      situation ${tick(review.situation)} · action ${tick(review.action)} · result ${tick(review.result)}` +
          ` · “I” ${tick(review.firstPerson)} · measurable ${tick(review.measurableResult)}` +
          ` · ${review.words} words${length}`,
      ),
    );
    if (review.values.length > 0) lines.push(style.dim(`      values: ${review.values.map(label).join(', ')}`));
  }
  return ['', ...lines];
}

/** Examples that fit criteria they are not linked to. */
export function formatSuggestions(
  coach: CoachReport,
  report: Report,
  skills: ReadonlyMap<string, Skill>,
  style: Style,
): string[] {
  if (coach.suggestions.length === 0) return [];
  const label = (id: string) => skills.get(id)?.label ?? id;
  const lines = ['', style.bold('EXAMPLES THAT ALSO EVIDENCE A CRITERION')];
  for (const s of coach.suggestions) {
    const criterion = report.criteria.find((c) => c.criterion.id === s.criterionId)!.criterion.text;
    lines.push(`  Your ${label(s.from.skillId)} example (${s.from.noteId}) also evidences “${criterion}”`);
    lines.push(style.dim(`      link it to ${label(s.skillId)} in the extension to use it there`));
  }
  return lines;
}

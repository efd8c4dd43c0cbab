import { useMemo, useState } from 'preact/hooks';
import { coachReport } from '../../core/coach/coach-report';
import type { LinkSuggestion } from '../../core/coach/suggestions';
import type { Profile } from '../../core/model/profile';
import type { Report } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { AdvertHeader } from './AdvertHeader';
import { Tabs } from '../components/Tabs';
import { CriterionItem } from './CriterionItem';
import { groupCriteria } from '../../core/present/group-criteria';
import { WarningList } from './WarningList';
import { ReportSummary } from './ReportSummary';
import { InterviewView } from '../statement/InterviewView';
import { OutlineView } from '../statement/OutlineView';
import { useProfileReviews } from '../hooks/use-evidence-reviews';
import type { CriterionCoach } from './CriterionItem';
import '../coach.css';

export type ReportViewName = 'criteria' | 'statement' | 'interview';

type Props = {
  report: Report;
  skills: ReadonlyMap<string, Skill>;
  wordLimit: number;
  initialView?: ReportViewName;
  onAddSkill?: (skillId: string) => void;
  onAddEvidence?: (skillId: string) => void;
  onReveal?: (criterionId: string) => void;
  onWordLimit?: (limit: number) => void;
  /** The profile the report was made with: the shortlister's view and the statement's plan read its examples. */
  profile?: Profile;
  onLinkEvidence?: (suggestion: LinkSuggestion) => void;
};

const LEVEL_HEADINGS = { essential: 'Essential', desirable: 'Desirable', unspecified: 'Not marked' } as const;

/** The advert against the profile: warnings and score, then the criteria (blockers first), the outline, interview. */
export function ReportView({
  report,
  skills,
  wordLimit,
  initialView = 'criteria',
  onAddSkill,
  onAddEvidence,
  onReveal,
  onWordLimit,
  profile,
  onLinkEvidence,
}: Props) {
  const [view, setView] = useState<ReportViewName>(initialView);
  const reviewOf = useProfileReviews(profile ?? null);
  const coach = useMemo(
    () => (profile && reviewOf ? coachReport(report, profile, skills, reviewOf) : null),
    [report, profile, skills, reviewOf],
  );
  const coachOf = (criterionId: string): CriterionCoach | undefined =>
    coach && profile
      ? {
          shortlisting: coach.shortlisting.criteria.get(criterionId)!,
          suggestions: coach.suggestions.filter((s) => s.criterionId === criterionId),
          profile,
          onLink: onLinkEvidence,
        }
      : undefined;
  const itemProps = { skills, onAddSkill, onAddEvidence, onReveal };
  const criteria = () => (
    <>
      {report.blockers.length > 0 && (
        <section class="blockers" aria-labelledby="blockers-heading">
          <h2 id="blockers-heading">Blockers: essential criteria you do not meet yet</h2>
          <p class="muted">
            Shortlisting usually needs every essential criterion. These are not in your profile at all.
          </p>
          <ul class="criteria" data-testid="blockers">
            {report.blockers.map((item) => (
              <CriterionItem key={item.criterion.id} item={item} coach={coachOf(item.criterion.id)} {...itemProps} />
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="all-heading">
        <h2 id="all-heading">All criteria</h2>
        {groupCriteria(report.criteria).map((group) => (
          <section key={group.category} class="category" aria-label={group.category}>
            <h3>{group.category}</h3>
            {group.levels.map(({ level, items }) => (
              <div key={level}>
                <h4>{LEVEL_HEADINGS[level]}</h4>
                <ul class="criteria">
                  {items.map((item) => (
                    <CriterionItem
                      key={item.criterion.id}
                      item={item}
                      coach={coachOf(item.criterion.id)}
                      {...itemProps}
                    />
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </section>
    </>
  );
  return (
    <article class="report">
      <AdvertHeader spec={report.spec} />
      <WarningList warnings={report.warnings} />
      <ReportSummary report={report} shortlisting={coach?.shortlisting} />
      <Tabs<ReportViewName>
        label="Report views"
        selected={view}
        onSelect={setView}
        tabs={[
          { key: 'criteria', label: 'Criteria', panel: criteria },
          {
            key: 'statement',
            label: 'Statement',
            panel: () => (
              <OutlineView
                report={report}
                skills={skills}
                wordLimit={wordLimit}
                onWordLimit={onWordLimit}
                onAddEvidence={onAddEvidence}
                shortlisting={coach?.shortlisting}
              />
            ),
          },
          { key: 'interview', label: 'Interview', panel: () => <InterviewView report={report} skills={skills} /> },
        ]}
      />
    </article>
  );
}

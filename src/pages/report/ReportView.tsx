import { useEffect, useMemo, useState } from 'preact/hooks';
import { coachReport } from '../../core/coach/coach-report';
import type { LinkSuggestion } from '../../core/coach/suggestions';
import type { Profile } from '../../core/model/profile';
import type { Report } from '../../core/model/report';
import type { Skill } from '../../core/model/skill';
import { AdvertHeader } from './AdvertHeader';
import { Tabs } from '../components/Tabs';
import { CriteriaView } from './CriteriaView';
import { WarningList } from './WarningList';
import { ReportSummary } from './ReportSummary';
import { lazyComponent } from '../components/lazy-component';
import { useProfileReviews } from '../hooks/use-evidence-reviews';
import type { CriterionCoach } from './CriterionItem';
import { useOpenSet } from './use-open-set';
import { FoldedContent, useFoldedContentAfterPaint } from './folded-content';
import './report.css';
import './criteria.css';
import '../statement/interview.css';
import '../coach.css';

export type ReportViewName = 'criteria' | 'statement' | 'interview';

// The statement and interview tabs load after the report's first paint: the score and criteria come sooner.
const OutlineView = lazyComponent(async () => (await import('../statement/OutlineView')).OutlineView);
const InterviewView = lazyComponent(async () => (await import('../statement/InterviewView')).InterviewView);

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
  const disclosures = useOpenSet();
  const foldedContent = useFoldedContentAfterPaint();
  useEffect(() => {
    OutlineView.preload().catch(() => undefined);
    InterviewView.preload().catch(() => undefined);
  }, []);
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
  const criteria = () => (
    <CriteriaView
      report={report}
      skills={skills}
      coachOf={coachOf}
      onAddSkill={onAddSkill}
      onAddEvidence={onAddEvidence}
      onReveal={onReveal}
      disclosures={disclosures}
    />
  );
  return (
    <FoldedContent.Provider value={foldedContent}>
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
            {
              key: 'interview',
              label: 'Interview',
              panel: () => <InterviewView report={report} skills={skills} onAddEvidence={onAddEvidence} />,
            },
          ]}
        />
      </article>
    </FoldedContent.Provider>
  );
}

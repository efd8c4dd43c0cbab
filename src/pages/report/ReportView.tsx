import { useState } from 'preact/hooks';
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
}: Props) {
  const [view, setView] = useState<ReportViewName>(initialView);
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
              <CriterionItem key={item.criterion.id} item={item} {...itemProps} />
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
                    <CriterionItem key={item.criterion.id} item={item} {...itemProps} />
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
      <ReportSummary report={report} />
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
              />
            ),
          },
          { key: 'interview', label: 'Interview', panel: () => <InterviewView report={report} skills={skills} /> },
        ]}
      />
    </article>
  );
}

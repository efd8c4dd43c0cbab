import type { Report } from '../spec/report';
import type { Skill } from '../spec/skill';
import { AdvertHeader } from './AdvertHeader';
import { CriterionItem } from './CriterionItem';
import { groupCriteria } from './group-criteria';
import { ReportSummary } from './ReportSummary';

type Props = {
  report: Report;
  skills: ReadonlyMap<string, Skill>;
  onAddSkill?: (skillId: string) => void;
  onReveal?: (criterionId: string) => void;
};

const LEVEL_HEADINGS = { essential: 'Essential', desirable: 'Desirable', unspecified: 'Not marked' } as const;

/** The advert against the profile: blockers first, then every criterion by category and level. */
export function ReportView({ report, skills, onAddSkill, onReveal }: Props) {
  const itemProps = { skills, onAddSkill, onReveal };
  return (
    <article class="report">
      <AdvertHeader spec={report.spec} />
      <ReportSummary report={report} />
      {report.blockers.length > 0 && (
        <section class="blockers" aria-labelledby="blockers-heading">
          <h2 id="blockers-heading">Blockers: essential criteria you do not meet yet</h2>
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
          <section key={group.category} class="category">
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
    </article>
  );
}

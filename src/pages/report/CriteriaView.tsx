import { useEffect, useRef, useState } from 'preact/hooks';
import type { CriterionReport, Report } from '../../core/model/report';
import { groupCriteria } from '../../core/present/group-criteria';
import type { Skill } from '../../core/model/skill';
import { CategoryGroup } from './CategoryGroup';
import { CriterionItem, type CriterionCoach } from './CriterionItem';
import type { OpenSet } from './use-open-set';

type Props = {
  report: Report;
  skills: ReadonlyMap<string, Skill>;
  coachOf: (criterionId: string) => CriterionCoach | undefined;
  onAddSkill?: (skillId: string) => void;
  onAddEvidence?: (skillId: string) => void;
  onReveal?: (criterionId: string) => void;
  /** Open disclosures: a criterion's id, or `category:` and its name. */
  disclosures: OpenSet;
};

/**
 * The criteria: blockers first, then the rest by category, each category a disclosure with its tally,
 * each criterion a disclosure of its own. A criterion the user acts on stays open and in view when the
 * action moves it (a blocker that becomes met moves to its category).
 */
export function CriteriaView({ report, skills, coachOf, onAddSkill, onAddEvidence, onReveal, disclosures }: Props) {
  const { open, toggle } = disclosures;
  const root = useRef<HTMLDivElement>(null);
  // The criterion last acted on, until the report made from the changed profile arrives.
  const [follow, setFollow] = useState<string | null>(null);
  const blockerIds = new Set(report.blockers.map((b) => b.criterion.id));
  const groups = groupCriteria(report.criteria);

  useEffect(() => {
    if (!follow) return;
    const item = report.criteria.find((c) => c.criterion.id === follow);
    if (item && !blockerIds.has(follow)) toggle(categoryKey(item), true);
    const summary = root.current?.querySelector<HTMLElement>(
      `[data-criterion-id="${CSS.escape(follow)}"] > details > summary`,
    );
    // The button pressed may have gone with the change ("I have this" once the skill is held).
    if (summary && (!document.activeElement || document.activeElement === document.body)) summary.focus();
    setFollow(null);
    // Only a new report (made from the changed profile) settles the criterion followed.
  }, [report]);

  const itemOf = (item: CriterionReport, showCategory = false) => (
    <CriterionItem
      key={item.criterion.id}
      item={item}
      skills={skills}
      coach={coachOf(item.criterion.id)}
      onAddSkill={onAddSkill}
      onAddEvidence={onAddEvidence}
      onReveal={onReveal}
      open={open.has(item.criterion.id)}
      onToggle={(isOpen) => toggle(item.criterion.id, isOpen)}
      onAction={() => setFollow(item.criterion.id)}
      showCategory={showCategory}
    />
  );

  return (
    <div class="criteria-view" ref={root}>
      {report.blockers.length > 0 && (
        <section class="blockers" aria-labelledby="blockers-heading">
          <h2 id="blockers-heading">
            Blockers <span class="count">({report.blockers.length})</span>
          </h2>
          <p class="muted">Essential criteria not in your profile yet. Shortlisting usually needs every one.</p>
          <ul class="criteria" data-testid="blockers">
            {report.blockers.map((item) => itemOf(item, true))}
          </ul>
        </section>
      )}
      <section class="other-criteria" aria-labelledby="by-category-heading">
        <h2 id="by-category-heading">{report.blockers.length > 0 ? 'Other criteria' : 'Criteria'}, by category</h2>
        {groups.map((group) => (
          <CategoryGroup
            key={group.category}
            group={group}
            blockerIds={blockerIds}
            open={open.has(`category:${group.category}`) || isFollowedIn(follow, group.levels, blockerIds)}
            onToggle={(isOpen) => toggle(`category:${group.category}`, isOpen)}
            renderItem={(item) => itemOf(item)}
          />
        ))}
      </section>
    </div>
  );
}

const categoryKey = (item: CriterionReport) => `category:${item.criterion.category ?? 'Other criteria'}`;

/** The criterion followed has moved into this category: it opens, so the criterion can take the focus. */
const isFollowedIn = (
  follow: string | null,
  levels: Array<{ items: CriterionReport[] }>,
  blockerIds: ReadonlySet<string>,
) => follow !== null && !blockerIds.has(follow) && levels.some((l) => l.items.some((i) => i.criterion.id === follow));

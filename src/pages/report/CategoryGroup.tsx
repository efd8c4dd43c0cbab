import { Fragment, type ComponentChild } from 'preact';
import type { CriterionReport } from '../../core/model/report';
import { tallyCriteria } from '../../core/present/category-tally';
import type { CriteriaGroup } from '../../core/present/group-criteria';
import { useShowsContent } from './folded-content';

const LEVEL_HEADINGS = { essential: 'Essential', desirable: 'Desirable', unspecified: 'Not marked' } as const;

type Props = {
  group: CriteriaGroup;
  /** Blockers are listed above the categories, not again in them. */
  blockerIds: ReadonlySet<string>;
  open: boolean;
  onToggle: (open: boolean) => void;
  renderItem: (item: CriterionReport) => ComponentChild;
};

/** A category of the person specification as a disclosure: its name and a one-line tally, its criteria inside. */
export function CategoryGroup({ group, blockerIds, open, onToggle, renderItem }: Props) {
  const showsContent = useShowsContent(open);
  const all = group.levels.flatMap((l) => l.items);
  const levels = group.levels
    .map(({ level, items }) => ({ level, items: items.filter((i) => !blockerIds.has(i.criterion.id)) }))
    .filter((l) => l.items.length > 0);
  const tally = (
    <span class="tally" data-testid="category-tally">
      {tallyCriteria(all, blockerIds).map((part, i) => (
        <Fragment key={part.key}>
          {i > 0 && <span class="score-sep"> · </span>}
          <span class={`tally-part tally-part--${part.key}`}>
            <span aria-hidden="true">{part.symbol} </span>
            {part.text}
            {part.where && (
              <>
                <span aria-hidden="true"> ↑</span>
                <span class="visually-hidden"> ({part.where})</span>
              </>
            )}
          </span>
        </Fragment>
      ))}
    </span>
  );
  // A category whose criteria are all blockers has nothing more to show: its name and tally, not a disclosure.
  if (levels.length === 0) {
    return (
      <section class="category category--no-more" data-category={group.category}>
        <h3 class="category-name">{group.category}</h3>
        {tally}
      </section>
    );
  }
  return (
    <section class="category" data-category={group.category}>
      <details
        class="category-details"
        open={open}
        onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary class="category-summary">
          <h3 class="category-name">{group.category}</h3> {tally}
        </summary>
        {showsContent &&
          levels.map(({ level, items }) => (
            <div key={level} class="level">
              {group.levels.length > 1 || level !== 'unspecified' ? <h4>{LEVEL_HEADINGS[level]}</h4> : null}
              <ul class="criteria">{items.map(renderItem)}</ul>
            </div>
          ))}
      </details>
    </section>
  );
}

import type { CriterionShortlisting } from '../../core/coach/shortlisting';
import type { OutlineGap, OutlineSection } from '../../core/statement/outline';
import { budgetWords } from '../../core/statement/outline-text';
import { ShortlistScore } from '../report/ShortlistScore';
import { StatusBadge } from '../report/StatusBadge';

type Props = {
  section: OutlineSection;
  number: number;
  limit: number;
  shortlisting?: CriterionShortlisting;
  /** Skills to offer "Add evidence" for, with their labels. */
  needsEvidence: Array<{ id: string; label: string }>;
  onAddEvidence?: (skillId: string) => void;
  onCopy: (section: OutlineSection) => void;
};

const number = (n: number) => n.toLocaleString('en-GB');
const LEVELS = { essential: 'Essential', desirable: 'Desirable', unspecified: null } as const;

function gapText(gap: OutlineGap): string {
  switch (gap.kind) {
    case 'missing':
      return `Gap: not in your profile${gap.skills.length ? ` (${gap.skills.join(', ')})` : ''}`;
    case 'no-evidence':
      return `Gap: no evidence note yet${gap.skills.length ? ` for ${gap.skills.join(', ')}` : ''}`;
    case 'partial':
      return 'Gap: only partly met; say how you meet the rest';
    case 'unchecked':
      return 'Check: no recognised skill; answer this one yourself';
  }
}

/** One criterion of the plan: heading in its own words, budget, running total, notes, what is left to do. */
export function OutlineSectionItem({
  section,
  number: n,
  limit,
  shortlisting,
  needsEvidence,
  onAddEvidence,
  onCopy,
}: Props) {
  const over = section.newWords > section.wordBudget && !section.notInStatement;
  return (
    <li
      class={`outline-section criterion--${section.status}`}
      data-testid="outline-section"
      data-criterion-id={section.criterionId}
    >
      <div class="outline-head">
        <h3 class="outline-criterion">
          <StatusBadge status={section.status} /> <span>{section.text}</span>
        </h3>
        <button type="button" class="secondary copy-section" onClick={() => onCopy(section)}>
          Copy<span class="visually-hidden"> criterion {n}</span>
        </button>
      </div>
      <p class="muted outline-where">
        {[section.category, LEVELS[section.level]].filter(Boolean).join(' · ')}
        {section.criterionIds.length > 1 && ` · asked ${section.criterionIds.length} times, answered once`}
      </p>
      <p class="outline-budget" data-testid="word-budget">
        Budget: <strong>{budgetWords(section)}</strong>
        {!section.notInStatement && (
          <>
            {' '}
            · your notes here: <span class={over ? 'over' : ''}>{number(section.newWords)}</span> · running total{' '}
            {number(section.runningWords)} of {number(limit)}
          </>
        )}
      </p>
      {shortlisting && <ShortlistScore shortlisting={shortlisting} />}
      {section.notes.map((note) => (
        <blockquote key={`${note.skillId}-${note.noteId}`} class="outline-note">
          <p>
            <strong>{note.skillLabel}:</strong> {note.text}
          </p>
          <p class="muted">{note.words} words</p>
        </blockquote>
      ))}
      {section.coveredAbove.map((shared) => (
        <p key={shared.noteId} class="gap gap--covered" data-testid="covered-above">
          <span aria-hidden="true">↑ </span>
          Covered above: your {shared.skillLabel} example is already under {shared.section}. Each criterion is scored on
          its own and “covered above” scores nothing: write it out here, or use another example.
        </p>
      ))}
      {section.gap && (
        <p class={`gap gap--${section.gap.kind}`}>
          <span aria-hidden="true">{section.gap.kind === 'unchecked' ? '? ' : '! '}</span>
          {gapText(section.gap)}
          {section.gap.kind === 'no-evidence' &&
            onAddEvidence &&
            needsEvidence.map(({ id, label }) => (
              <button key={id} type="button" class="add" onClick={() => onAddEvidence(id)}>
                Add evidence<span class="visually-hidden"> for {label}</span>
              </button>
            ))}
        </p>
      )}
    </li>
  );
}

import { evidenceHints } from '../../core/coach/evidence-hints';
import type { EvidenceReview } from '../../core/model/evidence-review';

type Props = { review: EvidenceReview; label: (skillId: string) => string; id: string };

/** What a shortlister would find in the example, as gentle hints beside it: ticks and suggestions, no errors. */
export function EvidenceHints({ review, label, id }: Props) {
  return (
    <div class="note-hints" id={id} data-testid="note-hints">
      <h4>What a shortlister would find</h4>
      <ul>
        {evidenceHints(review, label).map((hint) => (
          <li
            key={hint.key}
            class={`hint-item hint-item--${hint.found ? 'found' : 'todo'}`}
            data-hint={hint.key}
            data-found={hint.found}
          >
            <span class="visually-hidden">{hint.found ? 'Done: ' : 'Suggestion: '}</span>
            {hint.text}
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { CriterionShortlisting } from '../../core/coach/shortlisting';

const SYMBOLS = ['○', '◑', '●'] as const;

/** The shortlister's likely score for a criterion (0–2), with the reason in words beside it. */
export function ShortlistScore({ shortlisting }: { shortlisting: CriterionShortlisting }) {
  const { score, why } = shortlisting;
  return (
    <p class={`shortlisting shortlisting--${score}`} data-testid="shortlisting" data-score={score}>
      <span class="shortlisting-score">
        <span aria-hidden="true">{SYMBOLS[score]} </span>
        Shortlister’s view: <strong>{score} of 2</strong>
      </span>{' '}
      <span class="shortlisting-why">{why}</span>
    </p>
  );
}

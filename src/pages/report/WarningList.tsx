import type { Warning } from '../../core/model/report';
import { formatDate } from '../../core/present/format-date';

function warningText(warning: Warning): string {
  switch (warning.kind) {
    case 'closing-soon':
      return warning.days === 0
        ? 'The advert closes today.'
        : `The advert closes in ${warning.days} day${warning.days === 1 ? '' : 's'}.`;
    case 'closed':
      return `The closing date (${formatDate(warning.closingDate)}) has passed.`;
    case 'registration-expires':
      return `Your ${warning.body} registration expires on ${formatDate(warning.expires)}, before the closing date (${formatDate(warning.closingDate)}).`;
    case 'registration-expired':
      return `Your ${warning.body} registration expired on ${formatDate(warning.expires)}.`;
  }
}

/** Dates that need the user's attention before they apply. */
export function WarningList({ warnings }: { warnings: Warning[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul class="warnings" aria-label="Warnings" data-testid="warnings">
      {warnings.map((warning, i) => (
        <li key={i} class={`warning-item warning-item--${warning.kind}`}>
          <span aria-hidden="true">⚠ </span>
          <span class="visually-hidden">Warning: </span>
          {warningText(warning)}
        </li>
      ))}
    </ul>
  );
}

import { closesIn, upcomingDeadlines } from '../../core/history/deadlines';
import { formatDate } from '../../core/present/format-date';
import type { KeptEntry } from '../../storage/history-store';

/** The adverts still open, soonest closing first, with the reminder that NHS adverts may close early. */
export function Deadlines({ entries, now = new Date() }: { entries: readonly KeptEntry[]; now?: Date }) {
  const open = upcomingDeadlines(entries, now);
  if (open.length === 0) return null;
  return (
    <div class="deadlines-block" data-testid="deadlines">
      <h3>Closing soonest</h3>
      <p class="muted">
        NHS adverts may close early once they have enough applications: do not leave an application to the last day.
      </p>
      <ol class="deadlines">
        {open.map(({ entry, days }) => (
          <li key={entry.key} data-testid="deadline">
            <strong>{closesIn(days)}</strong> ({formatDate(entry.closingDate!)}): {entry.title ?? 'Untitled advert'}
            {entry.employer && <span class="muted"> · {entry.employer}</span>}
            {entry.postedDate && <span class="muted"> · posted {formatDate(entry.postedDate)}</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

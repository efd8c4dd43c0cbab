import type { Report } from '../spec/report';

export function ReportSummary({ report }: { report: Report }) {
  const { essential, desirable } = report.counts;
  const blockers = report.blockers.length;
  return (
    <section class="summary" aria-label="Summary">
      <p class="headline" data-testid="essential-summary">
        Essential criteria met: <strong>{essential.met} of {essential.total}</strong>
      </p>
      <ul class="parts">
        {essential.partial > 0 && <li>{essential.partial} partly met</li>}
        <li data-testid="blocker-count">
          {blockers === 0 ? 'No blockers' : `${blockers} blocker${blockers === 1 ? '' : 's'}`}
        </li>
        {essential.notASkill > 0 && <li>{essential.notASkill} to check yourself</li>}
        <li>
          Desirable: {desirable.met} of {desirable.total}
        </li>
      </ul>
    </section>
  );
}

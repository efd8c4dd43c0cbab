import type { Shortlisting } from '../../core/coach/shortlisting';
import { heldCount } from '../../core/compare/compare';
import type { LevelCounts, Report } from '../../core/model/report';
import { NO_ESSENTIAL_CRITERIA, nothingToScore, READ_IT_YOURSELF } from '../../core/present/essential-summary';
import { STATUS_LABELS } from '../../core/present/status-labels';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The parts of one level's tally, each with its symbol: never a bare percentage. */
function Parts({ counts, blockers }: { counts: LevelCounts; blockers?: number }) {
  const parts: Array<[string, string, number, string]> = [
    ['met', STATUS_LABELS.met.symbol, counts.met, 'with evidence'],
    [
      'not-evidenced',
      STATUS_LABELS['not-evidenced'].symbol,
      counts.notEvidenced,
      `need${counts.notEvidenced === 1 ? 's' : ''} an evidence note`,
    ],
    ['partial', STATUS_LABELS.partial.symbol, counts.partial, 'partly met'],
    ['missing', STATUS_LABELS.missing.symbol, counts.missing, blockers === undefined ? 'missing' : ''],
    ['not-a-skill', STATUS_LABELS['not-a-skill'].symbol, counts.notASkill, 'to check yourself'],
  ];
  return (
    <ul class="parts">
      {parts
        .filter(([, , n]) => n > 0)
        .map(([status, symbol, n, words]) => (
          <li key={status} class={`part part--${status}`}>
            <span aria-hidden="true">{symbol} </span>
            {status === 'missing' && blockers !== undefined ? (
              <span data-testid="blocker-count">{plural(blockers, 'blocker')}</span>
            ) : (
              `${n} ${words}`
            )}
          </li>
        ))}
    </ul>
  );
}

/** A bar of one segment per criterion, patterned as well as coloured; the text above says the same. */
function Bar({ counts }: { counts: LevelCounts }) {
  const segments: Array<[string, number]> = [
    ['met', counts.met],
    ['not-evidenced', counts.notEvidenced],
    ['partial', counts.partial],
    ['missing', counts.missing],
    ['not-a-skill', counts.notASkill],
  ];
  return (
    <div class="bar" aria-hidden="true">
      {segments.map(
        ([status, n]) => n > 0 && <span key={status} class={`bar-part bar-part--${status}`} style={{ flexGrow: n }} />,
      )}
    </div>
  );
}

/** The primary level's parts: "No blockers" when there are none, else the blockers among them. */
function PrimaryParts({ report, primary }: { report: Report; primary: LevelCounts }) {
  if (report.score.primary === 'essential' && report.blockers.length === 0) {
    return (
      <>
        <Parts counts={{ ...primary, missing: 0 }} />
        <p class="parts-note" data-testid="blocker-count">
          No blockers
        </p>
      </>
    );
  }
  return (
    <Parts counts={primary} blockers={report.score.primary === 'essential' ? report.blockers.length : undefined} />
  );
}

/**
 * The score with its parts: essential criteria first (what shortlisting turns on), then desirable.
 * Every number counts criteria, each once, from the profile.
 */
export function ReportSummary({ report, shortlisting }: { report: Report; shortlisting?: Shortlisting | null }) {
  const { essential, desirable, unspecified } = report.counts;
  const primary = report.score.primary === 'essential' ? essential : unspecified;
  const primaryName = report.score.primary === 'essential' ? 'Essential criteria' : 'Criteria';
  return (
    <section class="summary" aria-label="Score">
      {nothingToScore(report) ? (
        <>
          <p class="headline" data-testid="essential-summary">
            <strong>{NO_ESSENTIAL_CRITERIA}</strong>
          </p>
          <p class="parts-note" data-testid="blocker-count">
            Nothing here says whether you would be shortlisted: {READ_IT_YOURSELF} to see what it asks for.
          </p>
        </>
      ) : (
        <>
          <p class="headline" data-testid="essential-summary">
            {primaryName} met:{' '}
            <strong>
              {heldCount(primary)} of {primary.total}
            </strong>
          </p>
          <Bar counts={primary} />
          <PrimaryParts report={report} primary={primary} />
        </>
      )}
      {shortlisting && <ShortlistPoints shortlisting={shortlisting} />}
      {desirable.total > 0 && (
        <>
          <p class="headline headline--second" data-testid="desirable-summary">
            Desirable criteria met:{' '}
            <strong>
              {heldCount(desirable)} of {desirable.total}
            </strong>
          </p>
          <Bar counts={desirable} />
          <Parts counts={desirable} />
        </>
      )}
    </section>
  );
}

/** The shortlister's view added up over the criteria shortlisting turns on: a guide, not a prediction. */
function ShortlistPoints({ shortlisting }: { shortlisting: Shortlisting }) {
  const { earned, possible } = shortlisting.points;
  const level = shortlisting.primary === 'essential' ? 'essential' : 'unmarked';
  return (
    <p class="shortlisting-points" data-testid="shortlisting-points">
      Shortlister’s view:{' '}
      <strong>
        {earned} of {possible} points on {level} criteria
      </strong>{' '}
      <span class="muted">
        (0 to 2 a criterion, from your profile and examples: a guide to what to write up, not a prediction)
      </span>
    </p>
  );
}

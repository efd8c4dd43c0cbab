import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { profileCoverage } from '../../core/compare/profile-coverage';
import { clearHistory, removeHistoryEntry } from '../../storage/history-store';
import { recurringGaps } from '../../core/history/recurring-gaps';
import type { Profile } from '../../core/model/profile';
import type { Skill } from '../../core/model/skill';
import { historyScore } from '../../core/present/essential-summary';
import { formatDate } from '../../core/present/format-date';
import { evidenceAnchor } from '../open-options';
import { Deadlines } from './Deadlines';
import { GapPlan } from './GapPlan';
import { useHistory } from './use-history';
import '../coach.css';

type Props = { profile: Profile; skills: ReadonlyMap<string, Skill>; onAddSkill: (skillId: string) => void };

const when = (iso: string) => formatDate(iso.slice(0, 10));

/** The report of an advert from the copy kept in the history, in a tab of its own. */
const keptReportUrl = (key: string) => `${browser.runtime.getURL('/popup.html')}?history=${encodeURIComponent(key)}`;

/** Every advert analysed in this browser, removable, what closes soonest, and the gaps that keep coming back. */
export function HistorySection({ profile, skills, onAddSkill }: Props) {
  const history = useHistory();
  const [error, setError] = useState<string | null>(null);
  const gaps = useMemo(
    () => (history ? recurringGaps(history.entries, profileCoverage(profile, skills), skills) : []),
    [history, profile, skills],
  );
  const act = (work: Promise<void>) =>
    work
      .then(() => setError(null))
      .catch((e: unknown) => setError(`Could not change the history: ${e instanceof Error ? e.message : String(e)}`));

  return (
    <section aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">Adverts you have looked at ({history?.entries.length ?? 0})</h2>
      {!profile.preferences.keepHistory && (
        <p class="notice">History is turned off: new adverts are not added. Turn it on under About you.</p>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {history === null ? (
        <p role="status">Loading…</p>
      ) : history.entries.length === 0 ? (
        <p class="hint">No adverts yet. Open an advert on NHS Jobs and it appears here.</p>
      ) : (
        <>
          <Deadlines entries={history.entries} />
          <GapPlan
            gaps={gaps}
            skills={skills}
            onAddSkill={onAddSkill}
            onAddEvidence={(id) => {
              location.hash = `#${evidenceAnchor(id)}`;
            }}
          />
          <ul class="history" aria-label="Adverts you have looked at">
            {history.entries.map((entry) => {
              const title = entry.title ?? 'Untitled advert';
              const score = historyScore(entry);
              return (
                <li key={entry.key} class="history-entry" data-testid="history-entry">
                  <div class="history-head">
                    <a href={entry.url} target="_blank" rel="noreferrer">
                      {title}
                    </a>
                    <button
                      type="button"
                      class="remove"
                      aria-label={`Remove ${title} from the history`}
                      onClick={() => act(removeHistoryEntry(entry.key))}
                    >
                      Remove
                    </button>
                  </div>
                  <p class="muted">
                    {[
                      entry.employer,
                      entry.band,
                      entry.closingDate && `closes ${formatDate(entry.closingDate)}`,
                      entry.postedDate && `posted ${formatDate(entry.postedDate)}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                  {entry.kept && (
                    <p>
                      <a href={keptReportUrl(entry.key)} target="_blank" rel="noreferrer" data-testid="kept-copy">
                        Open the kept copy<span class="visually-hidden"> of {title}</span>
                      </a>{' '}
                      <span class="muted">(the advert as it was, even once it has closed)</span>
                    </p>
                  )}
                  <p>
                    {score.score} · <span data-testid="history-blockers">{score.blockers}</span>
                    <span class="muted"> · looked at {when(entry.firstSeen)}</span>
                  </p>
                  {entry.blockers.length > 0 && (
                    <details>
                      <summary>
                        Blockers<span class="visually-hidden"> for {title}</span>
                      </summary>
                      <ul>
                        {entry.blockers.map((b, i) => (
                          <li key={i}>{b.text}</li>
                        ))}
                      </ul>
                      {entry.score.blockers > entry.blockers.length && (
                        <p class="muted">and {entry.score.blockers - entry.blockers.length} more</p>
                      )}
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            class="secondary"
            onClick={() => confirm('Remove every advert from the history?') && act(clearHistory())}
          >
            Clear the history
          </button>
          {history.unreadable > 0 && (
            <p class="muted">{history.unreadable} stored entries could not be read and are not shown.</p>
          )}
        </>
      )}
    </section>
  );
}

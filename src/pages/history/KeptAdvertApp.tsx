import { useMemo, useState } from 'preact/hooks';
import { compareWithProfile } from '../../core/compare/compare';
import { DEFAULT_WORD_LIMIT, emptyProfile } from '../../core/model/profile';
import { setPreferences } from '../../core/profile/edit-entries';
import { addSkill } from '../../core/profile/edit-profile';
import { linkEvidenceNote } from '../../core/profile/link-evidence';
import { newId } from '../../core/profile/new-id';
import { formatDate } from '../../core/present/format-date';
import { removeHistoryEntry } from '../../storage/history-store';
import { InvalidProfileNotice } from '../components/InvalidProfileNotice';
import { SaveStatusBar } from '../components/SaveStatusBar';
import { useProfile } from '../hooks/use-profile';
import { useSkills } from '../hooks/use-skills';
import { evidenceAnchor, openOptionsAt } from '../open-options';
import { ReportView } from '../report/ReportView';
import { useKeptAdvert } from './use-kept-advert';
import '../coach.css';

/**
 * The full-page report of an advert from the copy kept in the history (popup.html?history=<key>): it
 * opens even when the advert has gone from the site, and is compared with the profile as it is now.
 */
export function KeptAdvertApp({ historyKey }: { historyKey: string }) {
  const { state, save, update, retryNow, dismissRefused } = useProfile();
  const profile = state?.state === 'ok' ? state.profile : null;
  const skills = useSkills(profile?.customSkills);
  // Matched once the profile's own skills are known (none when the stored profile cannot be read).
  const kept = useKeptAdvert(historyKey, profile?.customSkills ?? (state?.state === 'invalid' ? [] : undefined));
  const [removed, setRemoved] = useState<'no' | 'yes' | string>('no');
  const report = useMemo(
    () =>
      kept.state === 'ok' && skills && kept.analysed.criteria.length > 0
        ? compareWithProfile(kept.analysed, profile ?? emptyProfile(), skills)
        : null,
    [kept, profile, skills],
  );

  const remove = () =>
    removeHistoryEntry(historyKey).then(
      () => setRemoved('yes'),
      (e: unknown) => setRemoved(`Could not remove it: ${e instanceof Error ? e.message : String(e)}`),
    );

  return (
    <main class="page">
      {state?.state === 'invalid' && <InvalidProfileNotice error={state.error} raw={state.raw} />}
      {(save.failure || save.refused || save.pending > 0) && (
        <SaveStatusBar save={save} onRetry={retryNow} onDismiss={dismissRefused} />
      )}
      {removed === 'yes' ? (
        <p role="status" data-testid="kept-removed">
          Removed from the history, with its kept copy.
        </p>
      ) : kept.state === 'loading' || !skills ? (
        <p role="status">Opening the kept copy…</p>
      ) : kept.state === 'missing' ? (
        <p class="notice" role="alert" data-testid="kept-missing">
          No copy of this advert is kept. Only the 100 most recent adverts keep one, and removing an advert from the
          history removes its copy.
        </p>
      ) : kept.state === 'error' ? (
        <p class="notice notice--error" role="alert">
          {kept.message}
        </p>
      ) : (
        <>
          <p class="notice kept-banner" data-testid="kept-banner">
            The advert as it was kept in this browser on {formatDate(kept.snapshot.savedAt.slice(0, 10))}. It may have
            closed since: <a href={kept.snapshot.spec.url}>the original advert</a> may be gone.{' '}
            <button type="button" class="remove" onClick={() => void remove()}>
              Remove from the history
            </button>
          </p>
          {removed !== 'no' && (
            <p class="notice notice--error" role="alert">
              {removed}
            </p>
          )}
          {report ? (
            <ReportView
              report={report}
              skills={skills}
              wordLimit={profile?.preferences.wordLimit ?? DEFAULT_WORD_LIMIT}
              profile={profile ?? undefined}
              onAddSkill={profile ? (id) => update((p) => addSkill(p, id)) : undefined}
              onAddEvidence={profile ? (id) => openOptionsAt(evidenceAnchor(id)) : undefined}
              onWordLimit={profile ? (wordLimit) => update((p) => setPreferences(p, { wordLimit })) : undefined}
              onLinkEvidence={
                profile ? (s) => update((p) => linkEvidenceNote(p, s.from, s.skillId, newId('note'))) : undefined
              }
            />
          ) : (
            <h1>{kept.snapshot.spec.title ?? 'Untitled advert'}</h1>
          )}
          {kept.snapshot.description && (
            <details class="kept-job-description">
              <summary>Job description (kept copy)</summary>
              <pre class="kept-description" data-testid="kept-description">
                {kept.snapshot.description}
              </pre>
            </details>
          )}
        </>
      )}
    </main>
  );
}

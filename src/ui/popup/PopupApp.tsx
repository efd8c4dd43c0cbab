import { useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { compareWithProfile } from '../../compare/compare';
import { revealCriterion } from '../../messaging/request-analysis';
import { addSkill } from '../../profile/edit-profile';
import { emptyProfile } from '../../spec/profile';
import { defaultMatcher } from '../../taxonomy/default-matcher';
import { InvalidProfileNotice } from '../InvalidProfileNotice';
import { ReportView } from '../ReportView';
import { useProfile } from '../use-profile';
import { PageMessage } from './PageMessage';
import { useTabAnalysis } from './use-tab-analysis';

export function PopupApp() {
  const skills = defaultMatcher().skills;
  const { tabId, result } = useTabAnalysis();
  const { state, error, update } = useProfile();
  const analysed = result?.state === 'ok' ? result.response.analysed : null;
  const profile = state?.state === 'ok' ? state.profile : emptyProfile();
  const report = useMemo(
    () => (analysed && analysed.criteria.length > 0 ? compareWithProfile(analysed, profile, skills) : null),
    [analysed, profile, skills],
  );
  const inFullTab = new URLSearchParams(location.search).has('tab');

  return (
    <main class={inFullTab ? 'page' : 'popup'}>
      {state?.state === 'invalid' && <InvalidProfileNotice error={state.error} raw={state.raw} />}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {result === null || state === null ? (
        <p role="status">Reading the advert…</p>
      ) : result.state === 'error' ? (
        <p class="notice notice--error" role="alert">
          {result.message}
        </p>
      ) : report ? (
        <ReportView
          report={report}
          skills={skills}
          onAddSkill={(id) => void update((p) => addSkill(p, id))}
          onReveal={tabId === null ? undefined : (id) => void revealCriterion(tabId, id).catch(() => undefined)}
        />
      ) : (
        <PageMessage spec={analysed} />
      )}
      <footer class="actions">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Edit your profile
        </button>
        {report && tabId !== null && !inFullTab && (
          <a href={`popup.html?tab=${tabId}`} target="_blank" rel="noreferrer">
            Open as a full page
          </a>
        )}
      </footer>
    </main>
  );
}
